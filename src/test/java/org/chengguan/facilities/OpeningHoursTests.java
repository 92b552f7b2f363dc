package org.chengguan.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class OpeningHoursTests {

	static final Predicate<LocalDate> NATIONAL_DAY = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2))::contains;

	static final OpeningHours MARKET = OpeningHours
		.parse("Mo-Fr 08:00-18:00; Sa,Su 09:00-12:00; PH off; 2026-11-30 10:00-11:00");

	static boolean open(OpeningHours hours, String localTime) {
		return hours.isOpenAt(LocalDateTime.parse(localTime), NATIONAL_DAY);
	}

	@Test
	void weeklyPeriodsDecideOrdinaryDays() {
		assertThat(open(MARKET, "2026-09-30T09:00")).isTrue(); // Wednesday
		assertThat(open(MARKET, "2026-09-30T18:00")).isFalse(); // the end is exclusive
		assertThat(open(MARKET, "2026-10-03T11:59")).isTrue(); // Saturday
		assertThat(open(MARKET, "2026-10-03T12:00")).isFalse();
	}

	@Test
	void aPublicHolidayRuleWinsOverTheWeekday() {
		assertThat(open(MARKET, "2026-10-01T09:00")).isFalse(); // Thursday, 国庆
	}

	@Test
	void anExceptionDateWinsOverEverything() {
		assertThat(open(MARKET, "2026-11-30T09:00")).isFalse(); // Monday, but the exception says 10–11
		assertThat(open(MARKET, "2026-11-30T10:30")).isTrue();
		assertThat(open(MARKET, "2026-12-01T09:00")).isTrue();
	}

	@Test
	void aPeriodPastMidnightBelongsToTheDayItStarts() {
		OpeningHours night = OpeningHours.parse("Fr,Sa 18:00-02:00; 2026-10-09 off");
		assertThat(open(night, "2026-10-03T01:30")).isTrue(); // Saturday early: Friday's night
		assertThat(open(night, "2026-10-05T01:30")).isFalse(); // Monday early: Sunday has none
		assertThat(open(night, "2026-10-04T01:59")).isTrue(); // Sunday early: Saturday's night
		assertThat(open(night, "2026-10-10T01:00")).isFalse(); // Friday 10-09 is off, so its night is too
	}

	@Test
	void twentyFourSevenIsAlwaysOpenAndEveryDayRulesNeedNoDays() {
		assertThat(OpeningHours.parse("24/7").alwaysOpen()).isTrue();
		assertThat(open(OpeningHours.parse("24/7"), "2026-10-01T03:00")).isTrue();
		OpeningHours daily = OpeningHours.parse("06:00-10:00,16:00-20:00");
		assertThat(open(daily, "2026-10-01T07:00")).isTrue();
		assertThat(open(daily, "2026-10-01T12:00")).isFalse();
	}

	@Test
	void unreadableRulesAreRefusedWithTheRuleNamed() {
		assertThatThrownBy(() -> OpeningHours.parse("Mo-Fx 08:00-12:00")).hasMessageContaining("Fx");
		assertThatThrownBy(() -> OpeningHours.parse("Mo 8-12")).hasMessageContaining("8-12");
		assertThatThrownBy(() -> OpeningHours.parse("2026-13-01 off")).hasMessageContaining("yyyy-MM-dd");
		assertThatThrownBy(() -> OpeningHours.parse("Mo-Fr")).hasMessageContaining("no times");
		assertThatThrownBy(() -> OpeningHours.parse(" ")).hasMessageContaining("empty");
	}
}
