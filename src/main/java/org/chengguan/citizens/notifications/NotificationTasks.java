package org.chengguan.citizens.notifications;


import java.sql.Timestamp;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
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

	@Bean
	DeliveryTimer deliveryTimer(SchedulerClient scheduler, JdbcClient jdbc) {
		return new DeliveryTimer() {

			@Override
			public void schedule(long id, int attempt, Instant at) {
				scheduler.scheduleIfNotExists(DELIVERY.instance(id + "#" + attempt).data(id).scheduledTo(at));
			}

			@Override
			public void scheduleRound(Instant at, long firstId) {
				String second = "s" + at.getEpochSecond();
				// the first transaction of the second writes the round; the others hold it with a shared row lock
				// until they commit, so the scheduler (whose pick updates the row) waits until their rows are
				// visible; shared locks do not wait for each other, so the second's commits stay concurrent. A round
				// inserted by a transaction not yet committed when this statement began is neither written nor held
				// here: this transaction then gets a round of its own
				boolean joined = jdbc.sql("""
						WITH written AS (
						    INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
						    VALUES (:task, :instance, :at, false, 1) ON CONFLICT DO NOTHING RETURNING 1),
						held AS (
						    SELECT 1 FROM scheduled_tasks
						    WHERE task_name = :task AND task_instance = :instance AND NOT picked FOR SHARE)
						SELECT (SELECT count(*) FROM written) + (SELECT count(*) FROM held)""")
					.param("task", ROUND.getTaskName())
					.param("instance", second)
					.param("at", Timestamp.from(at))
					.query(Long.class)
					.single() > 0;
				if (!joined) {
					// the second's round has started (or ended) and may not see this transaction's rows
					jdbc.sql("""
							INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
							VALUES (?, ?, ?, false, 1) ON CONFLICT DO NOTHING""")
						.params(ROUND.getTaskName(), "r" + firstId, Timestamp.from(at))
						.update();
				}
			}
		};
	}
}
