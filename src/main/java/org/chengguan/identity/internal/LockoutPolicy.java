package org.chengguan.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Locks an account after {@code maxFailures} consecutive failed passwords for {@code duration} (账号锁定). While
 * locked every sign-in is refused, the right password included; a success resets the count, and so does the lock
 * itself, so that the account starts afresh when the lock runs out.
 */
public record LockoutPolicy(int maxFailures, Duration duration) {

	public static LockoutPolicy of(IdentityProperties.Lockout settings) {
		return new LockoutPolicy(settings.maxFailures(), settings.duration());
	}

	public boolean isLocked(LoginState state, Instant now) {
		return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
	}

	/** The state after one more failed password; it carries a {@code lockedUntil} in the future if this one locked it. */
	public LoginState afterFailure(LoginState state, Instant now) {
		if (isLocked(state, now)) {
			return state;
		}
		int failures = state.failedAttempts() + 1;
		return failures >= maxFailures ? new LoginState(0, now.plus(duration)) : new LoginState(failures, null);
	}

	public LoginState afterSuccess() {
		return LoginState.CLEAR;
	}
}
