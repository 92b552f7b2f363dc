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

	/** A community's own contact as stored, with its version (the first write is version 1). */
	public record StoredSupervision(Supervision supervision, int version) {
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

	public Optional<StoredSupervision> stored(String communityCode) {
		return jdbc.sql("""
				SELECT supervision_phone, complaint_method, version FROM disclosure.supervision WHERE community_code = ?
				""")
			.param(communityCode)
			.query((rs, n) -> new StoredSupervision(new Supervision(rs.getString(1), rs.getString(2)), rs.getInt(3)))
			.optional();
	}

	/** Writes the contact whatever is stored (the API's PUT). */
	public void put(String communityCode, Supervision supervision, Instant now) {
		jdbc.sql("""
				INSERT INTO disclosure.supervision (community_code, supervision_phone, complaint_method, updated_at)
				VALUES (?, ?, ?, ?)
				ON CONFLICT (community_code) DO UPDATE SET supervision_phone = excluded.supervision_phone,
				    complaint_method = excluded.complaint_method, updated_at = excluded.updated_at,
				    version = disclosure.supervision.version + 1
				""")
			.params(communityCode, supervision.supervisionPhone(), supervision.complaintMethod(), Timestamp.from(now))
			.update();
	}

	/**
	 * Writes the contact only if the stored one is still at {@code expectedVersion} (0: none stored yet); false if it
	 * is not.
	 */
	public boolean put(String communityCode, Supervision supervision, int expectedVersion, Instant now) {
		if (expectedVersion == 0) {
			return jdbc.sql("""
					INSERT INTO disclosure.supervision (community_code, supervision_phone, complaint_method, updated_at)
					VALUES (?, ?, ?, ?) ON CONFLICT (community_code) DO NOTHING
					""")
				.params(communityCode, supervision.supervisionPhone(), supervision.complaintMethod(),
						Timestamp.from(now))
				.update() == 1;
		}
		return jdbc.sql("""
				UPDATE disclosure.supervision SET supervision_phone = ?, complaint_method = ?, updated_at = ?,
				    version = version + 1
				WHERE community_code = ? AND version = ?
				""")
			.params(supervision.supervisionPhone(), supervision.complaintMethod(), Timestamp.from(now), communityCode,
					expectedVersion)
			.update() == 1;
	}
}
