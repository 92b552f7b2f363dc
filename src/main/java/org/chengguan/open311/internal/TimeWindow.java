package org.chengguan.open311.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A search's time window, as GeoReport v2 bounds it: start_date and end_date (both included) at most 90 days apart;
 * one of them alone reaches 90 days from it; neither means the most recent 90 days.
 */
public record TimeWindow(Instant from, Instant to) {

	public static final Duration MAX = Duration.ofDays(90);

	/** The window of the two parameters; faults go to {@code faults} and the default window is returned then. */
	static TimeWindow of(String start, String end, Instant now, ZoneId zone, List<String> faults) {
		Instant from = parse("start_date", start, zone, faults);
		Instant to = parse("end_date", end, zone, faults);
		if (from != null && to != null) {
			if (from.isAfter(to)) {
				faults.add("start_date must not be after end_date");
			}
			else if (Duration.between(from, to).compareTo(MAX) > 0) {
				faults.add("start_date and end_date may not span more than 90 days");
			}
			return new TimeWindow(from, to);
		}
		if (from != null) {
			return new TimeWindow(from, from.plus(MAX));
		}
		if (to != null) {
			return new TimeWindow(to.minus(MAX), to);
		}
		return new TimeWindow(now.minus(MAX), now);
	}

	private static Instant parse(String name, String text, ZoneId zone, List<String> faults) {
		if (text == null) {
			return null;
		}
		try {
			return W3cTime.parse(text, zone);
		}
		catch (DateTimeParseException e) {
			faults.add(name + " must be a W3C date-time such as 2026-11-01T00:00:00+08:00, was '" + text + "'");
			return null;
		}
	}
}
