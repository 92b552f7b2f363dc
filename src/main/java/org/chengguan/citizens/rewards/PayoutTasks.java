package org.chengguan.citizens.rewards;


import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The db-scheduler tasks of payouts: one execution per payout and attempt, and a recurring sweep. */
@Configuration(proxyBeanMethods = false)
class PayoutTasks {

	static final TaskDescriptor<Long> PAYOUT = TaskDescriptor.of("citizens-payout", Long.class);

	@Bean
	Task<Long> payoutTask(ObjectProvider<RewardPayouts> payouts) {
		return Tasks.oneTime(PAYOUT).execute((instance, context) -> payouts.getObject().pay(instance.getData()));
	}

	@Bean
	RecurringTask<Void> payoutSweepTask(ObjectProvider<RewardPayouts> payouts, RewardProperties properties) {
		return Tasks.recurring("citizens-payout-sweep", FixedDelay.of(properties.sweepInterval()))
			.execute((instance, context) -> payouts.getObject().sweep());
	}

	@Bean
	PayoutTimer payoutTimer(SchedulerClient scheduler) {
		return (id, attempt, at) -> scheduler
			.scheduleIfNotExists(PAYOUT.instance(id + "#" + attempt).data(id).scheduledTo(at));
	}
}
