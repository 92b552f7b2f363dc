package org.chengguan.facilities;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Opening hours (开放时间) in a subset of OpenStreetMap's {@code opening_hours} syntax, so that imports can carry them
 * in one field: rules separated by {@code ;}, later rules overriding earlier ones on the days they name.
 * <ul>
 * <li>{@code 24/7} — always open;</li>
 * <li>{@code Mo-Fr 08:00-12:00,14:00-18:00}, {@code Sa,Su 09:00-17:00}, {@code 06:00-22:00} (every day) — weekly
 * periods; an end before the start or after 24:00 runs past midnight ({@code 18:00-02:00}, {@code 18:00-26:00});</li>
 * <li>{@code PH off}, {@code PH 09:00-12:00} — public holidays (法定节假日, from the worktime calendar);</li>
 * <li>{@code 2026-10-01 off}, {@code 2026-10-01/2026-10-03 10:00-16:00} — exceptions on dates, which win over both.</li>
 * </ul>
 * A period belongs to the day it starts on: after midnight, the previous day's rule still decides until its period ends.
 */
public final class OpeningHours {

	private static final int DAY = 24 * 60;

	private static final String[] DAYS = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };

	private final String text;

	/** Periods per ISO weekday (index 0 = Monday), minutes from the day's start, {start, end} pairs. */
	private final int[][] weekly = new int[7][];

	private int[] publicHolidays;

	private final Map<LocalDate, int[]> dates = new HashMap<>();

	private OpeningHours(String text) {
		this.text = text;
		Arrays.fill(weekly, new int[0]);
	}

	/** Always open ({@code 24/7}). */
	public static final OpeningHours ALWAYS = parse("24/7");

	/**
	 * Parses the text.
	 *
	 * @throws IllegalArgumentException naming the first rule that cannot be read
	 */
	public static OpeningHours parse(String text) {
		Objects.requireNonNull(text, "opening hours");
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new IllegalArgumentException("opening hours are empty (use 24/7 for always open)");
		}
		OpeningHours hours = new OpeningHours(trimmed);
		for (String rule : trimmed.split(";")) {
			String r = rule.strip();
			if (!r.isEmpty()) {
				hours.apply(r);
			}
		}
		return hours;
	}

	/** The text as given (trimmed): what is stored and served. */
	public String text() {
		return text;
	}

	/** Whether the text says {@code 24/7} and nothing else. */
	public boolean alwaysOpen() {
		return text.equals("24/7");
	}

	/**
	 * Whether the place is open at this local time of the city.
	 *
	 * @param publicHoliday whether a date is a public holiday (法定节假日)
	 */
	public boolean isOpenAt(LocalDateTime time, Predicate<LocalDate> publicHoliday) {
		if (alwaysOpen()) {
			return true;
		}
		LocalDate date = time.toLocalDate();
		int minute = time.getHour() * 60 + time.getMinute();
		return contains(periodsOn(date, publicHoliday), minute)
				|| contains(periodsOn(date.minusDays(1), publicHoliday), minute + DAY);
	}

	/**
	 * Whether the place opens on the date: some period starts that day (a period past midnight belongs to the day it
	 * starts on). A date rule or {@code PH off} can close a day the week would open.
	 */
	public boolean opensOn(LocalDate date, Predicate<LocalDate> publicHoliday) {
		return alwaysOpen() || periodsOn(date, publicHoliday).length > 0;
	}

	private int[] periodsOn(LocalDate date, Predicate<LocalDate> publicHoliday) {
		int[] exception = dates.get(date);
		if (exception != null) {
			return exception;
		}
		if (publicHolidays != null && publicHoliday.test(date)) {
			return publicHolidays;
		}
		return weekly[date.getDayOfWeek().getValue() - 1];
	}

	private static boolean contains(int[] periods, int minute) {
		for (int i = 0; i < periods.length; i += 2) {
			if (minute >= periods[i] && minute < periods[i + 1]) {
				return true;
			}
		}
		return false;
	}

	private void apply(String rule) {
		if (rule.equals("24/7")) {
			Arrays.fill(weekly, new int[] { 0, DAY });
			return;
		}
		int space = rule.indexOf(' ');
		String selector = space < 0 ? "" : rule.substring(0, space).strip();
		String times = space < 0 ? rule : rule.substring(space + 1).strip();
		if (space < 0 && !Character.isDigit(rule.charAt(0))) {
			throw new IllegalArgumentException("the rule '" + rule + "' names days but no times (or off)");
		}
		int[] periods = periods(times, rule);
		if (selector.isEmpty()) {
			Arrays.fill(weekly, periods);
		}
		else if (Character.isDigit(selector.charAt(0))) {
			applyDates(selector, periods, rule);
		}
		else {
			for (String part : selector.split(",")) {
				applyDays(part.strip(), periods, rule);
			}
		}
	}

	private void applyDates(String selector, int[] periods, String rule) {
		String[] ends = selector.split("/");
		try {
			LocalDate from = LocalDate.parse(ends[0]);
			LocalDate to = ends.length == 2 ? LocalDate.parse(ends[1]) : from;
			if (ends.length > 2 || to.isBefore(from) || from.plusDays(366).isBefore(to)) {
				throw new IllegalArgumentException("the dates of '" + rule + "' are not a range of at most a year");
			}
			for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
				dates.put(d, periods);
			}
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("the date in '" + rule + "' is not yyyy-MM-dd");
		}
	}

	private void applyDays(String part, int[] periods, String rule) {
		if (part.equals("PH")) {
			publicHolidays = periods;
			return;
		}
		String[] ends = part.split("-");
		int from = day(ends[0], rule);
		int to = ends.length == 2 ? day(ends[1], rule) : from;
		if (ends.length > 2) {
			throw new IllegalArgumentException("the days '" + part + "' in '" + rule + "' are not a day or a range");
		}
		for (int d = from;; d = (d + 1) % 7) {
			weekly[d] = periods;
			if (d == to) {
				break;
			}
		}
	}

	private static int day(String name, String rule) {
		for (int i = 0; i < DAYS.length; i++) {
			if (DAYS[i].equals(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException("'" + name + "' in '" + rule + "' is not a day (Mo Tu We Th Fr Sa Su) or PH");
	}

	private static int[] periods(String times, String rule) {
		if (times.equals("off") || times.equals("closed")) {
			return new int[0];
		}
		List<Integer> out = new ArrayList<>();
		for (String range : times.split(",")) {
			String[] ends = range.strip().split("-");
			if (ends.length != 2) {
				throw new IllegalArgumentException("'" + range.strip() + "' in '" + rule + "' is not HH:mm-HH:mm");
			}
			int start = minutes(ends[0], rule);
			int end = minutes(ends[1], rule);
			if (start >= DAY) {
				throw new IllegalArgumentException("'" + range.strip() + "' in '" + rule + "' starts after 24:00");
			}
			if (end <= start) {
				end += DAY;
			}
			if (end - start > DAY) {
				throw new IllegalArgumentException("'" + range.strip() + "' in '" + rule + "' is longer than a day");
			}
			out.add(start);
			out.add(end);
		}
		return out.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int minutes(String hhmm, String rule) {
		String t = hhmm.strip();
		if (!t.matches("\\d{1,2}:\\d{2}")) {
			throw new IllegalArgumentException("'" + t + "' in '" + rule + "' is not a time HH:mm");
		}
		int colon = t.indexOf(':');
		int h = Integer.parseInt(t.substring(0, colon));
		int m = Integer.parseInt(t.substring(colon + 1));
		if (h > 48 || m > 59) {
			throw new IllegalArgumentException("'" + t + "' in '" + rule + "' is not a time of day");
		}
		return h * 60 + m;
	}


	@Override
	public boolean equals(Object o) {
		return o instanceof OpeningHours other && other.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

	@Override
	public String toString() {
		return text;
	}
}
