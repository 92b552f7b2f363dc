package org.chengguan.citizens.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts a recurring db-scheduler task once the application is ready: the platform's scheduler knows every task bean
 * but schedules no recurring one by itself. Idempotent across restarts and instances: the execution exists once.
 */
public final class RecurringStart {

	private RecurringStart() {
	}

	public static ApplicationListener<ApplicationReadyEvent> onReady(SchedulerClient scheduler, RecurringTask<?> task,
			Clock clock) {
		return ready -> scheduler.scheduleIfNotExists(task.instance(RecurringTask.INSTANCE), clock.instant());
	}
}
