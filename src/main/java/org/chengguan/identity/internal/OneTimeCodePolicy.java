package org.chengguan.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules of phone sign-in codes (短信验证码): a code is valid for {@code lifetime} and survives {@code maxTries}
 * wrong entries; a phone gets at most one code per {@code resendAfter}.
 */
public record OneTimeCodePolicy(Duration lifetime, int maxTries, Duration resendAfter) {

	public static OneTimeCodePolicy of(IdentityProperties.OneTimeCode settings) {
		return new OneTimeCodePolicy(settings.lifetime(), settings.maxTries(), settings.resendAfter());
	}

	/** Why a code is refused. */
	public enum Rejection {
		NONE_SENT("no code was sent to this phone"),
		USED("the code was already used"),
		EXPIRED("the code expired"),
		TOO_MANY_TRIES("the code was entered wrongly too often"),
		WRONG("the code is wrong");

		private final String reason;

		Rejection(String reason) {
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}
	}

	public Instant expiresAt(Instant sentAt) {
		return sentAt.plus(lifetime);
	}

	/** How long the phone must wait for another code, or empty if it may have one now. */
	public Optional<Duration> waitBeforeResend(Instant lastSentAt, Instant now) {
		Instant allowed = lastSentAt.plus(resendAfter);
		return now.isBefore(allowed) ? Optional.of(Duration.between(now, allowed)) : Optional.empty();
	}

	/** Why {@code presented} does not sign in with the stored code, or empty when it does. */
	public Optional<Rejection> rejection(Optional<StoredCode> stored, String presented, Instant now) {
		if (stored.isEmpty()) {
			return Optional.of(Rejection.NONE_SENT);
		}
		StoredCode code = stored.get();
		if (code.usedAt() != null) {
			return Optional.of(Rejection.USED);
		}
		if (!now.isBefore(code.expiresAt())) {
			return Optional.of(Rejection.EXPIRED);
		}
		if (code.tries() >= maxTries) {
			return Optional.of(Rejection.TOO_MANY_TRIES);
		}
		return code.matches(presented) ? Optional.empty() : Optional.of(Rejection.WRONG);
	}
}
