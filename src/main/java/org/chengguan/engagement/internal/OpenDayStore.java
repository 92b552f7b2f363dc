package org.chengguan.engagement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chengguan.engagement.NewOpenDay;
import org.chengguan.engagement.OpenDay;
import org.chengguan.engagement.Registration;
import org.chengguan.engagement.RegistrationState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open days and their registrations, in the {@code engagement} schema. Seats are taken and given back by conditional
 * updates of the event's row: PostgreSQL locks the row for the update and re-checks the condition on the newest
 * version after waiting, so of many registrations at once exactly as many pass as fit.
 */
@Repository
public class OpenDayStore {

	private final JdbcClient jdbc;

	OpenDayStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(NewOpenDay d, double lat, double lon, String region, Instant opens, Instant closes, long by,
			Instant at) {
		return jdbc.sql("""
				INSERT INTO engagement.open_day (title, description, starts_at, ends_at, place, lat, lon, region_code,
				    capacity, registration_opens_at, registration_closes_at, created_by, created_at)
				VALUES (:title, :description, :starts, :ends, :place, :lat, :lon, :region, :capacity, :opens, :closes,
				    :by, :at)
				RETURNING id""")
			.param("title", d.title().strip())
			.param("description", d.description() == null ? "" : d.description().strip())
			.param("starts", Timestamp.from(d.startsAt()))
			.param("ends", Timestamp.from(d.endsAt()))
			.param("place", d.place().strip())
			.param("lat", lat)
			.param("lon", lon)
			.param("region", region)
			.param("capacity", d.capacity())
			.param("opens", Timestamp.from(opens))
			.param("closes", Timestamp.from(closes))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public Optional<OpenDay> find(long id) {
		return jdbc.sql("SELECT * FROM engagement.open_day WHERE id = ?").param(id).query(OpenDayStore::openDay).optional();
	}

	/** Events not yet ended, soonest first: the public list. */
	public List<OpenDay> upcoming(Instant now, int limit) {
		return jdbc.sql("SELECT * FROM engagement.open_day WHERE ends_at > ? ORDER BY starts_at, id LIMIT ?")
			.param(Timestamp.from(now))
			.param(limit)
			.query(OpenDayStore::openDay)
			.list();
	}

	/** Events in a region (code prefix), latest start first: the staff list. */
	public List<OpenDay> inRegion(String prefix, int limit) {
		return jdbc.sql("SELECT * FROM engagement.open_day WHERE starts_with(region_code, ?) ORDER BY starts_at DESC, id DESC LIMIT ?")
			.param(prefix == null ? "" : prefix)
			.param(limit)
			.query(OpenDayStore::openDay)
			.list();
	}

	/**
	 * Takes {@code seats} of the event if its registration window is open at {@code now} and they fit; answers whether
	 * it did. The row stays locked until the transaction ends.
	 */
	public boolean takeSeats(long id, int seats, Instant now) {
		return jdbc.sql("""
				UPDATE engagement.open_day SET seats_taken = seats_taken + :seats
				WHERE id = :id AND seats_taken + :seats <= capacity
				  AND registration_opens_at <= :now AND registration_closes_at > :now""")
			.param("seats", seats)
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public void giveBackSeats(long id, int seats) {
		jdbc.sql("UPDATE engagement.open_day SET seats_taken = seats_taken - :seats WHERE id = :id")
			.param("seats", seats)
			.param("id", id)
			.update();
	}

	public long insertRegistration(long openDayId, String code, String name, String phone, String organisation,
			int partySize, Instant at, String remoteAddress) {
		return jdbc.sql("""
				INSERT INTO engagement.registration (open_day_id, code, name, phone, organisation, party_size, state,
				    registered_at, remote_address)
				VALUES (:day, :code, :name, :phone, :organisation, :party, 'REGISTERED', :at, :remote)
				RETURNING id""")
			.param("day", openDayId)
			.param("code", code)
			.param("name", name)
			.param("phone", phone)
			.param("organisation", organisation)
			.param("party", partySize)
			.param("at", Timestamp.from(at))
			.param("remote", remoteAddress)
			.query(Long.class)
			.single();
	}

	public Optional<Registration> registration(String code) {
		return jdbc.sql("SELECT * FROM engagement.registration WHERE code = ?")
			.param(code)
			.query(OpenDayStore::registration)
			.optional();
	}

	public Optional<Registration> registration(long openDayId, long id) {
		return jdbc.sql("SELECT * FROM engagement.registration WHERE open_day_id = ? AND id = ?")
			.param(openDayId)
			.param(id)
			.query(OpenDayStore::registration)
			.optional();
	}

	public List<Registration> registrations(long openDayId) {
		return jdbc.sql("SELECT * FROM engagement.registration WHERE open_day_id = ? ORDER BY id")
			.param(openDayId)
			.query(OpenDayStore::registration)
			.list();
	}

	/** Cancels a live registration of an event not yet started; answers its party size, or empty if it did not. */
	public Optional<Integer> cancel(String code, Instant now) {
		return jdbc.sql("""
				UPDATE engagement.registration r SET state = 'CANCELLED', cancelled_at = :now
				FROM engagement.open_day d
				WHERE r.code = :code AND r.state = 'REGISTERED' AND d.id = r.open_day_id AND d.starts_at > :now
				RETURNING r.party_size""")
			.param("code", code)
			.param("now", Timestamp.from(now))
			.query(Integer.class)
			.optional();
	}

	/** Records the feedback of a live registration of an ended event, once; answers whether it did. */
	public boolean feedback(String code, int rating, String comment, Instant now) {
		return jdbc.sql("""
				UPDATE engagement.registration r SET rating = :rating, comment = :comment, feedback_at = :now
				FROM engagement.open_day d
				WHERE r.code = :code AND r.state = 'REGISTERED' AND r.feedback_at IS NULL AND d.id = r.open_day_id
				  AND d.ends_at <= :now""")
			.param("rating", rating)
			.param("comment", comment)
			.param("now", Timestamp.from(now))
			.param("code", code)
			.update() == 1;
	}

	public boolean markAttendance(long openDayId, long id, boolean attended, long by, Instant now) {
		return jdbc.sql("""
				UPDATE engagement.registration SET attended = :attended, attendance_by = :by, attendance_at = :now
				WHERE open_day_id = :day AND id = :id AND state = 'REGISTERED'""")
			.param("attended", attended)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("day", openDayId)
			.param("id", id)
			.update() == 1;
	}

	private static OpenDay openDay(ResultSet rs, int n) throws SQLException {
		return new OpenDay(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("place"),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("region_code"), rs.getInt("capacity"),
				rs.getInt("seats_taken"), rs.getTimestamp("registration_opens_at").toInstant(),
				rs.getTimestamp("registration_closes_at").toInstant(), rs.getLong("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}

	private static Registration registration(ResultSet rs, int n) throws SQLException {
		return new Registration(rs.getLong("id"), rs.getLong("open_day_id"), rs.getString("code"), rs.getString("name"),
				rs.getString("phone"), rs.getString("organisation"), rs.getInt("party_size"),
				RegistrationState.valueOf(rs.getString("state")), instant(rs, "registered_at"),
				instant(rs, "cancelled_at"), rs.getObject("attended", Boolean.class),
				rs.getObject("rating", Integer.class), rs.getString("comment"), instant(rs, "feedback_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
