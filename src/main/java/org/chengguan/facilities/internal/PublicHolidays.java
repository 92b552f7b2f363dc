package org.chengguan.facilities.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.chengguan.worktime.CalendarDay;
import org.chengguan.worktime.WorkingTime;
import org.springframework.stereotype.Component;

/**
 * The public holidays (法定节假日) of the worktime calendar, for opening hours' {@code PH} rules. A year's set is kept
 * for a minute, so a calendar import shows within a minute without asking worktime on every row.
 */
@Component
public class PublicHolidays {

	private static final long KEEP_NANOS = 60_000_000_000L;

	private final WorkingTime workingTime;

	private final Map<Integer, Cached> years = new ConcurrentHashMap<>();

	private record Cached(Set<LocalDate> days, long loadedAt) {
	}

	PublicHolidays(WorkingTime workingTime) {
		this.workingTime = workingTime;
	}

	public boolean isHoliday(LocalDate date) {
		int year = date.getYear();
		if (!WorkingTime.covers(year)) {
			return false;
		}
		long now = System.nanoTime();
		Cached cached = years.get(year);
		if (cached == null || now - cached.loadedAt() > KEEP_NANOS) {
			Set<LocalDate> days = workingTime.calendar(year).holidays().stream().map(CalendarDay::date)
				.collect(Collectors.toUnmodifiableSet());
			cached = new Cached(days, now);
			years.put(year, cached);
		}
		return cached.days().contains(date);
	}

	/** Forgets the cached years (after a calendar import, and in tests). */
	public void refresh() {
		years.clear();
	}
}
