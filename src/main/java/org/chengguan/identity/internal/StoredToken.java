package org.chengguan.identity.internal;

import java.time.Instant;

/** A token's row with the account it signs in. */
public record StoredToken(byte[] hash, Instant issuedAt, Instant expiresAt, Instant revokedAt, UserAccount account) {
}
