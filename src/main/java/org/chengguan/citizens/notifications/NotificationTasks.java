package org.chengguan.citizens.notifications;


import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.chengguan.platform.database.CommitStatement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The db-scheduler tasks of delivery: delivery rounds, set by the transactions that write outbox rows (one round
 * for all the transactions of a second, so a busy minute costs sixty rounds, not one execution per row); one
 * execution per failed row and attempt, set by the transaction that fails it; and a recurring sweep for rows whose
 * timer is gone (it is all in the database, so a restart loses nothing).
 */
@Configuration(proxyBeanMethods = false)
class NotificationTasks {

	static final TaskDescriptor<Long> DELIVERY = TaskDescriptor.of("citizens-notification", Long.class);

	static final TaskDescriptor<Void> ROUND = TaskDescriptor.of("citizens-notification-round");

	static final String SWEEP = "citizens-notification-sweep";

	@Bean
	Task<Long> notificationDeliveryTask(ObjectProvider<NotificationDelivery> delivery) {
		return Tasks.oneTime(DELIVERY).execute((instance, context) -> delivery.getObject().deliver(instance.getData()));
	}

	@Bean
	Task<Void> notificationRoundTask(ObjectProvider<NotificationDelivery> delivery) {
		return Tasks.oneTime(ROUND).execute((instance, context) -> delivery.getObject().deliverDue());
	}

	@Bean
	RecurringTask<Void> notificationSweepTask(ObjectProvider<NotificationDelivery> delivery,
			NotificationProperties properties) {
		return Tasks.recurring(SWEEP, FixedDelay.of(properties.sweepInterval()))
			.execute((instance, context) -> delivery.getObject().sweep());
	}

	/**
	 * Joins the round of the second {@code at} falls in, or writes it: the first transaction of the second writes the
	 * round; the others hold it with a shared row lock until they commit, so the scheduler (whose pick updates the
	 * row) waits until their rows are visible; shared locks do not wait for each other, so the second's commits stay
	 * concurrent. A round inserted by a transaction not yet committed when this statement began is neither written nor
	 * held here: the answer is then 0 and this transaction gets a round of its own. Parameters: task, instance, time,
	 * task, instance.
	 */
	private static final String JOIN_ROUND = """
			WITH written AS (
			    INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
			    VALUES (?, ?, ?, false, 1) ON CONFLICT DO NOTHING RETURNING 1),
			held AS (
			    SELECT 1 FROM scheduled_tasks
			    WHERE task_name = ? AND task_instance = ? AND NOT picked FOR SHARE)
			SELECT (SELECT count(*) FROM written) + (SELECT count(*) FROM held)""";

	@Bean
	DeliveryTimer deliveryTimer(SchedulerClient scheduler, JdbcClient jdbc) {
		return new DeliveryTimer() {

			@Override
			public void schedule(long id, int attempt, Instant at) {
				scheduler.scheduleIfNotExists(DELIVERY.instance(id + "#" + attempt).data(id).scheduledTo(at));
			}

			@Override
			public CommitStatement roundStatement(Instant at, long firstId) {
				return new CommitStatement(JOIN_ROUND,
						List.of(ROUND.getTaskName(), "s" + at.getEpochSecond(), Timestamp.from(at), ROUND.getTaskName(),
								"s" + at.getEpochSecond()),
						joined -> {
							if (joined == 0) {
								ownRound(at, firstId);
							}
						});
			}

			private void ownRound(Instant at, long firstId) {
				// the second's round has started (or ended) and may not see this transaction's rows
				jdbc.sql("""
						INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
						VALUES (?, ?, ?, false, 1) ON CONFLICT DO NOTHING""")
					.params(ROUND.getTaskName(), "r" + firstId, Timestamp.from(at))
					.update();
			}

			@Override
			public void scheduleRound(Instant at, long firstId) {
				CommitStatement join = roundStatement(at, firstId);
				join.answer().accept(jdbc.sql(join.sql()).params(join.args()).query(Long.class).single());
			}
		};
	}
}
