package org.chengguan.worktime;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A year as the deadline arithmetic sees it: its working periods by date range, its holidays and its make-up working
 * days.
 *
 * @param published whether the year's official arrangement is loaded; when not, working days are plain Monday to
 *        Friday and {@code holidays} and {@code workdays} are empty
 * @param schedules the working periods in force, as consecutive date ranges covering the year
 */
public record YearCalendar(int year, boolean published, ZoneId zone, Duration workDayLength,
		List<ScheduleSpan> schedules, List<CalendarDay> holidays, List<CalendarDay> workdays) {

	/** The days from {@code from} to {@code to}, both inclusive, on which {@code schedule}'s periods apply. */
	public record ScheduleSpan(LocalDate from, LocalDate to, String schedule, List<WorkPeriod> periods) {
	}
}
