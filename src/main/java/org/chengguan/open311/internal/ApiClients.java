package org.chengguan.open311.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.chengguan.platform.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The client applications and their api_keys (接口密钥): issued by an administrator and shown once (32 random bytes;
 * only the SHA-256 is stored — a random key needs no salt or slow hash), revocable, each with a rate limit.
 */
@Repository
public class ApiClients {

	/** The rate window: POSTs are counted per key per minute. */
	static final Duration WINDOW = Duration.ofMinutes(1);

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final DemoData demoData;

	private final Clock clock;

	ApiClients(JdbcClient jdbc, DemoData demoData, Clock clock) {
		this.jdbc = jdbc;
		this.demoData = demoData;
		this.clock = clock;
	}

	/** A newly issued client and its key, which is shown this once. */
	public record Issued(ApiClient client, String apiKey) {
	}

	public Issued issue(String name, int requestsPerMinute, Long createdBy) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new Issued(insert(name, key, requestsPerMinute, false, createdBy), key);
	}

	/** Adds a client with a key chosen by the caller (the demo data's public one). */
	ApiClient insert(String name, String key, int requestsPerMinute, boolean demo, Long createdBy) {
		return jdbc.sql("""
				INSERT INTO open311.client (name, key_sha256, key_prefix, requests_per_minute, demo, created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *""")
			.params(name, sha256(key), key.substring(0, Math.min(9, key.length())), requestsPerMinute, demo,
					Timestamp.from(clock.instant()), createdBy)
			.query((rs, n) -> client(rs))
			.single();
	}

	public List<ApiClient> all() {
		return jdbc.sql("SELECT * FROM open311.client ORDER BY id").query((rs, n) -> client(rs)).list();
	}

	public Optional<ApiClient> byId(long id) {
		return jdbc.sql("SELECT * FROM open311.client WHERE id = ?").param(id).query((rs, n) -> client(rs)).optional();
	}

	/**
	 * Adds the demo data's client with its public key unless a demo client exists (revoked or not: a revoked demo key
	 * stays revoked). Returns whether it added one.
	 */
	public synchronized boolean addDemoClientIfAbsent(String name, String key, int requestsPerMinute) {
		if (jdbc.sql("SELECT count(*) FROM open311.client WHERE demo").query(Long.class).single() > 0) {
			return false;
		}
		insert(name, key, requestsPerMinute, true, null);
		return true;
	}

	/** Revokes the client's key from now on; a key revoked before stays revoked as it was. Empty if no such client. */
	public Optional<ApiClient> revoke(long id) {
		jdbc.sql("UPDATE open311.client SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(clock.instant()), id)
			.update();
		return byId(id);
	}

	/**
	 * Lets a POST in: finds the active client of the key and counts the request in the key's current window, in one
	 * statement that commits on its own (every attempt counts, also one refused later for bad input), so concurrent
	 * requests are counted exactly once each.
	 *
	 * @throws Open311Exception 403 for a missing, unknown or revoked key (or the demo key without the demo data);
	 *         429 when the key has used up its window
	 */
	public ApiClient admit(String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			throw Open311Exception.forbidden("api_key is missing: POST requests need the key issued to your "
					+ "application. No request was created.");
		}
		Instant now = clock.instant();
		record Counted(ApiClient client, Instant windowStart, int count) {
		}
		Optional<Counted> counted = jdbc.sql("""
				UPDATE open311.client SET
				    window_start = CASE WHEN window_start IS NULL OR window_start <= :expired THEN :now ELSE window_start END,
				    window_count = CASE WHEN window_start IS NULL OR window_start <= :expired THEN 1 ELSE window_count + 1 END
				WHERE key_sha256 = :hash AND revoked_at IS NULL AND (NOT demo OR :demoAllowed)
				RETURNING *""")
			.param("expired", Timestamp.from(now.minus(WINDOW)))
			.param("now", Timestamp.from(now))
			.param("hash", sha256(apiKey.strip()))
			.param("demoAllowed", demoData.enabled())
			.query((rs, n) -> new Counted(client(rs), rs.getTimestamp("window_start").toInstant(),
					rs.getInt("window_count")))
			.optional();
		Counted c = counted.orElseThrow(() -> Open311Exception.forbidden(
				"api_key is not valid (unknown or revoked): no request was created."));
		if (c.count() > c.client().requestsPerMinute()) {
			Duration wait = Duration.between(now, c.windowStart().plus(WINDOW));
			long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
			throw Open311Exception.tooManyRequests("This api_key may POST " + c.client().requestsPerMinute()
					+ " requests a minute and has used them: retry in " + seconds + " s. No request was created.",
					Duration.ofSeconds(seconds));
		}
		return c.client();
	}

	static String sha256(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static ApiClient client(ResultSet rs) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new ApiClient(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
				rs.getInt("requests_per_minute"), rs.getBoolean("demo"), rs.getTimestamp("created_at").toInstant(),
				(Long) rs.getObject("created_by"), revoked == null ? null : revoked.toInstant());
	}
}
