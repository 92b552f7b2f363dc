package org.chengguan.worktime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.chengguan.worktime.YearCalendar.ScheduleSpan;
import org.chengguan.worktime.internal.CalendarIndex;

/**
 * Deadline arithmetic in 自然时 (natural hours), 工作时 (working hours: time inside the working periods of working
 * days) and 工作日 (working days: a fixed number of 工作时 each), on the city's calendar from {@link #FIRST_YEAR} to
 * {@link #LAST_YEAR}. A working day (工作日) is Monday to Friday, minus the holidays of the official arrangement, plus
 * its make-up working days (调休上班).
 * <p>
 * Instants are taken to the millisecond (truncated). Working-time questions about an instant outside the calendar
 * throw {@link IllegalArgumentException}; natural hours need no calendar. Safe for concurrent use: each call works on
 * one immutable snapshot of the calendar, which an import replaces as a whole.
 */
public class WorkingTime {

	public static final int FIRST_YEAR = CalendarIndex.FIRST_DAY.getYear();

	public static final int LAST_YEAR = CalendarIndex.LAST_DAY.getYear();

	private static final long HOUR_MILLIS = 3_600_000L;

	private final WorktimeProperties properties;

	private volatile CalendarIndex index;

	public WorkingTime(WorktimeProperties properties, HolidayArrangements arrangements) {
		this.properties = properties;
		this.index = CalendarIndex.build(properties, arrangements);
	}

	/**
	 * When a time limit started at {@code start} runs out. In 自然时 that is {@code start} plus the hours. In 工作时 and
	 * 工作日 it is the earliest instant by which the limit's working time has passed since {@code start}: a start
	 * outside working periods counts from the next period's start, and a limit that uses up a period exactly ends at
	 * that period's end (12:00, not 14:00). A zero limit is due at {@code start}.
	 *
	 * @throws IllegalArgumentException if counting working time and {@code start} or the deadline lies outside the
	 *         calendar, or the limit is too large to count in milliseconds
	 */
	public Instant due(Instant start, TimeLimit limit) {
		long startMillis = epochMilli(start);
		long millis = millis(limit);
		if (limit.unit() == TimeLimitUnit.NATURAL_HOURS) {
			try {
				return Instant.ofEpochMilli(Math.addExact(startMillis, millis));
			}
			catch (ArithmeticException e) {
				throw new IllegalArgumentException("the deadline " + limit.amount() + " " + limit.unit() + " after "
						+ start + " is out of range");
			}
		}
		return Instant.ofEpochMilli(index.dueEpochMilli(startMillis, millis));
	}

	/**
	 * The earliest instant, in epoch milliseconds, by which {@code workingMillis} of 工作时 have passed since
	 * {@code startEpochMilli}: {@link #due} without objects, for hot paths.
	 *
	 * @throws IllegalArgumentException if {@code workingMillis} is negative, or the start or the deadline lies
	 *         outside the calendar
	 */
	public long dueEpochMilli(long startEpochMilli, long workingMillis) {
		return index.dueEpochMilli(startEpochMilli, workingMillis);
	}

	/**
	 * The time that counts between two instants: wall-clock time for {@link TimeLimitUnit#NATURAL_HOURS}, working
	 * time for the others. Negative when {@code to} is before {@code from}.
	 *
	 * @throws IllegalArgumentException if counting working time and an instant lies outside the calendar
	 */
	public Duration elapsed(Instant from, Instant to, TimeLimitUnit unit) {
		long fromMillis = epochMilli(from);
		long toMillis = epochMilli(to);
		if (unit == TimeLimitUnit.NATURAL_HOURS) {
			return Duration.ofMillis(toMillis - fromMillis);
		}
		return Duration.ofMillis(workingMillisBetween(fromMillis, toMillis));
	}

	/** The 工作时 between two instants in epoch milliseconds: {@link #elapsed} without objects. */
	public long workingMillisBetween(long fromEpochMilli, long toEpochMilli) {
		CalendarIndex current = index;
		return current.workingMillisAt(toEpochMilli) - current.workingMillisAt(fromEpochMilli);
	}

