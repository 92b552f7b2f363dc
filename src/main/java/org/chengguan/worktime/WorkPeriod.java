package org.chengguan.worktime;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A working period (工作时段) within a day, such as 08:30–12:00: only time inside working periods of working days
 * counts as 工作时. Starts before it ends, and both ends lie within the same day.
 */
public record WorkPeriod(LocalTime from, LocalTime to) {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	public WorkPeriod {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("working period " + format(from, to) + " must start before it ends");
		}
	}

	/** Reads {@code "08:30-12:00"}; spaces around the parts are ignored. */
	public static WorkPeriod parse(String text) {
		String[] parts = text.split("-");
		if (parts.length != 2) {
			throw new IllegalArgumentException("working period '" + text + "' must look like 08:30-12:00");
		}
		try {
			return new WorkPeriod(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("working period '" + text + "' must look like 08:30-12:00 (24-hour clock)");
		}
	}

	@Override
	public String toString() {
		return format(from, to);
	}

	private static String format(LocalTime from, LocalTime to) {
		return clock(from) + "-" + clock(to);
	}

	private static String clock(LocalTime time) {
		return time.getSecond() == 0 && time.getNano() == 0 ? HH_MM.format(time) : time.toString();
	}
}
