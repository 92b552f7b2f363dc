package org.chengguan.citizens.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTests {

	final Backoff oneMinuteDoublingTenTries = new Backoff(Duration.ofMinutes(1), 2, 10, Duration.ofHours(6));

	@Test
	void waitsOneMinuteThenDoublesAfterEachFailure() {
		assertThat(oneMinuteDoublingTenTries.delayAfter(1)).contains(Duration.ofMinutes(1));
		assertThat(oneMinuteDoublingTenTries.delayAfter(2)).contains(Duration.ofMinutes(2));
		assertThat(oneMinuteDoublingTenTries.delayAfter(3)).contains(Duration.ofMinutes(4));
		assertThat(oneMinuteDoublingTenTries.delayAfter(9)).contains(Duration.ofMinutes(256));
	}

	@Test
	void givesUpWhenTheLastAllowedAttemptFailed() {
		assertThat(oneMinuteDoublingTenTries.delayAfter(10)).isEmpty();
		assertThat(oneMinuteDoublingTenTries.delayAfter(11)).isEmpty();
		assertThat(new Backoff(Duration.ofMinutes(1), 2, 1, Duration.ofHours(1)).delayAfter(1)).isEmpty();
	}

	@Test
	void neverWaitsLongerThanTheMaximumDelay() {
		Backoff capped = new Backoff(Duration.ofMinutes(1), 2, 30, Duration.ofMinutes(10));
		assertThat(capped.delayAfter(5)).contains(Duration.ofMinutes(10));
		assertThat(capped.delayAfter(29)).contains(Duration.ofMinutes(10));
	}

	@Test
	void refusesSettingsThatCannotWork() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, 2, 10, Duration.ofHours(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofMinutes(1), 0.5, 10, Duration.ofHours(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofMinutes(1), 2, 0, Duration.ofHours(1)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofMinutes(10), 2, 3, Duration.ofMinutes(1)));
	}
}
