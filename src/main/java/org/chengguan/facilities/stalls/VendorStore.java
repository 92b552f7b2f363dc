package org.chengguan.facilities.stalls;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.chengguan.platform.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repository of {@link VendorRegistration}: one row per citizen, written over the version read. The photo is
 * read on its own (never with a list).
 */
@Repository
class VendorStore {

	private static final String SELECT = "SELECT id, version, user_id, name, phone, id_number, goods, street_code, "
			+ "state, reason, registered_at, decided_by, decided_at, photo IS NOT NULL AS has_photo FROM facilities.vendor";

	private final JdbcClient jdbc;

	VendorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new registration; answers its id.
	 *
	 * @throws ConflictException if the citizen is registered already or the ID card number is another registration's
	 */
	long insert(VendorRegistration v) {
		try {
			return jdbc.sql("""
					INSERT INTO facilities.vendor (user_id, name, phone, id_number, goods, street_code, state,
					    registered_at)
					VALUES (:user, :name, :phone, :idNumber, :goods::text[], :street, :state, :at)
					RETURNING id""")
				.param("user", v.userId())
				.param("name", v.name())
				.param("phone", v.phone())
				.param("idNumber", v.idNumber())
				.param("goods", PitchApplicationStore.literal(v.goods()))
				.param("street", v.streetCode())
				.param("state", v.state().name())
				.param("at", Timestamp.from(v.registeredAt()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw duplicate(e);
		}
	}

	/** Writes a change over the version read; false when the row moved on meanwhile (nothing written). */
	boolean update(VendorRegistration v) {
		try {
			return jdbc.sql("""
					UPDATE facilities.vendor SET name = :name, phone = :phone, id_number = :idNumber,
					    goods = :goods::text[], street_code = :street, state = :state, reason = :reason,
					    registered_at = :at, decided_by = :by, decided_at = :decidedAt, version = version + 1
					WHERE id = :id AND version = :version""")
				.param("name", v.name())
				.param("phone", v.phone())
				.param("idNumber", v.idNumber())
				.param("goods", PitchApplicationStore.literal(v.goods()))
				.param("street", v.streetCode())
				.param("state", v.state().name())
				.param("reason", v.reason())
				.param("at", Timestamp.from(v.registeredAt()))
				.param("by", v.decidedBy())
				.param("decidedAt", v.decidedAt() == null ? null : Timestamp.from(v.decidedAt()))
				.param("id", v.id())
				.param("version", v.version())
				.update() == 1;
		}
		catch (DuplicateKeyException e) {
			throw duplicate(e);
		}
	}

	private static ConflictException duplicate(DuplicateKeyException e) {
		String message = String.valueOf(e.getMostSpecificCause().getMessage());
		if (message.contains("id_number")) {
			return new ConflictException("idNumber: this ID card number is registered to another vendor already");
		}
		return new ConflictException("You are registered as a vendor already (one registration per citizen).");
	}

	Optional<VendorRegistration> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query((rs, n) -> vendor(rs)).optional();
	}

	Optional<VendorRegistration> byUser(long userId) {
		return jdbc.sql(SELECT + " WHERE user_id = ?").param(userId).query((rs, n) -> vendor(rs)).optional();
	}

	/**
	 * The citizen's registration, its row locked {@code FOR SHARE} until the transaction ends: a pitch application
	 * is stored against the state read here.
	 */
	Optional<VendorState> stateLocked(long userId) {
		return jdbc.sql("SELECT state FROM facilities.vendor WHERE user_id = ? FOR SHARE")
			.param(userId)
			.query((rs, n) -> VendorState.valueOf(rs.getString(1)))
			.optional();
	}

	/** Registrations of the streets whose code starts with the prefix, pending ones oldest first. */
	List<VendorRegistration> inStreets(String streetPrefix, VendorState state, int limit) {
		String order = state == VendorState.PENDING ? " ORDER BY registered_at, id"
				: " ORDER BY decided_at DESC NULLS LAST, id DESC";
		var query = jdbc.sql(SELECT + " WHERE starts_with(street_code, :prefix)"
				+ (state == null ? "" : " AND state = :state") + order + " LIMIT :limit")
			.param("prefix", streetPrefix)
			.param("limit", limit);
		if (state != null) {
			query = query.param("state", state.name());
		}
		return query.query((rs, n) -> vendor(rs)).list();
	}

	/** The registrations of these citizens, by user id (for the officers' calendar and decision pages). */
	List<VendorRegistration> byUsers(List<Long> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE user_id = ANY (?)")
			.param(userIds.toArray(Long[]::new))
			.query((rs, n) -> vendor(rs))
			.list();
	}

	void photo(long id, byte[] bytes, String mediaType) {
		jdbc.sql("UPDATE facilities.vendor SET photo = ?, photo_type = ? WHERE id = ?").params(bytes, mediaType, id)
			.update();
	}

	/** The photo's bytes and media type, if it has one. */
	Optional<VendorPhoto> photo(long id) {
		return jdbc.sql("SELECT photo, photo_type FROM facilities.vendor WHERE id = ? AND photo IS NOT NULL")
			.param(id)
			.query((rs, n) -> new VendorPhoto(rs.getBytes(1), rs.getString(2)))
			.optional();
	}

	private static VendorRegistration vendor(ResultSet rs) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new VendorRegistration(rs.getLong("id"), rs.getInt("version"), rs.getLong("user_id"),
				rs.getString("name"), rs.getString("phone"), rs.getString("id_number"), strings(rs.getArray("goods")),
				rs.getString("street_code"), VendorState.valueOf(rs.getString("state")), rs.getString("reason"),
				rs.getTimestamp("registered_at").toInstant(), (Long) rs.getObject("decided_by"),
				decidedAt == null ? null : decidedAt.toInstant(), rs.getBoolean("has_photo"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
