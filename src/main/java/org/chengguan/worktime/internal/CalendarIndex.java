package org.chengguan.worktime.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import org.chengguan.worktime.CalendarDay;
import org.chengguan.worktime.DayKind;
import org.chengguan.worktime.HolidayArrangements;
import org.chengguan.worktime.WorkPeriod;
import org.chengguan.worktime.WorktimeProperties;
import org.chengguan.worktime.WorktimeProperties.Schedule;

/**
 * Every working period from {@link #FIRST_DAY} to {@link #LAST_DAY}, flattened into sorted arrays of epoch
 * milliseconds together with the working time that has passed before each, so that the working time up to an instant
 * and its inverse are each one binary search. Immutable: a changed calendar is a new index.
 * <p>
 * C(t), the working milliseconds from the window's start up to instant t, grows inside periods and stays flat between
 * them. Period {@code i} runs from {@code starts[i]} to {@code ends[i]}; C is {@code cumStarts[i]} at its start and
 * {@code cumEnds[i]} at its end. Both {@code ends} and {@code cumEnds} strictly increase.
 */
public final class CalendarIndex {

	public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

	public static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

	private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;

	private final WorktimeProperties properties;

	private final ScheduleTable schedules;

	private final Set<Integer> publishedYears;

	private final NavigableMap<LocalDate, CalendarDay> arrangedDays;

	private final long windowStart;

	private final long windowEnd;

	private final long[] starts;

	private final long[] ends;

	private final long[] cumStarts;

	private final long[] cumEnds;

	private final BitSet workingDays;

	private final long totalWorkingMillis;

	private CalendarIndex(WorktimeProperties properties, ScheduleTable schedules, HolidayArrangements arrangements,
			NavigableMap<LocalDate, CalendarDay> arrangedDays, PeriodArrays periods, BitSet workingDays) {
		this.properties = properties;
		this.schedules = schedules;
		this.publishedYears = arrangements.publishedYears();
		this.arrangedDays = Collections.unmodifiableNavigableMap(arrangedDays);
		this.windowStart = FIRST_DAY.atStartOfDay(properties.zone()).toInstant().toEpochMilli();
		this.windowEnd = LAST_DAY.plusDays(1).atStartOfDay(properties.zone()).toInstant().toEpochMilli();
		this.starts = periods.starts();
		this.ends = periods.ends();
		this.cumStarts = periods.cumulativeStarts();
		this.cumEnds = periods.cumulativeEnds();
		this.totalWorkingMillis = cumEnds.length == 0 ? 0 : cumEnds[cumEnds.length - 1];
		this.workingDays = workingDays;
	}

	public static CalendarIndex build(WorktimeProperties properties, HolidayArrangements arrangements) {
		var days = new TreeMap<LocalDate, CalendarDay>();
		arrangements.days().forEach(day -> days.put(day.date(), day));
		var schedules = ScheduleTable.of(properties);
		var workingDays = new BitSet(DAYS);
		var periods = new PeriodArrays(DAYS * schedules.maxPeriodsPerDay());
		for (int i = 0; i < DAYS; i++) {
			LocalDate date = FIRST_DAY.plusDays(i);
			if (isWorking(date, days)) {
				workingDays.set(i);
				for (WorkPeriod period : schedules.on(date).periods()) {
					periods.add(date.atTime(period.from()).atZone(properties.zone()).toInstant().toEpochMilli(),
							date.atTime(period.to()).atZone(properties.zone()).toInstant().toEpochMilli());
				}
			}
		}
		return new CalendarIndex(properties, schedules, arrangements, days, periods, workingDays);
	}

	private static boolean isWorking(LocalDate date, Map<LocalDate, CalendarDay> days) {
		CalendarDay arranged = days.get(date);
		if (arranged != null) {
			return arranged.kind() == DayKind.WORKDAY;
		}
		return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** C(t): working milliseconds from the window's start up to {@code epochMilli}. */
	public long workingMillisAt(long epochMilli) {
		requireInWindow(epochMilli);
		int i = Arrays.binarySearch(ends, epochMilli);
		i = i >= 0 ? i + 1 : -i - 1;
		if (i == ends.length) {
			return totalWorkingMillis;
		}
		long start = starts[i];
		return epochMilli <= start ? cumStarts[i] : cumStarts[i] + (epochMilli - start);
	}

	/** The earliest instant t with C(t) = {@code workingMillis}, for {@code workingMillis} > 0. */
	private long instantAt(long workingMillis) {
		int i = Arrays.binarySearch(cumEnds, workingMillis);
		i = i >= 0 ? i : -i - 1;
		if (i == cumEnds.length) {
			throw new IllegalArgumentException("the deadline falls after " + LAST_DAY
					+ ", the end of the working-time calendar");
		}
		return starts[i] + (workingMillis - cumStarts[i]);
	}

	/** The earliest instant at which {@code workingMillis} of working time have passed since {@code startEpochMilli}. */
	public long dueEpochMilli(long startEpochMilli, long workingMillis) {
		if (workingMillis <= 0) {
			if (workingMillis < 0) {
				throw new IllegalArgumentException("working time cannot be negative, was " + workingMillis + " ms");
			}
			requireInWindow(startEpochMilli);
			return startEpochMilli;
		}
		long before = workingMillisAt(startEpochMilli);
		if (workingMillis > totalWorkingMillis - before) {
			throw new IllegalArgumentException("the deadline falls after " + LAST_DAY
					+ ", the end of the working-time calendar");
		}
		return instantAt(before + workingMillis);
	}

	public void requireInWindow(long epochMilli) {
		if (epochMilli < windowStart || epochMilli >= windowEnd) {
			throw new IllegalArgumentException(Instant.ofEpochMilli(epochMilli) + " is outside the working-time "
					+ "calendar, which covers " + FIRST_DAY + " to " + LAST_DAY + " in " + properties.zone());
		}
	}

	public void requireInWindow(LocalDate date) {
		if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
			throw new IllegalArgumentException(date + " is outside the working-time calendar, which covers "
					+ FIRST_DAY + " to " + LAST_DAY);
		}
	}

	public boolean isWorkingDay(LocalDate date) {
		requireInWindow(date);
		return workingDays.get((int) ChronoUnit.DAYS.between(FIRST_DAY, date));
	}

	public boolean isPublished(int year) {
		return publishedYears.contains(year);
	}

	/** The arranged days (holidays and make-up working days) of one year, in date order. */
	public List<CalendarDay> arrangedDays(int year) {
		return List.copyOf(arrangedDays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
			.values());
	}

	public Schedule scheduleOn(LocalDate date) {
		return schedules.on(date);
	}
}
