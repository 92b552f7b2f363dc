package org.chengguan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

	static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

	final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));

	final Clock clock = Clock.fixed(START, ZoneOffset.UTC);

	@Test
	void fourFailuresDoNotLockTheFifthDoesForFifteenMinutes() {
		LoginState state = failures(LoginState.CLEAR, 4, clock.instant());
		assertThat(state).isEqualTo(new LoginState(4, null));
		assertThat(policy.isLocked(state, clock.instant())).isFalse();

		state = policy.afterFailure(state, clock.instant());
		assertThat(state.lockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(15)));
		assertThat(policy.isLocked(state, clock.instant())).isTrue();
	}

	@Test
	void aLockRunsOutAfterItsDurationAndNotASecondBefore() {
		LoginState locked = failures(LoginState.CLEAR, 5, clock.instant());
		Clock later = Clock.offset(clock, Duration.ofMinutes(15).minusSeconds(1));
		assertThat(policy.isLocked(locked, later.instant())).isTrue();
		Clock expired = Clock.offset(clock, Duration.ofMinutes(15));
		assertThat(policy.isLocked(locked, expired.instant())).isFalse();
	}

	@Test
	void failuresWhileLockedNeitherCountNorExtendTheLock() {
		LoginState locked = failures(LoginState.CLEAR, 5, clock.instant());
		Instant tenMinutesOn = START.plus(Duration.ofMinutes(10));
		assertThat(failures(locked, 3, tenMinutesOn)).isEqualTo(locked);
	}

	@Test
	void afterALockRunsOutTheCountStartsAfresh() {
		LoginState locked = failures(LoginState.CLEAR, 5, clock.instant());
		Instant afterwards = START.plus(Duration.ofMinutes(16));
		LoginState state = policy.afterFailure(locked, afterwards);
		assertThat(state).isEqualTo(new LoginState(1, null));
		assertThat(policy.isLocked(state, afterwards)).isFalse();
	}

	@Test
	void aSuccessClearsTheCount() {
		assertThat(failures(LoginState.CLEAR, 4, clock.instant()).failedAttempts()).isEqualTo(4);
		LoginState state = policy.afterSuccess();
		assertThat(state).isEqualTo(LoginState.CLEAR);
		assertThat(failures(state, 4, clock.instant()).lockedUntil()).isNull();
	}

	@Test
	void theLimitAndDurationAreSettings() {
		var strict = LockoutPolicy.of(new IdentityProperties.Lockout(2, Duration.ofHours(1)));
		LoginState state = strict.afterFailure(strict.afterFailure(LoginState.CLEAR, START), START);
		assertThat(state.lockedUntil()).isEqualTo(START.plus(Duration.ofHours(1)));
	}

	private LoginState failures(LoginState state, int count, Instant at) {
		for (int i = 0; i < count; i++) {
			state = policy.afterFailure(state, at);
		}
		return state;
	}
}