	/**
	 * A time limit in milliseconds, rounded half up: wall-clock time for 自然时, working time for 工作时 and 工作日
	 * (1 工作日 = the configured working-day length).
	 *
	 * @throws IllegalArgumentException if the limit is too large to count in milliseconds
	 */
	public long millis(TimeLimit limit) {
		long unitMillis = limit.unit() == TimeLimitUnit.WORK_DAYS ? properties.workDayLength().toMillis() : HOUR_MILLIS;
		BigDecimal amount = limit.amount();
		if (amount.scale() == 0 && amount.precision() <= 9) {
			return amount.longValue() * unitMillis;
		}
		// precision - scale is the number of digits before the point: reject absurd exponents before arithmetic
		// that would expand them (1e999999999).
		int integerDigits = amount.precision() - amount.scale();
		if (amount.signum() == 0 || integerDigits < -12) {
			return 0;
		}
		if (integerDigits > 12) {
			throw tooLarge(limit);
		}
		try {
			return amount.multiply(BigDecimal.valueOf(unitMillis)).setScale(0, RoundingMode.HALF_UP).longValueExact();
		}
		catch (ArithmeticException e) {
			throw tooLarge(limit);
		}
	}

	private static IllegalArgumentException tooLarge(TimeLimit limit) {
		return new IllegalArgumentException("the time limit " + limit.amount() + " " + limit.unit() + " is too large");
	}

	/**
	 * Whether work is done on this date: Monday to Friday unless the arrangement makes it a holiday, or a weekend day
	 * the arrangement makes a make-up working day.
	 *
	 * @throws IllegalArgumentException if the date lies outside the calendar
	 */
	public boolean isWorkingDay(LocalDate date) {
		return index.isWorkingDay(date);
	}

	/**
	 * One year of the calendar: whether its official arrangement is loaded, its holidays and make-up working days, and
	 * the working periods in force through it.
	 *
	 * @throws IllegalArgumentException if the year lies outside the calendar
	 */
	public YearCalendar calendar(int year) {
		if (!covers(year)) {
			throw new IllegalArgumentException("the working-time calendar covers " + FIRST_YEAR + " to " + LAST_YEAR
					+ ", not " + year);
		}
		CalendarIndex current = index;
		List<CalendarDay> days = current.arrangedDays(year);
		return new YearCalendar(year, current.isPublished(year), properties.zone(), properties.workDayLength(),
				spans(current, year), days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).toList(),
				days.stream().filter(d -> d.kind() == DayKind.WORKDAY).toList());
	}

	/** Whether the calendar covers this year. */
	public static boolean covers(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	/** The city's time zone. */
	public ZoneId zone() {
		return properties.zone();
	}

	/** Starts counting on a new calendar; callers serialise their updates. */
	void use(HolidayArrangements arrangements) {
		index = CalendarIndex.build(properties, arrangements);
	}

	private static List<ScheduleSpan> spans(CalendarIndex index, int year) {
		var spans = new ArrayList<ScheduleSpan>();
		LocalDate first = LocalDate.of(year, 1, 1);
		var schedule = index.scheduleOn(first);
		for (LocalDate date = first; date.getYear() == year; date = date.plusDays(1)) {
			LocalDate next = date.plusDays(1);
			if (next.getYear() != year || !index.scheduleOn(next).equals(schedule)) {
				spans.add(new ScheduleSpan(first, date, schedule.name(), schedule.periods()));
				first = next;
				schedule = next.getYear() == year ? index.scheduleOn(next) : schedule;
			}
		}
		return List.copyOf(spans);
	}

	private static long epochMilli(Instant instant) {
		try {
			return instant.toEpochMilli();
		}
		catch (ArithmeticException e) {
			throw new IllegalArgumentException(instant + " is out of range");
		}
	}
}
