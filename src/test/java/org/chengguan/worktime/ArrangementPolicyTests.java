package org.chengguan.worktime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArrangementPolicyTests {

	final ArrangementPolicy policy = new ArrangementPolicy();

	static CalendarDay day(String date, DayKind kind, String name) {
		return new CalendarDay(LocalDate.parse(date), kind, name);
	}

	@Test
	void acceptsTheOfficial2026Arrangement() {
		var days = OfficialArrangements.of2025And2026().days().stream().filter(d -> d.date().getYear() == 2026).toList();
		assertThat(policy.rejections(2026, days)).isEmpty();
	}

	@Test
	void rejectsAnEmptyArrangement() {
		assertThat(policy.rejections(2027, List.of())).containsExactly(
				"an arrangement lists at least one holiday or make-up working day");
	}

	@Test
	void rejectsDaysOfAnotherYear() {
		assertThat(policy.rejections(2027, List.of(day("2026-12-31", DayKind.HOLIDAY, "元旦"))))
			.containsExactly("2026-12-31 is not in 2027");
	}

	@Test
	void rejectsADayListedTwice() {
		assertThat(policy.rejections(2027, List.of(day("2027-01-01", DayKind.HOLIDAY, "元旦"),
				day("2027-01-01", DayKind.HOLIDAY, "元旦"))))
			.containsExactly("2027-01-01 is listed more than once");
	}

	@Test
	void rejectsAMakeUpWorkingDayOnAWeekday() {
		assertThat(policy.rejections(2027, List.of(day("2027-01-06", DayKind.WORKDAY, null))))
			.containsExactly("2027-01-06 is a Wednesday: a make-up working day (WORKDAY) falls on a Saturday or Sunday");
	}

	@Test
	void acceptsAHolidayOnAWeekend() {
		assertThat(policy.rejections(2027, List.of(day("2027-01-02", DayKind.HOLIDAY, "元旦")))).isEmpty();
	}

	@Test
	void rejectsAnOverlongName() {
		assertThat(policy.rejections(2027, List.of(day("2027-01-01", DayKind.HOLIDAY, "元".repeat(51)))))
			.containsExactly("2027-01-01: the name is longer than 50 characters");
	}
}
