package org.chengguan.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengguan.platform.InvalidInputException;

/**
 * An assessment period: a calendar week (Monday start, ISO numbering: {@code 2026-W47}), month ({@code 2026-11}),
 * quarter ({@code 2026-Q4}), year ({@code 2026}) or any range of days ({@code 2026-11-03..2026-11-20}), both ends
 * included.
 */
public record Period(String label, Kind kind, LocalDate from, LocalDate to) {

	/** What kind of period it is: its "previous" period is the one of the same kind just before. */
	public enum Kind {
		WEEK, MONTH, QUARTER, YEAR, RANGE
	}

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

	/** At most this many days in a range. */
	static final int MAX_DAYS = 3 * 366;

	public static final String EXPECTED = "expected a week (2026-W47), month (2026-11), quarter (2026-Q4), year (2026) "
			+ "or a range of days (2026-11-03..2026-11-20)";

	/** Reads a period; the month of {@code today} when the text is empty. */
	public static Period parse(String text, LocalDate today) {
		if (text == null || text.isBlank()) {
			return month(YearMonth.from(today));
		}
		String t = text.strip().toUpperCase();
		try {
			Matcher m;
			if ((m = WEEK.matcher(t)).matches()) {
				int year = Integer.parseInt(m.group(1));
				int week = Integer.parseInt(m.group(2));
				LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
					.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				if (week < 1 || monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
					throw new InvalidInputException("'" + text + "': " + year + " has no week " + week);
				}
				return week(monday);
			}
			if ((m = QUARTER.matcher(t)).matches()) {
				int q = Integer.parseInt(m.group(2));
				LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), 3 * q - 2, 1);
				return quarter(from);
			}
			if ((m = MONTH.matcher(t)).matches()) {
				return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
			}
			if ((m = YEAR.matcher(t)).matches()) {
				int year = Integer.parseInt(m.group(1));
				return new Period(String.valueOf(year), Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			}
			if ((m = RANGE.matcher(t)).matches()) {
				LocalDate from = LocalDate.parse(m.group(1));
				LocalDate to = LocalDate.parse(m.group(2));
				if (to.isBefore(from)) {
					throw new InvalidInputException("'" + text + "': the range ends before it starts");
				}
				if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
					throw new InvalidInputException("'" + text + "': a range is at most " + MAX_DAYS + " days");
				}
				return new Period(from + ".." + to, Kind.RANGE, from, to);
			}
		}
		catch (java.time.DateTimeException e) {
			throw new InvalidInputException("'" + text + "' is not a period: " + e.getMessage());
		}
		throw new InvalidInputException("'" + text + "' is not a period: " + EXPECTED);
	}

	private static Period week(LocalDate monday) {
		int year = monday.get(IsoFields.WEEK_BASED_YEAR);
		int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		return new Period(String.format("%d-W%02d", year, week), Kind.WEEK, monday, monday.plusDays(6));
	}

	private static Period month(YearMonth month) {
		return new Period(month.toString(), Kind.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	private static Period quarter(LocalDate first) {
		int q = (first.getMonthValue() - 1) / 3 + 1;
		return new Period(first.getYear() + "-Q" + q, Kind.QUARTER, first, first.plusMonths(3).minusDays(1));
	}

	/** The period of the same kind just before this one (for a range: as many days, ending the day before). */
	public Period previous() {
		return switch (kind) {
			case WEEK -> week(from.minusWeeks(1));
			case MONTH -> month(YearMonth.from(from).minusMonths(1));
			case QUARTER -> quarter(from.minusMonths(3));
			case YEAR -> new Period(String.valueOf(from.getYear() - 1), Kind.YEAR, from.minusYears(1), to.minusYears(1));
			case RANGE -> {
				long days = days();
				LocalDate newTo = from.minusDays(1);
				LocalDate newFrom = newTo.minusDays(days - 1);
				yield new Period(newFrom + ".." + newTo, Kind.RANGE, newFrom, newTo);
			}
		};
	}

	/** How many days it has. */
	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}
}
