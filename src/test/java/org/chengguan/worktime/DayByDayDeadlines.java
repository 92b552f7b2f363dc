package org.chengguan.worktime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A deliberately plain reference for deadlines in 工作时: walk day by day through the default working periods
 * with java.time. Slow, obviously right; the oracle for {@link WorkingTime} in tests and its baseline in bench/.
 */
public final class DayByDayDeadlines {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final LocalTime[][] PERIODS = { { LocalTime.of(8, 30), LocalTime.of(12, 0) },
			{ LocalTime.of(14, 0), LocalTime.of(17, 30) } };

	private final Set<LocalDate> holidays = new HashSet<>();

	private final Set<LocalDate> makeUpDays = new HashSet<>();

	public DayByDayDeadlines(HolidayArrangements arrangements) {
		for (CalendarDay day : arrangements.days()) {
			(day.kind() == DayKind.HOLIDAY ? holidays : makeUpDays).add(day.date());
		}
	}

	/** The earliest instant by which {@code millis} of working time have passed since {@code start} (millis > 0). */
	public Instant due(Instant start, long millis) {
		ZonedDateTime at = start.atZone(ZONE);
		LocalDate day = at.toLocalDate();
		long left = millis;
		while (true) {
			if (isWorkingDay(day)) {
				for (LocalTime[] period : PERIODS) {
					ZonedDateTime open = day.atTime(period[0]).atZone(ZONE);
					ZonedDateTime close = day.atTime(period[1]).atZone(ZONE);
					ZonedDateTime from = at.isAfter(open) ? at : open;
					if (from.isBefore(close)) {
						long available = close.toInstant().toEpochMilli() - from.toInstant().toEpochMilli();
						if (available >= left) {
							return from.toInstant().plusMillis(left);
						}
						left -= available;
					}
				}
			}
			day = day.plusDays(1);
			at = day.atStartOfDay(ZONE);
		}
	}

	private boolean isWorkingDay(LocalDate day) {
		return makeUpDays.contains(day) || (day.getDayOfWeek().getValue() <= 5 && !holidays.contains(day));
	}
}
