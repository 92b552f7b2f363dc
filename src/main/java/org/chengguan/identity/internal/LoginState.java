package org.chengguan.identity.internal;

import java.time.Instant;

/**
 * An account's record of failed password sign-ins: the consecutive failures so far and, once they reached the limit,
 * until when the account is locked.
 */
public record LoginState(int failedAttempts, Instant lockedUntil) {

	public static final LoginState CLEAR = new LoginState(0, null);

	public LoginState {
		if (failedAttempts < 0) {
			throw new IllegalArgumentException("failedAttempts must not be negative, was " + failedAttempts);
		}
	}
}
