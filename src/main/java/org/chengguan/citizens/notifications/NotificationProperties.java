package org.chengguan.citizens.notifications;

import java.time.Duration;
import java.util.Locale;

import org.chengguan.citizens.internal.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code chengguan.citizens.notifications.*}).
 *
 * @param locale the language the messages are written in (the bundle {@code messages_citizens}); zh-CN by default
 * @param sweepInterval how often one instance looks for outbox rows that are due and were not delivered by their own
 *        timer (after a crash, a restart, or a channel that came back)
 * @param sweepBatch at most this many rows per sweep
 * @param retry when a failed delivery is tried again, and how often before the row is DEAD
 */
@ConfigurationProperties("chengguan.citizens.notifications")
public record NotificationProperties(@DefaultValue("zh-CN") Locale locale, @DefaultValue("PT1M") Duration sweepInterval,
		@DefaultValue("100") int sweepBatch, @DefaultValue Backoff retry) {

	public NotificationProperties {
		if (sweepInterval == null || sweepInterval.isNegative() || sweepInterval.isZero()) {
			throw new IllegalArgumentException(
					"chengguan.citizens.notifications.sweep-interval must be a positive duration, was " + sweepInterval);
		}
		if (sweepBatch < 1) {
			throw new IllegalArgumentException(
					"chengguan.citizens.notifications.sweep-batch must be at least 1, was " + sweepBatch);
		}
	}
}
