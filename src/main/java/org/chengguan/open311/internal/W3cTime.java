package org.chengguan.open311.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Date-times as GeoReport v2 writes them: the W3C profile of ISO 8601, always with an offset
 * ({@code 2026-11-26T09:30:00+08:00}), written in the city's zone.
 */
public final class W3cTime {

	private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private W3cTime() {
	}

	public static String format(Instant at, ZoneId zone) {
		return at == null ? null : OUT.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
	}

	/**
	 * Reads a date-time with an offset ({@code Z} or {@code +08:00}), or without one (a time of the city), or a date
	 * alone (its first instant in the city). A {@code +} sent unencoded in a query string arrives as a space; it is
	 * read as the {@code +} it was.
	 *
	 * @throws DateTimeParseException if the text is none of these
	 */
	public static Instant parse(String text, ZoneId zone) {
		String t = text.strip();
		if (t.length() > 19 && t.charAt(t.length() - 6) == ' ') {
			t = t.substring(0, t.length() - 6) + "+" + t.substring(t.length() - 5);
		}
		try {
			return OffsetDateTime.parse(t).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(t).atZone(zone).toInstant();
			}
			catch (DateTimeParseException notATime) {
				return LocalDate.parse(t).atStartOfDay(zone).toInstant();
			}
		}
	}
}
