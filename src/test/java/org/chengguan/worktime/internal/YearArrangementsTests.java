package org.chengguan.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.PlatformTest;
import org.chengguan.worktime.CalendarDay;
import org.chengguan.worktime.DayKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** Works on 2096, which no other test reads. */
@PlatformTest
class YearArrangementsTests {

	@Autowired
	YearArrangements arrangements;

	static CalendarDay day(String date, DayKind kind) {
		return new CalendarDay(LocalDate.parse(date), kind, null);
	}

	List<CalendarDay> daysOf2096() {
		return arrangements.load().days().stream().filter(d -> d.date().getYear() == 2096).toList();
	}

	@Test
	void aReplacementThatFailsHalfwayLeavesTheYearAsItWas() {
		arrangements.replace(2096, List.of(day("2096-01-01", DayKind.HOLIDAY)), "first", Instant.now());

		// The policy would refuse a make-up working day on a Wednesday; the table refuses it too, after the delete
		// and the first insert have run.
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> arrangements.replace(2096,
				List.of(day("2096-01-02", DayKind.HOLIDAY), day("2096-01-04", DayKind.WORKDAY)), "second", Instant.now()));

		assertThat(daysOf2096()).containsExactly(day("2096-01-01", DayKind.HOLIDAY));
		assertThat(arrangements.load().publishedYears()).contains(2096);
	}
}
