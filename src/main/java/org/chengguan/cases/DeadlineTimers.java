package org.chengguan.cases;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.chengguan.platform.database.CommitBatch;
import org.chengguan.platform.database.CommitStatement;
import org.chengguan.platform.database.SqlArray;
import org.chengguan.worktime.TimeLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The deadline timers: while a stage's clock runs, one db-scheduler execution waits for its next colour change — at
 * 80 % of the limit (yellow), then just after the deadline (red). When it fires it asks the case to mark the colour
 * its current clock has reached and sets the timer for the change after that, so a timer outlived by an extension, a
 * transition or a restart does no harm.
 * <p>
 * The rows are written straight into db-scheduler's table (ours: {@code V2__scheduler.sql}), many in one statement
 * and {@code ON CONFLICT DO NOTHING}: the same timer set twice is one timer, and the intake writes a whole batch of
 * cases' timers in one round trip. The case id is the instance id's prefix ({@code caseId@epochMillis}); no payload.
 */
@Component
class DeadlineTimers {

	static final TaskDescriptor<DeadlineCheck> TASK = TaskDescriptor.of("case-deadline", DeadlineCheck.class);

	/**
	 * Sets one timer as part of the statement that updates its case ({@link Cases#update(Case, Optional)}), from that
	 * statement's {@code updated} row: no timer unless the case was written.
	 */
	static final String INSERT_AFTER_UPDATE = "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, "
			+ "picked, version) SELECT '" + TASK.getTaskName() + "', :timer_instance, :timer_at, false, 1 FROM updated "
			+ "ON CONFLICT DO NOTHING";

	private static final String INSERT_ALL = """
			INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
			SELECT ?, t.instance, t.at, false, 1 FROM unnest(?::text[], ?::timestamptz[]) AS t(instance, at)
			ON CONFLICT DO NOTHING""";

	private final JdbcTemplate jdbc;

	private final Deadlines deadlines;

	/** Timers written with the transaction's other rows just before it commits (the intake's batches). */
	private final CommitBatch<Timer> beforeCommit;

	DeadlineTimers(JdbcTemplate jdbc, Deadlines deadlines) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.beforeCommit = CommitBatch.pipelined(jdbc, DeadlineTimers::insertAll);
	}

	/** The statement that sets these timers; a timer already set stays as it is. */
	private static CommitStatement insertAll(List<Timer> timers) {
		return CommitStatement.of(INSERT_ALL, TASK.getTaskName(),
				SqlArray.of("text", timers.stream().map(Timer::instanceId).toArray()),
				SqlArray.of("timestamptz", timers.stream().map(t -> Timestamp.from(t.at())).toArray()));
	}

	/**
	 * The payload of the timers set before the case id moved into the instance id; kept so that those still waiting
	 * in a database deserialize. New timers carry none.
	 */
	record DeadlineCheck(long caseId) implements Serializable {
	}

	/** A timer to set: look at case {@code caseId} at {@code at}. */
	record Timer(long caseId, Instant at) {

		String instanceId() {
			return caseId + "@" + at.toEpochMilli();
		}
	}

	/** Sets the timer for the running clock's next colour change after {@code now}, in the caller's transaction. */
	void schedule(long caseId, StageClock clock, Instant now) {
		next(caseId, clock, now).ifPresent(timer -> scheduleAll(List.of(timer)));
	}

	/** The timer for the clock's next colour change after {@code now}; empty when it is stopped or already red. */
	Optional<Timer> next(long caseId, StageClock clock, Instant now) {
		if (!clock.isRunning() || clock.deadline() == null) {
			return Optional.empty();
		}
		Instant yellow = yellowAt(clock, deadlines);
		if (now.isBefore(yellow) && clock.warning() == WarningLevel.GREEN) {
			return Optional.of(new Timer(caseId, yellow));
		}
		Instant red = clock.deadline().plusMillis(1);
		if (clock.warning() != WarningLevel.RED) {
			return Optional.of(new Timer(caseId, now.isAfter(red) ? now : red));
		}
		return Optional.empty();
	}

	/** Sets the timers in one statement, in the caller's transaction; a timer already set stays as it is. */
	void scheduleAll(List<Timer> timers) {
		if (timers.isEmpty()) {
			return;
		}
		CommitStatement insert = insertAll(timers);
		jdbc.update(insert.sql(), insert.args().toArray());
	}

	/**
	 * Sets the timers in the caller's transaction together with its other rows, in one statement sent with them just
	 * before it commits (one round trip fewer for an intake batch); nothing in the transaction reads them back.
	 */
	void scheduleBeforeCommit(List<Timer> timers) {
		timers.forEach(beforeCommit::add);
	}

	/** When a clock turns yellow: 80 % of its limit after it started. */
	static Instant yellowAt(StageClock clock, Deadlines deadlines) {
		TimeLimit limit = clock.limit();
		TimeLimit fourFifths = new TimeLimit(limit.amount().multiply(new BigDecimal("0.8")), limit.unit());
		return deadlines.due(clock.startedAt(), fourFifths);
	}

	/** The case a timer's instance id names. */
	static long caseIdOf(String instanceId) {
		return Long.parseLong(instanceId.substring(0, instanceId.indexOf('@')));
	}

	@Configuration(proxyBeanMethods = false)
	static class TaskConfiguration {

		@Bean
		Task<DeadlineCheck> caseDeadlineTask(ObjectProvider<CaseManagement> cases, Clock clock) {
			// marks what the clock shows when the timer runs, which after downtime may be later than planned
			return Tasks.oneTime(TASK)
				.execute((instance, context) -> cases.getObject().markDeadline(caseIdOf(instance.getId()),
						clock.instant()));
		}
	}
}
