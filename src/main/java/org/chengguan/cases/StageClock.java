package org.chengguan.cases;

import java.time.Instant;

import org.chengguan.worktime.TimeLimit;

/**
 * The clock of the stage a case is in: when it started, its limit and deadline, and the colour it has reached.
 * A stopped clock ({@link Stage#NONE}) has no deadline.
 */
public record StageClock(Stage stage, Instant startedAt, TimeLimit limit, Instant deadline, WarningLevel warning) {

	static StageClock start(Stage stage, Instant now, TimeLimit limit, Deadlines deadlines) {
		return new StageClock(stage, now, limit, deadlines.due(now, limit), WarningLevel.GREEN);
	}

	static StageClock stopped(Instant now) {
		return new StageClock(Stage.NONE, now, null, null, WarningLevel.GREEN);
	}

	StageClock withDeadline(Instant newDeadline) {
		return new StageClock(stage, startedAt, limit, newDeadline, WarningLevel.GREEN);
	}

	StageClock withWarning(WarningLevel level) {
		return new StageClock(stage, startedAt, limit, deadline, level);
	}

	public boolean isRunning() {
		return stage != Stage.NONE;
	}

	public boolean isOverdueAt(Instant now) {
		return deadline != null && now.isAfter(deadline);
	}
}
