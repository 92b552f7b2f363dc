package org.chengguan.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a bearer token (访问令牌) signs its holder in: from its issue until {@code lifetime} later, unless revoked by
 * signing out or the account was deactivated meanwhile.
 */
public record TokenPolicy(Duration lifetime) {

	public Instant expiresAt(Instant issuedAt) {
		return issuedAt.plus(lifetime);
	}

	/** Why the token no longer signs anyone in, or empty when it does. */
	public Optional<String> rejection(StoredToken token, Instant now) {
		if (token.revokedAt() != null) {
			return Optional.of("The bearer token was revoked (signed out) at " + token.revokedAt() + "; sign in again.");
		}
		if (!now.isBefore(token.expiresAt())) {
			return Optional.of("The bearer token expired at " + token.expiresAt() + "; sign in again.");
		}
		if (!token.account().active()) {
			return Optional.of("The account of this bearer token has been deactivated.");
		}
		return Optional.empty();
	}
}
