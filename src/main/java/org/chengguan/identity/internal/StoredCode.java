package org.chengguan.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** The one-time code currently valid for a phone, as stored: salted hash, times and tries so far. */
public record StoredCode(String phone, byte[] codeHash, byte[] salt, Instant sentAt, Instant expiresAt, int tries,
		Instant usedAt) {

	/** Whether {@code presented} is this code; compares in constant time. */
	public boolean matches(String presented) {
		return presented != null && MessageDigest.isEqual(codeHash, hash(salt, presented.strip()));
	}

	static byte[] hash(byte[] salt, String code) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			return digest.digest(code.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
