package org.chengguan.worktime;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a year's official holiday arrangement (放假安排): a holiday, or a make-up working day (调休上班).
 *
 * @param name what the arrangement calls it, e.g. 春节; may be null
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
	}
}
