package org.chengguan.worktime;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Whether a year's holiday arrangement (放假安排) can be accepted; every reason it cannot, in the order found. */
class ArrangementPolicy {

	static final int MAX_NAME_LENGTH = 50;

	List<String> rejections(int year, List<CalendarDay> days) {
		var reasons = new ArrayList<String>();
		if (days.isEmpty()) {
			reasons.add("an arrangement lists at least one holiday or make-up working day");
		}
		var seen = new HashSet<>();
		for (CalendarDay day : days) {
			if (day.date().getYear() != year) {
				reasons.add(day.date() + " is not in " + year);
			}
			if (!seen.add(day.date())) {
				reasons.add(day.date() + " is listed more than once");
			}
			if (day.kind() == DayKind.WORKDAY && !isWeekend(day.date().getDayOfWeek())) {
				reasons.add(day.date() + " is a " + day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
						+ ": a make-up working day (WORKDAY) falls on a Saturday or Sunday");
			}
			if (day.name() != null && day.name().length() > MAX_NAME_LENGTH) {
				reasons.add(day.date() + ": the name is longer than " + MAX_NAME_LENGTH + " characters");
			}
		}
		return reasons;
	}

	private static boolean isWeekend(DayOfWeek day) {
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}
}
