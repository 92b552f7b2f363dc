package org.chengguan.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one code currently valid per phone ({@code identity.one_time_code}); a new code replaces the old one. */
@Repository
public class OneTimeCodes {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	OneTimeCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Six random digits. */
	public static String newCode() {
		return String.format("%06d", random.nextInt(1_000_000));
	}

	/**
	 * Stores {@code code} as the phone's current code unless the phone's last code was sent after
	 * {@code notSentSince}; in one statement, so two racing requests cannot both send.
	 *
	 * @return whether the code was stored
	 */
	public boolean replaceUnlessSentSince(String phone, String code, Instant sentAt, Instant expiresAt,
			Instant notSentSince) {
		byte[] salt = new byte[16];
		random.nextBytes(salt);
		return jdbc.sql("INSERT INTO identity.one_time_code AS c (phone, code_hash, salt, sent_at, expires_at, tries) "
				+ "VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (phone) DO UPDATE SET code_hash = EXCLUDED.code_hash, "
				+ "salt = EXCLUDED.salt, sent_at = EXCLUDED.sent_at, expires_at = EXCLUDED.expires_at, tries = 0, "
				+ "used_at = NULL WHERE c.sent_at <= ?")
			.params(phone, StoredCode.hash(salt, code), salt, Timestamp.from(sentAt), Timestamp.from(expiresAt),
					Timestamp.from(notSentSince))
			.update() == 1;
	}

	public Optional<StoredCode> find(String phone) {
		return query(phone, "");
	}

	/** The phone's code, locking its row until the surrounding transaction ends. */
	public Optional<StoredCode> lock(String phone) {
		return query(phone, " FOR UPDATE");
	}

	public void countTry(String phone) {
		jdbc.sql("UPDATE identity.one_time_code SET tries = tries + 1 WHERE phone = ?").param(phone).update();
	}

	public void markUsed(String phone, Instant at) {
		jdbc.sql("UPDATE identity.one_time_code SET used_at = ? WHERE phone = ?").params(Timestamp.from(at), phone)
			.update();
	}

	private Optional<StoredCode> query(String phone, String lock) {
		return jdbc.sql("SELECT phone, code_hash, salt, sent_at, expires_at, tries, used_at FROM identity.one_time_code "
				+ "WHERE phone = ?" + lock)
			.param(phone)
			.query((rs, n) -> new StoredCode(rs.getString("phone"), rs.getBytes("code_hash"), rs.getBytes("salt"),
					rs.getTimestamp("sent_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					rs.getInt("tries"), UserAccounts.instant(rs.getTimestamp("used_at"))))
			.optional();
	}
}
