package org.chengguan.disclosure.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each community's own supervision contact (监督方式, {@code disclosure.supervision}), where it has one. */
@Repository
public class Supervisions {

	public record Supervision(String supervisionPhone, String complaintMethod) {
	}

	private final JdbcClient jdbc;

	Supervisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Supervision> of(String communityCode) {
		return jdbc.sql("SELECT supervision_phone, complaint_method FROM disclosure.supervision WHERE community_code = ?")
			.param(communityCode)
			.query((rs, n) -> new Supervision(rs.getString(1), rs.getString(2)))
			.optional();
	}

	public void put(String communityCode, Supervision supervision, Instant now) {
		jdbc.sql("""
				INSERT INTO disclosure.supervision (community_code, supervision_phone, complaint_method, updated_at)
				VALUES (?, ?, ?, ?)
				ON CONFLICT (community_code) DO UPDATE SET supervision_phone = excluded.supervision_phone,
				    complaint_method = excluded.complaint_method, updated_at = excluded.updated_at
				""")
			.params(communityCode, supervision.supervisionPhone(), supervision.complaintMethod(), Timestamp.from(now))
			.update();
	}
}
