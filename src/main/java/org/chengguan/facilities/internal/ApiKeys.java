package org.chengguan.facilities.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A facility's API key (接口密钥) for its gate or charging system: 32 random bytes, shown once when issued and stored
 * only as SHA-256 (a random key needs no salt or slow hash: it cannot be guessed from a dictionary).
 */
public final class ApiKeys {

	private static final SecureRandom random = new SecureRandom();

	private ApiKeys() {
	}

	public static String newKey() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "fk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static byte[] hash(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
