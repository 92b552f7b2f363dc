package org.chengguan.worktime;

import java.time.Clock;
import java.util.List;

import org.chengguan.platform.UnprocessableException;
import org.chengguan.worktime.internal.YearArrangements;
import org.springframework.stereotype.Service;

/**
 * Loads a year's official holiday arrangement (放假安排), as the State Council publishes it each autumn for the next
 * year, and makes deadlines count with it from then on.
 */
@Service
public class CalendarImport {

	private final ArrangementPolicy policy = new ArrangementPolicy();

	private final YearArrangements arrangements;

	private final WorkingTime workingTime;

	private final Clock clock;

	private final Object reloading = new Object();

	CalendarImport(YearArrangements arrangements, WorkingTime workingTime, Clock clock) {
		this.arrangements = arrangements;
		this.workingTime = workingTime;
		this.clock = clock;
	}

	/** Every reason the arrangement cannot be accepted for {@code year}; empty when it can. */
	public List<String> rejections(int year, List<CalendarDay> days) {
		return policy.rejections(year, days);
	}

	/**
	 * Replaces {@code year}'s arrangement, all or nothing, by these holidays and make-up working days, marks the year
	 * published, and counts deadlines with it from the moment this returns.
	 *
	 * @param source where the arrangement comes from, e.g. 国务院办公厅关于2027年部分节假日安排的通知; may be null
	 * @throws IllegalArgumentException if the year lies outside the calendar
	 * @throws UnprocessableException listing every reason if the arrangement cannot be accepted; nothing changes then
	 */
	public YearCalendar replaceYear(int year, List<CalendarDay> days, String source) {
		if (!WorkingTime.covers(year)) {
			throw new IllegalArgumentException("the working-time calendar covers " + WorkingTime.FIRST_YEAR + " to "
					+ WorkingTime.LAST_YEAR + ", not " + year);
		}
		var reasons = rejections(year, days);
		if (!reasons.isEmpty()) {
			throw new UnprocessableException("The " + year + " arrangement was not imported: " + String.join("; ", reasons),
					reasons);
		}
		arrangements.replace(year, days, source, clock.instant());
		// Reading and swapping under one lock: whichever import swaps last has read every import committed before it.
		synchronized (reloading) {
			workingTime.use(arrangements.load());
		}
		return workingTime.calendar(year);
	}
}
