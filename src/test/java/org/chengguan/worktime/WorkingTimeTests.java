package org.chengguan.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingTimeTests {

	static final WorkingTime workingTime = new WorkingTime(WorktimeProperties.defaults(),
			OfficialArrangements.of2025And2026());

	/** A local time in Asia/Shanghai, which is UTC+8 all year. */
	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(8));
	}

	static Instant due(String start, String amount, TimeLimitUnit unit) {
		return workingTime.due(at(start), TimeLimit.of(amount, unit));
	}

	@Test
	void oneWorkingDayFromMondayMorningIsTuesdayMorning() {
		assertThat(due("2026-11-23T10:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2026-11-24T10:00"));
	}

	@Test
	void workingHoursFromFridayAfternoonCrossTheWeekend() {
		assertThat(due("2026-11-27T16:00", "4", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-11-30T11:00"));
	}

	@Test
	void aStartOnSaturdayCountsFromMondayMorning() {
		assertThat(due("2026-11-28T09:00", "0.5", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-11-30T09:00"));
		assertThat(due("2026-11-28T09:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2026-11-30T17:30"));
	}

	@Test
	void aStartAtLunchCountsFromTheAfternoon() {
		assertThat(due("2026-11-23T12:30", "1", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-11-23T15:00"));
	}

	@Test
	void aLimitThatUsesUpAPeriodEndsAtItsEndNotAtTheNextStart() {
		assertThat(due("2026-11-23T08:30", "3.5", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-11-23T12:00"));
		assertThat(due("2026-11-23T14:00", "3.5", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-11-23T17:30"));
		assertThat(due("2026-11-23T08:30", "0.5", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2026-11-23T12:00"));
	}

	@Test
	void halfAWorkingHourCanStraddleLunch() {
		assertThat(due("2026-11-23T11:45", "0.5", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-11-23T14:15"));
	}

	@Test
	void springFestival2026SkipsItsHolidaysAndWorksItsMakeUpSaturdays() {
		assertThat(due("2026-02-13T16:00", "4", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-02-14T11:00"));
		assertThat(due("2026-02-14T16:00", "4", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-02-24T11:00"));
		assertThat(due("2026-02-27T10:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2026-02-28T10:00"));
		assertThat(workingTime.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
		assertThat(workingTime.isWorkingDay(LocalDate.parse("2026-02-16"))).isFalse();
		assertThat(workingTime.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
	}

	@Test
	void nationalDay2026SkipsTheGoldenWeekAndMidAutumn() {
		assertThat(due("2026-09-30T10:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2026-10-08T10:00"));
		assertThat(due("2026-09-24T10:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2026-09-28T10:00"));
		assertThat(due("2026-10-09T10:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2026-10-10T10:00"));
		assertThat(due("2026-09-19T10:00", "1", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-09-20T09:30"));
	}

	@Test
	void newYear2025IsOneDayAndItsSpringFestivalWorksOnSunday() {
		assertThat(due("2024-12-31T10:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2025-01-02T10:00"));
		assertThat(due("2025-01-24T10:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2025-01-26T10:00"));
		assertThat(due("2025-01-27T10:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2025-02-05T10:00"));
	}

	@Test
	void naturalHoursRunThroughHolidaysAndNights() {
		assertThat(due("2026-10-01T10:00", "48", TimeLimitUnit.NATURAL_HOURS)).isEqualTo(at("2026-10-03T10:00"));
		assertThat(due("2026-10-01T10:00", "0.25", TimeLimitUnit.NATURAL_HOURS)).isEqualTo(at("2026-10-01T10:15"));
	}

	@Test
	void aZeroLimitIsDueAtItsStartEvenOutsideWorkingPeriods() {
		assertThat(due("2026-11-28T23:00", "0", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-11-28T23:00"));
	}

	@Test
	void yearsWithoutAnArrangementWorkMondayToFriday() {
		assertThat(workingTime.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
		assertThat(workingTime.calendar(2027).published()).isFalse();
		assertThat(due("2026-12-31T10:00", "1", TimeLimitUnit.WORK_DAYS)).isEqualTo(at("2027-01-01T10:00"));
	}

	@Test
	void summerHoursApplyOnTheDaysTheirScheduleCovers() {
		var summer = new WorktimeProperties.Schedule("summer", MonthDay.of(5, 1), MonthDay.of(9, 30),
				List.of(WorkPeriod.parse("08:30-12:00"), WorkPeriod.parse("14:30-18:00")));
		var seasonal = new WorkingTime(new WorktimeProperties(null,
				List.of(WorktimeProperties.Schedule.standard(), summer), null),
				OfficialArrangements.of2025And2026());
		assertThat(seasonal.due(at("2026-06-01T13:00"), TimeLimit.of("1", TimeLimitUnit.WORK_HOURS)))
			.isEqualTo(at("2026-06-01T15:30"));
		assertThat(seasonal.due(at("2026-06-01T17:00"), TimeLimit.of("1", TimeLimitUnit.WORK_HOURS)))
			.isEqualTo(at("2026-06-01T18:00"));
		assertThat(seasonal.due(at("2026-04-30T17:00"), TimeLimit.of("1", TimeLimitUnit.WORK_HOURS)))
			.isEqualTo(at("2026-05-06T09:00"));
		assertThat(seasonal.due(at("2026-09-30T17:30"), TimeLimit.of("1", TimeLimitUnit.WORK_HOURS)))
			.isEqualTo(at("2026-10-08T09:00"));
		assertThat(seasonal.calendar(2026).schedules())
			.extracting(YearCalendar.ScheduleSpan::from, YearCalendar.ScheduleSpan::to, YearCalendar.ScheduleSpan::schedule)
			.containsExactly(
					tuple(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-30"), "standard"),
					tuple(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-09-30"), "summer"),
					tuple(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"), "standard"));
	}

	@Test
	void aWorkingDayLastsTheConfiguredLengthWhateverTheDaysPeriodsAddUpTo() {
		var eightHourDays = new WorktimeProperties.Schedule("long", MonthDay.of(1, 1),
				MonthDay.of(12, 31), List.of(WorkPeriod.parse("08:00-12:00"), WorkPeriod.parse("13:00-17:00")));
		var longDays = new WorkingTime(new WorktimeProperties(null, List.of(eightHourDays), null),
				HolidayArrangements.none());
		assertThat(longDays.due(at("2026-11-23T08:00"), TimeLimit.of("1", TimeLimitUnit.WORK_DAYS)))
			.isEqualTo(at("2026-11-23T16:00"));
	}

	@Test
	void elapsedCountsWorkingTimeOnlyAndIsNegativeBackwards() {
		assertThat(workingTime.elapsed(at("2026-11-27T16:00"), at("2026-11-30T11:00"), TimeLimitUnit.WORK_HOURS))
			.isEqualTo(Duration.ofHours(4));
		assertThat(workingTime.elapsed(at("2026-11-24T10:00"), at("2026-11-23T10:00"), TimeLimitUnit.WORK_DAYS))
			.isEqualTo(Duration.ofHours(-7));
		assertThat(workingTime.elapsed(at("2026-11-28T09:00"), at("2026-11-30T08:30"), TimeLimitUnit.WORK_HOURS))
			.isZero();
		assertThat(workingTime.elapsed(at("2026-11-28T09:00"), at("2026-11-30T08:30"), TimeLimitUnit.NATURAL_HOURS))
			.isEqualTo(Duration.ofHours(47).plusMinutes(30));
	}

	@Test
	void instantsCountToTheMillisecond() {
		Instant start = at("2026-11-23T10:00").plusNanos(1_999_999);
		assertThat(workingTime.due(start, TimeLimit.of("1", TimeLimitUnit.WORK_HOURS)))
			.isEqualTo(at("2026-11-23T11:00").plusMillis(1));
		assertThat(workingTime.dueEpochMilli(at("2026-11-23T10:00").toEpochMilli(), 3_600_000))
			.isEqualTo(at("2026-11-23T11:00").toEpochMilli());
	}

	@Test
	void rejectsInstantsOutsideTheCalendarWithAClearMessage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> due("1999-12-31T10:00", "1", TimeLimitUnit.WORK_HOURS))
			.withMessageContaining("outside the working-time calendar, which covers 2000-01-01 to 2100-12-31");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> due("2100-12-31T10:00", "2", TimeLimitUnit.WORK_DAYS))
			.withMessageContaining("the deadline falls after 2100-12-31");
		assertThatIllegalArgumentException().isThrownBy(() -> workingTime.isWorkingDay(LocalDate.parse("2101-01-01")));
		assertThatIllegalArgumentException().isThrownBy(() -> workingTime.calendar(1999));
	}

	@Test
	void rejectsLimitsTooLargeToCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> due("2026-11-23T10:00", "1e999999999", TimeLimitUnit.WORK_DAYS))
			.withMessageContaining("too large");
		assertThatIllegalArgumentException().isThrownBy(() -> due("2026-11-23T10:00", "1e12", TimeLimitUnit.NATURAL_HOURS));
		assertThat(due("2026-11-23T10:00", "1e-999999999", TimeLimitUnit.WORK_HOURS)).isEqualTo(at("2026-11-23T10:00"));
	}

	@Test
	void describesAYearWithItsArrangement() {
		var year = workingTime.calendar(2026);
		assertThat(year.published()).isTrue();
		assertThat(year.holidays()).containsExactlyElementsOf(OfficialArrangements.days(2026, DayKind.HOLIDAY));
		assertThat(year.workdays()).containsExactlyElementsOf(OfficialArrangements.days(2026, DayKind.WORKDAY));
		assertThat(year.schedules()).singleElement().satisfies(span -> {
			assertThat(span.from()).isEqualTo(LocalDate.parse("2026-01-01"));
			assertThat(span.to()).isEqualTo(LocalDate.parse("2026-12-31"));
			assertThat(span.periods()).extracting(WorkPeriod::toString).containsExactly("08:30-12:00", "14:00-17:30");
		});
	}
}
