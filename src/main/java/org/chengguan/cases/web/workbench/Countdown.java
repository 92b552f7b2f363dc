package org.chengguan.cases.web.workbench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.chengguan.cases.StageClock;
import org.chengguan.cases.WarningLevel;

/**
 * A running stage's deadline as the pages show it: when, the colour (red as soon as it is overdue, even before the
 * timer marks it), and the time left or overdue in days, hours and minutes. The pages' script keeps the countdown ticking
 * from {@code epochMillis}.
 */
record Countdown(String at, WarningLevel colour, boolean overdue, long days, long hours, long minutes,
		long epochMillis) {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CITY);

	/** The countdown of the clock, or null when no clock runs (final, shelved, duplicate). */
	static Countdown of(StageClock clock, Instant now) {
		if (clock == null || !clock.isRunning() || clock.deadline() == null) {
			return null;
		}
		boolean overdue = clock.isOverdueAt(now);
		long minutesLeft = Math.abs(Duration.between(now, clock.deadline()).toMinutes());
		WarningLevel colour = overdue ? WarningLevel.RED
				: clock.warning() == WarningLevel.RED ? WarningLevel.YELLOW : clock.warning();
		long hours = minutesLeft / 60;
		return new Countdown(MINUTES.format(clock.deadline()), colour, overdue, hours / 24, hours % 24,
				minutesLeft % 60, clock.deadline().toEpochMilli());
	}

	static String format(Instant instant) {
		return instant == null ? "" : MINUTES.format(instant);
	}
}
