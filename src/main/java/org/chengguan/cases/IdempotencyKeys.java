package org.chengguan.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Idempotency-Key of each report, per user: a retry finds the case its first attempt created. */
@Repository
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Earlier(String fingerprint, long caseId) {
	}

	Optional<Earlier> find(long actorId, String key) {
		return jdbc.sql("SELECT request_hash, case_id FROM cases.idempotency_key WHERE actor_id = ? AND key = ?")
			.params(actorId, key)
			.query((rs, n) -> new Earlier(rs.getString("request_hash"), rs.getLong("case_id")))
			.optional();
	}

	/** Records the key; a concurrent first use of the same key fails here with a duplicate key, rolling back. */
	void remember(long actorId, String key, String fingerprint, long caseId, Instant now) {
		jdbc.sql("INSERT INTO cases.idempotency_key (actor_id, key, request_hash, case_id, created_at) "
				+ "VALUES (?, ?, ?, ?, ?)")
			.params(actorId, key, fingerprint, caseId, Timestamp.from(now))
			.update();
	}
}
