package org.chengguan.platform.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler, wired by hand (its Boot starter targets Boot 3 and creates no scheduler under Boot 4): one
 * {@link Scheduler} running every {@link Task} bean the modules declare, started and stopped with the context, and
 * a {@link SchedulerClient} whose writes join the caller's transaction, so a timer is scheduled exactly when the
 * change that needs it commits.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	@Bean
	@DependsOnDatabaseInitialization
	Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks) {
		// a recurring task must be started (its first execution scheduled), not only known, or it never runs
		List<Task<?>> oneTime = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
		@SuppressWarnings("rawtypes")
		List<RecurringTask> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
			.map(RecurringTask.class::cast)
			.toList();
		return Scheduler.create(dataSource, oneTime)
			.startTasks(recurring)
			.threads(4)
			.pollingInterval(Duration.ofSeconds(5))
			.heartbeatInterval(Duration.ofSeconds(30))
			.enableImmediateExecution()
			.build();
	}

	@Bean
	@Primary
	@DependsOnDatabaseInitialization
	SchedulerClient transactionalSchedulerClient(DataSource dataSource, List<Task<?>> tasks) {
		return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), tasks).build();
	}

	@Bean
	SmartLifecycle schedulerLifecycle(Scheduler scheduler) {
		return new SmartLifecycle() {

			private volatile boolean running;

			@Override
			public void start() {
				scheduler.start();
				running = true;
			}

			@Override
			public void stop() {
				scheduler.stop();
				running = false;
			}

			@Override
			public boolean isRunning() {
				return running;
			}
		};
	}
}
