package org.chengguan.assessment.web;

import java.util.Locale;

import org.chengguan.assessment.Assessment.Indicator;

/**
 * How the pages and exports write a figure: a rate as {@code numerator/denominator = 97.81%}, a band score as
 * {@code count → score}, and a dash where there is nothing to divide by.
 */
public final class Figures {

	static final String NONE = "–";

	/** Whether the indicator is a band score of a count rather than a ratio. */
	public static boolean isScore(Indicator i) {
		return i.key().endsWith("Score");
	}

	/** {@code 12/15 = 80.00%}, {@code 0/0 = –}, or {@code 42 → 75} for a band score. */
	public String indicator(Indicator i) {
		if (isScore(i)) {
			return i.numerator() + " → " + number(i.score());
		}
		return i.numerator() + "/" + i.denominator() + " = " + percent(i.rate());
	}

	/** A rate (0–1) as a percentage with two decimals, as the city publishes it; a dash when there is none. */
	public String percent(Double rate) {
		if (rate == null) {
			return NONE;
		}
		String p = String.format(Locale.ROOT, "%.2f", rate * 100);
		// 98.00% is published as 98%
		return (p.endsWith(".00") ? p.substring(0, p.length() - 3) : p) + "%";
	}

	/** A score with at most two decimals; a dash when there is none. */
	public String number(Double value) {
		if (value == null) {
			return NONE;
		}
		String s = String.format(Locale.ROOT, "%.2f", value);
		return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
	}

	/** An instant as the city's local time. */
	public String when(java.time.Instant instant) {
		return instant == null ? NONE
				: java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
					.format(instant.atZone(java.time.ZoneId.of("Asia/Shanghai")));
	}

	/** Minutes as hours with at most one decimal: {@code 90 → 1.5}, {@code 600 → 10}. */
	public String hours(long minutes) {
		long tenths = Math.round(minutes / 6.0);
		return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
	}

	/** An instant as the city's local time to the minute. */
	public String minute(java.time.Instant instant) {
		return instant == null ? NONE
				: java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.format(instant.atZone(java.time.ZoneId.of("Asia/Shanghai")));
	}

	/** The rate (0–1) as 0–100 for a chart, empty when there is none. */
	public String chartValue(Double rate) {
		return rate == null ? "" : String.format(Locale.ROOT, "%.2f", rate * 100);
	}
}
