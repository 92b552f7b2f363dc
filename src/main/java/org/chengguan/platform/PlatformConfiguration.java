package org.chengguan.platform;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/**
	 * Domain code takes its time from this bean, never from {@code now()}, so tests can pin it. It ticks in
	 * microseconds, the precision PostgreSQL keeps: an instant held in memory equals the one read back.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

	/**
	 * A request body's list (or map) with a {@code null} element is refused while it is read — a 400 that names the
	 * property — instead of reaching code that never expects one (a campaign's {@code targets: [null]}, an alliance's
	 * members, a joint visit's results were 500s; found by a per-field sweep of the API's bodies). A body that gives
	 * a null element a meaning says so on its property ({@code @JsonSetter(contentNulls = SET)}, as the calendar
	 * import does to report a missing day with its other faults).
	 */
	@Bean
	org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer nullElementsRefused() {
		return builder -> builder.changeDefaultNullHandling(
				handling -> handling.withContentNulls(com.fasterxml.jackson.annotation.Nulls.FAIL));
	}
}
