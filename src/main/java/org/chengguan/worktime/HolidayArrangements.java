package org.chengguan.worktime;

import java.util.List;
import java.util.Set;

/**
 * The official holiday arrangements known to the platform: the days they set apart and the years they cover. A
 * year not in {@code publishedYears} counts plain Monday to Friday as its working days.
 */
public record HolidayArrangements(Set<Integer> publishedYears, List<CalendarDay> days) {

	public HolidayArrangements {
		publishedYears = Set.copyOf(publishedYears);
		days = List.copyOf(days);
	}

	/** No arrangement at all: every year is plain Monday to Friday. */
	public static HolidayArrangements none() {
		return new HolidayArrangements(Set.of(), List.of());
	}
}
