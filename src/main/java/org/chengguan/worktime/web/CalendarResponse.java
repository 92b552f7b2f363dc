package org.chengguan.worktime.web;

import java.time.LocalDate;
import java.util.List;

import org.chengguan.worktime.CalendarDay;
import org.chengguan.worktime.WorkPeriod;
import org.chengguan.worktime.YearCalendar;

/**
 * A year of the calendar as the API shows it.
 *
 * @param published whether the year's official arrangement is loaded; if not, working days are plain Monday to Friday
 * @param periods the working periods in force, by date range
 */
record CalendarResponse(int year, boolean published, String zone, String workDayLength, List<Span> periods,
		List<Day> holidays, List<Day> workdays) {

	static CalendarResponse of(YearCalendar calendar) {
		return new CalendarResponse(calendar.year(), calendar.published(), calendar.zone().getId(),
				calendar.workDayLength().toString(),
				calendar.schedules().stream()
					.map(s -> new Span(s.from(), s.to(), s.schedule(), s.periods().stream().map(WorkPeriod::toString).toList()))
					.toList(),
				days(calendar.holidays()), days(calendar.workdays()));
	}

	private static List<Day> days(List<CalendarDay> days) {
		return days.stream().map(d -> new Day(d.date(), d.name())).toList();
	}

	/** @param hours the working periods on each of these days, e.g. 08:30-12:00 */
	record Span(LocalDate from, LocalDate to, String schedule, List<String> hours) {
	}

	record Day(LocalDate date, String name) {
	}
}
