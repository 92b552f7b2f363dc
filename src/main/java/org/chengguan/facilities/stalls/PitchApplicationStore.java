package org.chengguan.facilities.stalls;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.OpeningHours;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repository of {@link PitchApplication}: one row per application with optimistic locking on {@code version},
 * its append-only steps, and the stall area read with it from the facility table. The exclusion constraints of the
 * table (V703) refuse a pitch given twice for a common day and a vendor's second open application for one.
 */
@Repository
class PitchApplicationStore {

	/** The exclusion constraint that keeps a pitch from being given twice for a common day. */
	static final String NO_DOUBLE_BOOKING = "pitch_application_no_double_booking";

	/** The exclusion constraint that keeps a vendor to one open application per area and day. */
	static final String ONE_PER_VENDOR = "pitch_application_one_per_vendor";

	private static final String AREA_COLUMNS = "f.id AS f_id, f.name AS f_name, f.type AS f_type, f.street_code, "
			+ "f.community_code, f.hours, COALESCE(f.pitches, 0) AS f_pitches, f.goods AS f_goods";

	private static final String SELECT = "SELECT a.*, " + AREA_COLUMNS + " FROM facilities.pitch_application a "
			+ "JOIN facilities.facility f ON f.id = a.facility_id";

	private final JdbcClient jdbc;

	PitchApplicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The facility as a stall area. {@code share} locks its row against changes (an import lowering its pitches) until
	 * the transaction ends, without blocking other deciders, who take the same shared lock.
	 */
	Optional<StallArea> area(long facilityId, boolean share) {
		return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM facilities.facility f WHERE f.id = ?"
				+ (share ? " FOR SHARE" : "")).param(facilityId).query((rs, n) -> area(rs)).optional();
	}

	/**
	 * Stores a new application and its first step; answers its id.
	 *
	 * @throws ConflictException if the vendor has an open application of the area for a common day
	 */
	long insert(PitchApplication a) {
		lockArea(a.area().id());
		long id = refusingOverlaps(() -> jdbc.sql("""
				INSERT INTO facilities.pitch_application (facility_id, applicant_id, contact_phone, goods, date_from,
				    date_to, preferred_pitch, state, applied_at)
				VALUES (:facility, :applicant, :phone, :goods::text[], :from, :to, :preferred, :state, :at)
				RETURNING id""")
			.param("facility", a.area().id())
			.param("applicant", a.applicantId())
			.param("phone", a.contactPhone())
			.param("goods", literal(a.goods()))
			.param("from", a.from())
			.param("to", a.to())
			.param("preferred", a.preferredPitch())
			.param("state", a.state().name())
			.param("at", Timestamp.from(a.appliedAt()))
			.query(Long.class)
			.single());
		appendSteps(id, a.changes());
		return id;
	}

	/**
	 * Writes a decision over the version that was read, with its steps. False when the row moved on meanwhile (another
	 * decision won): nothing is written.
	 *
	 * @throws ConflictException if the pitch is given to another application for a common day (the transaction must
	 *         then be rolled back)
	 */
	boolean update(PitchApplication a) {
		lockArea(a.area().id());
		int rows = refusingOverlaps(() -> jdbc.sql("""
				UPDATE facilities.pitch_application SET state = :state, pitch = :pitch, reason = :reason,
				    decided_by = :by, decided_at = :at, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("state", a.state().name())
			.param("pitch", a.pitch())
			.param("reason", a.reason())
			.param("by", a.decidedBy())
			.param("at", a.decidedAt() == null ? null : Timestamp.from(a.decidedAt()))
			.param("id", a.id())
			.param("version", a.version())
			.update());
		if (rows == 0) {
			return false;
		}
		appendSteps(a.id(), a.changes());
		return true;
	}

	/**
	 * Makes the transaction the only one writing applications of the area until it ends. Two transactions writing
	 * rows that conflict under an exclusion constraint each wait for the other's row while checking their own, and
	 * PostgreSQL then aborts one as a deadlock (seen in PitchApprovalRaceTests as a 500 instead of the 409); in
	 * turn, the second finds the first's row committed and gets its 409.
	 */
	private void lockArea(long facilityId) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('facilities.pitch_application:' || ?, 0))")
			.param(facilityId)
			.query()
			.singleRow();
	}

	/**
	 * Runs a write, turning the exclusion constraints' refusals into 409s. A concurrent approval of the same pitch
	 * waits for the first to commit and then fails here.
	 */
	private static <T> T refusingOverlaps(Supplier<T> write) {
		try {
			return write.get();
		}
		catch (DataAccessException e) {
			String constraint = violatedExclusion(e);
			if (NO_DOUBLE_BOOKING.equals(constraint)) {
				throw new ConflictException("That pitch is already given for a day of this period; pick another one "
						+ "(GET /api/v1/facilities/{id}/pitches shows which are taken).");
			}
			if (ONE_PER_VENDOR.equals(constraint)) {
				throw new ConflictException("You have an open (pending or approved) application of this area for a day "
						+ "of this period already.");
			}
			throw e;
		}
	}

	private static String violatedExclusion(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState()) && sql.getMessage() != null) {
				return sql.getMessage().contains(NO_DOUBLE_BOOKING) ? NO_DOUBLE_BOOKING
						: sql.getMessage().contains(ONE_PER_VENDOR) ? ONE_PER_VENDOR : null;
			}
		}
		return null;
	}

	private void appendSteps(long id, List<PitchStep> steps) {
		for (PitchStep s : steps) {
			jdbc.sql("""
					INSERT INTO facilities.pitch_application_step (application_id, seq, action, actor_id, actor_role, at,
					    pitch, reason)
					SELECT :id, COALESCE(max(seq), 0) + 1, :action, :actor, :role, :at, :pitch, :reason
					FROM facilities.pitch_application_step WHERE application_id = :id""")
				.param("id", id)
				.param("action", s.action().name())
				.param("actor", s.actorId())
				.param("role", s.role().name())
				.param("at", Timestamp.from(s.at()))
				.param("pitch", s.pitch())
				.param("reason", s.reason())
				.update();
		}
	}

	Optional<PitchApplication> find(long id) {
		return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query((rs, n) -> application(rs)).optional();
	}

	/** An applicant's applications, the newest first. */
	List<PitchApplication> byApplicant(long applicantId, int limit) {
		return jdbc.sql(SELECT + " WHERE a.applicant_id = ? ORDER BY a.id DESC LIMIT ?")
			.params(applicantId, limit)
			.query((rs, n) -> application(rs))
			.list();
	}

	/**
	 * Applications of the areas whose street code starts with the prefix: pending ones the oldest first (the order
	 * they are decided in), the others the latest decided first; all states when {@code state} is null.
	 */
	List<PitchApplication> inStreets(String streetPrefix, PitchApplicationState state, int limit) {
		String order = state == PitchApplicationState.PENDING ? " ORDER BY a.applied_at, a.id"
				: " ORDER BY a.decided_at DESC NULLS LAST, a.id DESC";
		var query = jdbc.sql(SELECT + " WHERE starts_with(f.street_code, :prefix)"
				+ (state == null ? "" : " AND a.state = :state") + order + " LIMIT :limit")
			.param("prefix", streetPrefix)
			.param("limit", limit);
		if (state != null) {
			query = query.param("state", state.name());
		}
		return query.query((rs, n) -> application(rs)).list();
	}

	List<PitchStep> steps(long id) {
		return jdbc.sql("SELECT * FROM facilities.pitch_application_step WHERE application_id = ? ORDER BY seq")
			.param(id)
			.query((rs, n) -> new PitchStep(PitchStep.Action.valueOf(rs.getString("action")), rs.getLong("actor_id"),
					Role.valueOf(rs.getString("actor_role")), rs.getTimestamp("at").toInstant(),
					(Integer) rs.getObject("pitch"), rs.getString("reason")))
			.list();
	}

	/** The pitches of the area given for a day between {@code from} and {@code to}, by pitch and first day. */
	List<TakenPitch> taken(long facilityId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT pitch, date_from, date_to FROM facilities.pitch_application
				WHERE facility_id = :facility AND state = 'APPROVED'
				  AND daterange(date_from, date_to, '[]') && daterange(:from, :to, '[]')
				ORDER BY pitch, date_from""")
			.param("facility", facilityId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new TakenPitch(rs.getInt(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** The approved applications of the area holding a pitch on a day between {@code from} and {@code to}. */
	List<PitchApplication> approvedBetween(long facilityId, LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " WHERE a.facility_id = :facility AND a.state = 'APPROVED'"
				+ " AND daterange(a.date_from, a.date_to, '[]') && daterange(:from, :to, '[]') ORDER BY a.pitch, a.date_from")
			.param("facility", facilityId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> application(rs))
			.list();
	}

	private static PitchApplication application(ResultSet rs) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new PitchApplication(rs.getLong("id"), rs.getInt("version"), area(rs), rs.getLong("applicant_id"),
				rs.getString("contact_phone"), strings(rs.getArray("goods")), rs.getObject("date_from", LocalDate.class),
				rs.getObject("date_to", LocalDate.class), (Integer) rs.getObject("preferred_pitch"),
				PitchApplicationState.valueOf(rs.getString("state")), (Integer) rs.getObject("pitch"),
				rs.getString("reason"), rs.getTimestamp("applied_at").toInstant(), (Long) rs.getObject("decided_by"),
				decidedAt == null ? null : decidedAt.toInstant());
	}

	private static StallArea area(ResultSet rs) throws SQLException {
		return new StallArea(rs.getLong("f_id"), rs.getString("f_name"), FacilityType.valueOf(rs.getString("f_type")),
				rs.getString("street_code"), rs.getString("community_code"), OpeningHours.parse(rs.getString("hours")),
				rs.getInt("f_pitches"), strings(rs.getArray("f_goods")));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/** A PostgreSQL array literal of texts, each quoted. */
	static String literal(List<String> values) {
		StringBuilder out = new StringBuilder("{");
		for (int i = 0; i < values.size(); i++) {
			out.append(i == 0 ? "" : ",").append('"')
				.append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
				.append('"');
		}
		return out.append('}').toString();
	}
}
