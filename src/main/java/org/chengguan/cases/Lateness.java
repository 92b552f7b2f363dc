package org.chengguan.cases;

import java.time.Instant;
import java.util.List;

import org.chengguan.worktime.WorkingTime;

/**
 * How late a case's steps were (超期), kept on the case row as its trail grows so that reports need not read every
 * case's trail to find its late steps: how many stage-passing steps ({@link CaseFigures#STAGE_STEPS}) were taken
 * after the deadline in force before them, and the worst of them by 工作时 late, then by wall-clock time late.
 * The rule is {@link CaseFigures}'s: the deadline in force before a step is the one the previous step left.
 *
 * @param steps how many late steps
 * @param workingMillis the worst late step's working time late in ms; null when no step was late
 * @param wallMillis the same step's wall-clock time late in ms; null when no step was late
 */
record Lateness(int steps, Long workingMillis, Long wallMillis) {

	static final Lateness NONE = new Lateness(0, null, null);

	/**
	 * The lateness of new steps: {@code transitions} in order, the first taken under {@code deadlineBefore} (null: no
	 * clock ran, e.g. before a report).
	 */
	static Lateness of(Instant deadlineBefore, List<Transition> transitions, WorkingTime workingTime) {
		Trail trail = new Trail(deadlineBefore, workingTime);
		transitions.forEach(t -> trail.step(t.action(), t.at(), t.deadline()));
		return trail.lateness();
	}

	/**
	 * A trail read step by step, oldest first: the one place the rule is applied — a stage-passing step is late when
	 * taken after the deadline the step before it left (or the stored deadline, for the first).
	 */
	static final class Trail {

		private final WorkingTime workingTime;

		private Instant due;

		private Lateness lateness = NONE;

		Trail(Instant deadlineBefore, WorkingTime workingTime) {
			this.due = deadlineBefore;
			this.workingTime = workingTime;
		}

		/** The next step: what it was, when, and the deadline in force after it (null: no clock runs). */
		void step(Action action, Instant at, Instant deadline) {
			if (due != null && at.isAfter(due) && CaseFigures.STAGE_STEPS.contains(action)) {
				lateness = lateness.and(Lateness.step(due, at, workingTime));
			}
			due = deadline;
		}

		Lateness lateness() {
			return lateness;
		}
	}

	/** One step done at {@code at} after its deadline {@code due}. */
	static Lateness step(Instant due, Instant at, WorkingTime workingTime) {
		long wall = at.toEpochMilli() - due.toEpochMilli();
		return new Lateness(1, workingMillis(due, at, wall, workingTime), wall);
	}

	/** The working time between a deadline and a late step; outside the calendar's years, the wall-clock time. */
	static long workingMillis(Instant due, Instant at, long wallMillis, WorkingTime workingTime) {
		try {
			return workingTime.workingMillisBetween(due.toEpochMilli(), at.toEpochMilli());
		}
		catch (IllegalArgumentException outsideTheCalendar) {
			return wallMillis;
		}
	}

	/** Both together: the steps added, the worse of the two worst. */
	Lateness and(Lateness other) {
		if (other.steps == 0) {
			return this;
		}
		if (steps == 0) {
			return other;
		}
		boolean otherWorse = other.workingMillis > workingMillis
				|| other.workingMillis.equals(workingMillis) && other.wallMillis > wallMillis;
		return otherWorse ? new Lateness(steps + other.steps, other.workingMillis, other.wallMillis)
				: new Lateness(steps + other.steps, workingMillis, wallMillis);
	}
}
