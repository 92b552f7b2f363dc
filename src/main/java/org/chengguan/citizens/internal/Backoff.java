package org.chengguan.citizens.internal;

import java.time.Duration;
import java.util.Optional;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When to try again after a failed delivery or payout: {@code firstDelay} after the first failure, multiplied by
 * {@code multiplier} after each further one, never more than {@code maxDelay}; no further try once
 * {@code maxAttempts} have failed.
 */
public record Backoff(@DefaultValue("PT1M") Duration firstDelay, @DefaultValue("2") double multiplier,
		@DefaultValue("10") int maxAttempts, @DefaultValue("PT6H") Duration maxDelay) {

	public Backoff {
		if (firstDelay == null || firstDelay.isNegative() || firstDelay.isZero()) {
			throw new IllegalArgumentException("first-delay must be a positive duration, was " + firstDelay);
		}
		if (multiplier < 1) {
			throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("max-attempts must be at least 1, was " + maxAttempts);
		}
		if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0) {
			throw new IllegalArgumentException("max-delay must be at least first-delay, was " + maxDelay);
		}
	}

	/**
	 * How long to wait after the given number of failed attempts; empty when that was the last one allowed.
	 *
	 * @param failedAttempts attempts made so far, all failed (≥ 1)
	 */
	public Optional<Duration> delayAfter(int failedAttempts) {
		if (failedAttempts >= maxAttempts) {
			return Optional.empty();
		}
		double millis = firstDelay.toMillis() * Math.pow(multiplier, failedAttempts - 1);
		return Optional.of(millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis));
	}
}
