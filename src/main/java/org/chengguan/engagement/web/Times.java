package org.chengguan.engagement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Instants as the city reads them on pages (Asia/Shanghai), and a page's date and time fields read back. */
final class Times {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CITY);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(CITY);

	private Times() {
	}

	static String format(Instant at) {
		return at == null ? "" : SHOWN.format(at);
	}

	/** A period on one line: the end's date is left out when it is the start's. */
	static String period(Instant from, Instant to) {
		boolean sameDay = from.atZone(CITY).toLocalDate().equals(to.atZone(CITY).toLocalDate());
		return format(from) + " – " + (sameDay ? CLOCK.format(to) : format(to));
	}

	/** A date field and a time field of a form as an instant in the city; null when either is missing or malformed. */
	static Instant parse(String date, String time) {
		try {
			return date == null || time == null || date.isBlank() || time.isBlank() ? null
					: LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip())).atZone(CITY).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
