package org.chengguan.identity.internal;

import java.time.Instant;

/** A bearer token as handed to the client once; the server keeps only its hash. */
public record IssuedToken(String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedToken[expiresAt=" + expiresAt + "]";
	}
}
