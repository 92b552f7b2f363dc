package org.chengguan.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.platform.database.CommitBatch;
import org.chengguan.platform.database.CommitStatement;
import org.chengguan.platform.database.SqlArray;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Idempotency-Key of each report, per user: a retry finds the case its first attempt created. */
@Repository
class IdempotencyKeys {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	/** Keys written with the transaction's other rows just before it commits (the intake's batches). */
	private final CommitBatch<Stamped> beforeCommit;

	IdempotencyKeys(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
		this.beforeCommit = CommitBatch.pipelined(template, IdempotencyKeys::insertAll);
	}

	/** The statement that records these keys (one statement: a JDBC batch would be one execution per key). */
	private static CommitStatement insertAll(List<Stamped> rows) {
		return CommitStatement.of(INSERT_ALL,
				SqlArray.of("timestamptz", rows.stream().map(r -> Timestamp.from(r.at())).toArray()),
				SqlArray.of("bigint", rows.stream().map(r -> r.key().actorId()).toArray()),
				SqlArray.of("text", rows.stream().map(r -> r.key().key()).toArray()),
				SqlArray.of("text", rows.stream().map(r -> r.key().fingerprint()).toArray()),
				SqlArray.of("bigint", rows.stream().map(r -> r.key().caseId()).toArray()));
	}

	private static final String INSERT_ALL = """
			INSERT INTO cases.idempotency_key (actor_id, key, request_hash, case_id, created_at)
			SELECT k.actor_id, k.key, k.request_hash, k.case_id, k.at
			FROM unnest(?::timestamptz[], ?::bigint[], ?::text[], ?::text[], ?::bigint[])
			  AS k(at, actor_id, key, request_hash, case_id)""";

	/** A key to write before the commit, and when. */
	private record Stamped(Remembered key, Instant at) {
	}

	/** A user's key. */
	record Key(long actorId, String key) {
	}

	/** What a key answered first: the request's fingerprint and the case it created. */
	record Earlier(String fingerprint, long caseId) {
	}

	/** A key to remember with the case its request created. */
	record Remembered(long actorId, String key, String fingerprint, long caseId) {
	}

	Optional<Earlier> find(long actorId, String key) {
		return jdbc.sql("SELECT request_hash, case_id FROM cases.idempotency_key WHERE actor_id = ? AND key = ?")
			.params(actorId, key)
			.query((rs, n) -> new Earlier(rs.getString("request_hash"), rs.getLong("case_id")))
			.optional();
	}

	/** The keys among these that were used before, in one query. */
	Map<Key, Earlier> findAll(List<Key> keys) {
		Map<Key, Earlier> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		template.query(connection -> {
			var select = connection.prepareStatement("""
					SELECT k.actor_id, k.key, k.request_hash, k.case_id FROM cases.idempotency_key k
					JOIN unnest(?::bigint[], ?::text[]) AS wanted(actor_id, key)
					  ON k.actor_id = wanted.actor_id AND k.key = wanted.key""");
			select.setArray(1, connection.createArrayOf("bigint", keys.stream().map(Key::actorId).toArray()));
			select.setArray(2, connection.createArrayOf("text", keys.stream().map(Key::key).toArray()));
			return select;
		}, rs -> {
			found.put(new Key(rs.getLong("actor_id"), rs.getString("key")),
					new Earlier(rs.getString("request_hash"), rs.getLong("case_id")));
		});
		return found;
	}

	/**
	 * Records the keys in one batch; a concurrent first use of one of them fails here with a duplicate key, rolling
	 * back.
	 */
	void rememberAll(List<Remembered> keys, Instant now) {
		if (keys.isEmpty()) {
			return;
		}
		CommitStatement insert = insertAll(keys.stream().map(key -> new Stamped(key, now)).toList());
		template.update(insert.sql(), insert.args().toArray());
	}

	/**
	 * Records the keys with the transaction's other rows, in one statement sent with them just before it commits; a
	 * concurrent first use of one of them then fails the commit with a duplicate key, rolling back.
	 */
	void rememberBeforeCommit(List<Remembered> keys, Instant now) {
		keys.forEach(key -> beforeCommit.add(new Stamped(key, now)));
	}
}
