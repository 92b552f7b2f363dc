package org.chengguan.citizens.notifications;


import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks of delivery: one execution per outbox row and attempt, set in the transaction that writes
 * or fails the row; and a recurring sweep for rows whose timer is gone (it is all in the database, so a restart
 * loses nothing).
 */
@Configuration(proxyBeanMethods = false)
class NotificationTasks {

	static final TaskDescriptor<Long> DELIVERY = TaskDescriptor.of("citizens-notification", Long.class);

	static final String SWEEP = "citizens-notification-sweep";

	@Bean
	Task<Long> notificationDeliveryTask(ObjectProvider<NotificationDelivery> delivery) {
		return Tasks.oneTime(DELIVERY).execute((instance, context) -> delivery.getObject().deliver(instance.getData()));
	}

	@Bean
	RecurringTask<Void> notificationSweepTask(ObjectProvider<NotificationDelivery> delivery,
			NotificationProperties properties) {
		return Tasks.recurring(SWEEP, FixedDelay.of(properties.sweepInterval()))
			.execute((instance, context) -> delivery.getObject().sweep());
	}

	@Bean
	DeliveryTimer deliveryTimer(SchedulerClient scheduler) {
		return (id, attempt, at) -> scheduler
			.scheduleIfNotExists(DELIVERY.instance(id + "#" + attempt).data(id).scheduledTo(at));
	}
}
