package org.chengguan.open311.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the module keeps of each request it took in, beside the case: the token, the client, the media link. */
@Repository
class RequestRecords {

	record Record(long caseId, String token, long clientId, String mediaUrl, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	RequestRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Record r) {
		jdbc.sql("INSERT INTO open311.request (case_id, token, client_id, media_url, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(r.caseId(), r.token(), r.clientId(), r.mediaUrl(), Timestamp.from(r.createdAt()))
			.update();
	}

	Optional<Record> byCase(long caseId) {
		return jdbc.sql("SELECT * FROM open311.request WHERE case_id = ?").param(caseId).query((rs, n) -> map(rs))
			.optional();
	}

	Optional<Record> byToken(String token) {
		return jdbc.sql("SELECT * FROM open311.request WHERE token = ?").param(token).query((rs, n) -> map(rs))
			.optional();
	}

	Map<Long, Record> byCases(Collection<Long> caseIds) {
		Map<Long, Record> found = new LinkedHashMap<>();
		if (!caseIds.isEmpty()) {
			jdbc.sql("SELECT * FROM open311.request WHERE case_id IN (:ids)")
				.param("ids", List.copyOf(caseIds))
				.query((rs, n) -> map(rs))
				.list()
				.forEach(r -> found.put(r.caseId(), r));
		}
		return found;
	}

	private static Record map(ResultSet rs) throws SQLException {
		return new Record(rs.getLong("case_id"), rs.getString("token"), rs.getLong("client_id"),
				rs.getString("media_url"), rs.getTimestamp("created_at").toInstant());
	}
}
