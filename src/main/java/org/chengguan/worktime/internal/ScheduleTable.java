package org.chengguan.worktime.internal;

import java.time.LocalDate;
import java.time.MonthDay;

import org.chengguan.worktime.WorktimeProperties;
import org.chengguan.worktime.WorktimeProperties.Schedule;

/** The schedule in force on each day of the year, looked up once per month-day rather than once per date. */
final class ScheduleTable {

	private static final int LEAP_YEAR = 2000;

	private final Schedule[] byLeapDayOfYear;

	private final int maxPeriodsPerDay;

	private ScheduleTable(Schedule[] byLeapDayOfYear) {
		this.byLeapDayOfYear = byLeapDayOfYear;
		int max = 0;
		for (Schedule schedule : byLeapDayOfYear) {
			max = Math.max(max, schedule.periods().size());
		}
		this.maxPeriodsPerDay = max;
	}

	static ScheduleTable of(WorktimeProperties properties) {
		var table = new Schedule[366];
		for (int i = 0; i < table.length; i++) {
			LocalDate date = LocalDate.ofYearDay(LEAP_YEAR, i + 1);
			table[i] = properties.scheduleOn(MonthDay.from(date));
		}
		return new ScheduleTable(table);
	}

	Schedule on(LocalDate date) {
		return byLeapDayOfYear[LocalDate.of(LEAP_YEAR, date.getMonth(), date.getDayOfMonth()).getDayOfYear() - 1];
	}

	int maxPeriodsPerDay() {
		return maxPeriodsPerDay;
	}
}
