package org.chengguan.cases.photos;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every hour, one instance of the cluster collects the photos no case used in time. */
@Configuration(proxyBeanMethods = false)
class PhotoCollection {

	@Bean
	Task<Void> photoCollectionTask(PhotoLibrary photos, Clock clock) {
		return Tasks.recurring("photo-collection", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> photos.collectUnused(clock.instant()));
	}
}
