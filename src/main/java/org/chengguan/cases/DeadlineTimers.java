package org.chengguan.cases;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.chengguan.worktime.TimeLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The deadline timers: when a stage's clock starts, two db-scheduler executions are set, at 80 % of the limit
 * (yellow) and at the deadline (red). Each simply asks the case to mark the colour its current clock has reached
 * at that moment, so a timer outlived by an extension, a transition or a restart does no harm.
 */
@Component
class DeadlineTimers {

	static final TaskDescriptor<DeadlineCheck> TASK = TaskDescriptor.of("case-deadline", DeadlineCheck.class);

	private final SchedulerClient scheduler;

	private final Deadlines deadlines;

	DeadlineTimers(SchedulerClient scheduler, Deadlines deadlines) {
		this.scheduler = scheduler;
		this.deadlines = deadlines;
	}

	/** The timer's payload: which case to look at. */
	record DeadlineCheck(long caseId) implements Serializable {
	}

	/** Sets the yellow and red timers for the case's running clock, in the caller's transaction. */
	void schedule(long caseId, StageClock clock) {
		if (!clock.isRunning() || clock.deadline() == null) {
			return;
		}
		at(caseId, yellowAt(clock, deadlines));
		at(caseId, clock.deadline().plusMillis(1));
	}

	/** When a clock turns yellow: 80 % of its limit after it started. */
	static Instant yellowAt(StageClock clock, Deadlines deadlines) {
		TimeLimit limit = clock.limit();
		TimeLimit fourFifths = new TimeLimit(limit.amount().multiply(new BigDecimal("0.8")), limit.unit());
		return deadlines.due(clock.startedAt(), fourFifths);
	}

	private void at(long caseId, Instant when) {
		scheduler.scheduleIfNotExists(TASK.instance(caseId + "@" + when.toEpochMilli())
			.data(new DeadlineCheck(caseId))
			.scheduledTo(when));
	}

	@Configuration(proxyBeanMethods = false)
	static class TaskConfiguration {

		@Bean
		Task<DeadlineCheck> caseDeadlineTask(ObjectProvider<CaseManagement> cases, Clock clock) {
			// marks what the clock shows when the timer runs, which after downtime may be later than planned
			return Tasks.oneTime(TASK)
				.execute((instance, context) -> cases.getObject().markDeadline(instance.getData().caseId(),
						clock.instant()));
		}
	}
}
