package org.chengguan.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officers' profiles ({@code disclosure.officer}). Every update checks the version it was based on. */
@Repository
public class Officers {

	private static final String COLUMNS = "id, community_code, user_id, name, duty, phone, phone_public, position, "
			+ "photo IS NOT NULL AS has_photo, version, updated_at";

	private final JdbcClient jdbc;

	Officers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OfficerProfile> inCommunity(String communityCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure.officer WHERE community_code = ? ORDER BY position, id")
			.param(communityCode)
			.query((rs, n) -> profile(rs))
			.list();
	}

	public Optional<OfficerProfile> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure.officer WHERE id = ?")
			.param(id)
			.query((rs, n) -> profile(rs))
			.optional();
	}

	/** How many profiles each community within the region has (communities with none are absent). */
	public java.util.Map<String, Integer> countsWithin(String regionCode) {
		var counts = new java.util.HashMap<String, Integer>();
		jdbc.sql("SELECT community_code, count(*) FROM disclosure.officer WHERE starts_with(community_code, ?) "
				+ "GROUP BY community_code")
			.param(regionCode)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

	public boolean anyIn(String communityCode) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM disclosure.officer WHERE community_code = ?)")
			.param(communityCode)
			.query(Boolean.class)
			.single();
	}

	public Optional<OfficerProfile> byUser(long userId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure.officer WHERE user_id = ?")
			.param(userId)
			.query((rs, n) -> profile(rs))
			.optional();
	}

	public Optional<byte[]> photo(long id) {
		return jdbc.sql("SELECT photo FROM disclosure.officer WHERE id = ? AND photo IS NOT NULL")
			.param(id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	public long add(String communityCode, OfficerFields fields, byte[] photo, Instant now) {
		return add(communityCode, fields, photo, null, now).orElseThrow();
	}

	/**
	 * Adds the profile unless one was added with the same form key; empty if one was. A null key never matches.
	 */
	public Optional<Long> add(String communityCode, OfficerFields fields, byte[] photo, String formKey, Instant now) {
		return jdbc.sql("""
				INSERT INTO disclosure.officer (community_code, user_id, name, duty, phone, phone_public, position, photo,
				    updated_at, form_key)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (form_key) DO NOTHING RETURNING id
				""")
			.params(communityCode, fields.userId(), fields.name(), fields.duty(), fields.phone(), fields.phonePublic(),
					fields.position(), photo, Timestamp.from(now), formKey)
			.query(Long.class)
			.optional();
	}

	/** The profile added with this form key, if it is still there. */
	public Optional<OfficerProfile> byFormKey(String formKey) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM disclosure.officer WHERE form_key = ?")
			.param(formKey)
			.query((rs, n) -> profile(rs))
			.optional();
	}

	/** Writes the fields if the profile is still at {@code expectedVersion}; false if it is not (or is gone). */
	public boolean update(long id, int expectedVersion, OfficerFields fields, Instant now) {
		return jdbc.sql("""
				UPDATE disclosure.officer SET user_id = ?, name = ?, duty = ?, phone = ?, phone_public = ?, position = ?,
				    version = version + 1, updated_at = ?
				WHERE id = ? AND version = ?
				""")
			.params(fields.userId(), fields.name(), fields.duty(), fields.phone(), fields.phonePublic(),
					fields.position(), Timestamp.from(now), id, expectedVersion)
			.update() == 1;
	}

	public boolean replacePhoto(long id, byte[] photo, Instant now) {
		return jdbc.sql("UPDATE disclosure.officer SET photo = ?, version = version + 1, updated_at = ? WHERE id = ?")
			.params(photo, Timestamp.from(now), id)
			.update() == 1;
	}

	public boolean remove(long id, int expectedVersion) {
		return jdbc.sql("DELETE FROM disclosure.officer WHERE id = ? AND version = ?")
			.params(id, expectedVersion)
			.update() == 1;
	}

	private static OfficerProfile profile(ResultSet rs) throws SQLException {
		long user = rs.getLong("user_id");
		Long userId = rs.wasNull() ? null : user; // wasNull speaks of the last column read: ask it at once
		return new OfficerProfile(rs.getLong("id"), rs.getString("community_code"), userId,
				rs.getString("name"), rs.getString("duty"), rs.getString("phone"), rs.getBoolean("phone_public"),
				rs.getInt("position"), rs.getBoolean("has_photo"), rs.getInt("version"),
				rs.getTimestamp("updated_at").toInstant());
	}
}
