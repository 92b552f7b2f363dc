package org.chengguan.worktime;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the city works: its zone, its working periods (工作时段) by season, and the length of a 工作日 in 工作时.
 * Checked when the application starts, so a wrong period stops it with a message naming the schedule.
 *
 * @param zone the city's time zone; Asia/Shanghai unless configured
 * @param schedules working periods by date range; a later schedule overrides earlier ones on the dates it covers,
 *        and together they must cover every day of the year; one all-year 08:30-12:00, 14:00-17:30 unless configured
 * @param workDayLength 1 工作日 = this many 工作时, whatever the day's own periods add up to, so that 工作日 stay
 *        additive across seasons; PT7H unless configured
 */
@ConfigurationProperties("chengguan.worktime")
public record WorktimeProperties(ZoneId zone, List<Schedule> schedules, Duration workDayLength) {

	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	public static final Duration DEFAULT_WORK_DAY_LENGTH = Duration.ofHours(7);

	private static final LocalDate LEAP_YEAR_START = LocalDate.of(2000, 1, 1);

	public WorktimeProperties {
		zone = zone == null ? DEFAULT_ZONE : zone;
		schedules = schedules == null || schedules.isEmpty() ? List.of(Schedule.standard()) : List.copyOf(schedules);
		workDayLength = workDayLength == null ? DEFAULT_WORK_DAY_LENGTH : workDayLength;
		if (workDayLength.compareTo(Duration.ofMinutes(1)) < 0 || workDayLength.compareTo(Duration.ofDays(1)) > 0
				|| workDayLength.toNanosPart() % 1_000_000 != 0) {
			throw new IllegalArgumentException("chengguan.worktime.work-day-length must be between PT1M and PT24H in "
					+ "whole milliseconds, was " + workDayLength);
		}
		requireEveryDayCovered(schedules);
	}

	/** The defaults: Asia/Shanghai, 08:30-12:00 and 14:00-17:30 all year, 1 工作日 = 7 工作时. */
	public static WorktimeProperties defaults() {
		return new WorktimeProperties(null, null, null);
	}

	/** The schedule in force on a day of the year: the last one that covers it. */
	public Schedule scheduleOn(MonthDay day) {
		for (int i = schedules.size() - 1; i >= 0; i--) {
			if (schedules.get(i).covers(day)) {
				return schedules.get(i);
			}
		}
		throw new IllegalStateException("no schedule covers " + day);
	}

	private static void requireEveryDayCovered(List<Schedule> schedules) {
		var uncovered = new ArrayList<MonthDay>();
		for (var date = LEAP_YEAR_START; date.getYear() == LEAP_YEAR_START.getYear(); date = date.plusDays(1)) {
			var day = MonthDay.from(date);
			if (schedules.stream().noneMatch(s -> s.covers(day))) {
				uncovered.add(day);
			}
		}
		if (!uncovered.isEmpty()) {
			throw new IllegalArgumentException("chengguan.worktime.schedules must cover every day of the year, but "
					+ uncovered.size() + " days from " + uncovered.get(0) + " on are covered by none; start with an "
					+ "all-year schedule (01-01 to 12-31) and let later ones override it");
		}
	}

	/**
	 * Working periods on the days from {@code from} to {@code to}, both inclusive; when {@code to} comes before
	 * {@code from} the range wraps the year end (11-15 to 03-15 is a winter).
	 *
	 * @param name how the schedule is shown, e.g. "standard" or "summer"
	 * @param periods in order, not overlapping, e.g. 08:30-12:00, 14:30-18:00
	 */
	public record Schedule(String name, MonthDay from, MonthDay to, List<WorkPeriod> periods) {

		public Schedule {
			name = name == null || name.isBlank() ? "unnamed" : name.strip();
			if (from == null || to == null) {
				throw new IllegalArgumentException("schedule '" + name + "' needs its first and last day "
						+ "(from and to, as MM-dd)");
			}
			if (periods == null || periods.isEmpty()) {
				throw new IllegalArgumentException("schedule '" + name + "' needs at least one working period");
			}
			periods = List.copyOf(periods);
			for (int i = 1; i < periods.size(); i++) {
				var before = periods.get(i - 1);
				var after = periods.get(i);
				if (after.from().isBefore(before.to())) {
					throw new IllegalArgumentException("schedule '" + name + "': working periods must be in order and "
							+ "must not overlap, but " + after + " comes after " + before);
				}
			}
		}

		/** 08:30-12:00 and 14:00-17:30 all year. */
		public static Schedule standard() {
			return new Schedule("standard", MonthDay.of(1, 1), MonthDay.of(12, 31),
					List.of(WorkPeriod.parse("08:30-12:00"), WorkPeriod.parse("14:00-17:30")));
		}

		public boolean covers(MonthDay day) {
			return from.isAfter(to) ? !day.isBefore(from) || !day.isAfter(to)
					: !day.isBefore(from) && !day.isAfter(to);
		}

		/** The 工作时 these periods add up to in one day. */
		public Duration dailyWorkingTime() {
			return periods.stream()
				.map(p -> Duration.between(p.from(), p.to()))
				.reduce(Duration.ZERO, Duration::plus);
		}
	}
}
