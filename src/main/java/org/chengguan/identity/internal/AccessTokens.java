package org.chengguan.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bearer tokens: 32 random bytes, base64url, handed out once and stored only as their SHA-256, so that the table
 * cannot sign anybody in.
 * <p>
 * Every API request presents one, so a token read from the database is kept in memory for
 * {@value #CACHE_SECONDS} s. Revoking a token (sign-out) or all of a user's tokens (deactivation) forgets them here at
 * once; another instance of the platform may still accept them until its copy is {@value #CACHE_SECONDS} s old.
 */
@Repository
public class AccessTokens {

	private static final SecureRandom random = new SecureRandom();

	static final int CACHE_SECONDS = 5;

	private static final long CACHE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(CACHE_SECONDS);

	private static final int CACHE_MAX = 100_000;

	/** A token as read, and when. */
	private record Cached(StoredToken token, long readAt) {
	}

	private final java.util.concurrent.ConcurrentHashMap<java.nio.ByteBuffer, Cached> recent =
			new java.util.concurrent.ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TokenPolicy policy;

	AccessTokens(JdbcClient jdbc, Clock clock, IdentityProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.policy = new TokenPolicy(properties.tokenLifetime());
	}

	public TokenPolicy policy() {
		return policy;
	}

	/** A new token for the account; the account's long-expired tokens are cleared on the way. */
	public IssuedToken issue(long userId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Instant expiresAt = policy.expiresAt(now);
		jdbc.sql("DELETE FROM identity.access_token WHERE user_id = ? AND expires_at < ?")
			.params(userId, Timestamp.from(now.minus(policy.lifetime())))
			.update();
		jdbc.sql("INSERT INTO identity.access_token (token_hash, user_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(hash(token), userId, Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The stored token with its account, valid or not; empty if this server never issued it. */
	public Optional<StoredToken> find(String token) {
		byte[] hash = hash(token);
		java.nio.ByteBuffer key = java.nio.ByteBuffer.wrap(hash);
		Cached cached = recent.get(key);
		long now = System.nanoTime();
		if (cached != null && now - cached.readAt() < CACHE_NANOS) {
			return Optional.of(cached.token());
		}
		Optional<StoredToken> read = read(hash);
		if (read.isPresent()) {
			if (recent.size() >= CACHE_MAX) {
				recent.clear();
			}
			recent.put(key, new Cached(read.get(), now));
		}
		return read;
	}

	private Optional<StoredToken> read(byte[] hash) {
		return jdbc.sql("SELECT t.token_hash, t.issued_at, t.expires_at, t.revoked_at, "
				+ UserAccounts.COLUMNS.replaceAll("(^|, )", "$1u.")
				+ " FROM identity.access_token t JOIN identity.user_account u ON u.id = t.user_id WHERE t.token_hash = ?")
			.param(hash)
			.query((rs, n) -> new StoredToken(rs.getBytes("token_hash"), rs.getTimestamp("issued_at").toInstant(),
					rs.getTimestamp("expires_at").toInstant(), UserAccounts.instant(rs.getTimestamp("revoked_at")),
					UserAccounts.map(rs, n)))
			.optional();
	}

	/** Revokes the token; returns whether it was valid until now. */
	public boolean revoke(byte[] tokenHash) {
		recent.remove(java.nio.ByteBuffer.wrap(tokenHash));
		return jdbc.sql("UPDATE identity.access_token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")
			.params(Timestamp.from(clock.instant()), tokenHash)
			.update() == 1;
	}

	/** Revokes every token of the account, e.g. when it is deactivated. */
	public int revokeAll(long userId) {
		recent.values().removeIf(c -> c.token().account().id() == userId);
		return jdbc.sql("UPDATE identity.access_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(clock.instant()), userId)
			.update();
	}

	public static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}
}
