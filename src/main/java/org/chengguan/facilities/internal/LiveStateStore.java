package org.chengguan.facilities.internal;

import java.sql.Timestamp;
import java.time.Instant;

import java.util.Optional;

import org.chengguan.facilities.FreePorts;
import org.chengguan.facilities.PortState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The live state's writes, each one statement that checks the key and changes the state together, so a wrong key
 * changes nothing and concurrent updates of one facility queue on its row instead of losing each other.
 */
@Repository
public class LiveStateStore {

	private final JdbcClient jdbc;

	LiveStateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a facility is, for refusing an update that did not apply. */
	public record Target(String type, boolean hasKey, boolean keyMatches) {
	}

	public Optional<Target> target(long id, byte[] keyHash) {
		return jdbc.sql("SELECT type, api_key_hash IS NOT NULL, api_key_hash = ? FROM facilities.facility WHERE id = ?")
			.param(keyHash)
			.param(id)
			.query((rs, n) -> new Target(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)))
			.optional();
	}

	/**
	 * Sets a parking lot's free spaces ({@code freeSpaces}) or changes them by {@code change}, kept within 0 and the
	 * capacity; empty if the facility is not a parking lot with this key.
	 */
	public Optional<Integer> occupancy(long id, byte[] keyHash, Integer freeSpaces, Integer change, Instant now) {
		return jdbc.sql("""
				UPDATE facilities.facility
				SET free_spaces = GREATEST(0, LEAST(capacity, COALESCE(:free, COALESCE(free_spaces, capacity) + :change))),
				    live_updated_at = :now
				WHERE id = :id AND type = 'PARKING' AND api_key_hash = :key
				RETURNING free_spaces
				""")
			.param("free", freeSpaces)
			.param("change", change == null ? 0 : change)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("key", keyHash)
			.query(Integer.class)
			.optional();
	}

	/**
	 * Sets a port's state and keeps the station's free-port counts in the same statement; the port's row is locked
	 * first, so two updates of one port count its change once. Empty if there is no such port with this key.
	 */
	public Optional<FreePorts> portState(long id, int port, byte[] keyHash, PortState state, Instant now) {
		return jdbc.sql("""
				WITH old AS (
				    SELECT p.kind, p.state FROM facilities.charging_port p
				    JOIN facilities.facility f ON f.id = p.facility_id
				    WHERE p.facility_id = :id AND p.port_no = :port AND f.api_key_hash = :key
				    FOR UPDATE OF p
				), changed AS (
				    UPDATE facilities.charging_port p SET state = :state, updated_at = :now
				    FROM old WHERE p.facility_id = :id AND p.port_no = :port
				    RETURNING old.kind, old.state AS was
				)
				UPDATE facilities.facility f
				SET ports_free_ac = ports_free_ac + CASE WHEN c.kind = 'AC' THEN
				        (CASE WHEN :state = 'FREE' THEN 1 ELSE 0 END) - (CASE WHEN c.was = 'FREE' THEN 1 ELSE 0 END) ELSE 0 END,
				    ports_free_dc = ports_free_dc + CASE WHEN c.kind = 'DC' THEN
				        (CASE WHEN :state = 'FREE' THEN 1 ELSE 0 END) - (CASE WHEN c.was = 'FREE' THEN 1 ELSE 0 END) ELSE 0 END,
				    live_updated_at = :now
				FROM changed c WHERE f.id = :id
				RETURNING f.ports_free_ac, f.ports_free_dc
				""")
			.param("id", id)
			.param("port", port)
			.param("key", keyHash)
			.param("state", state.name())
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new FreePorts(rs.getInt(1), rs.getInt(2)))
			.optional();
	}

	public boolean portExists(long id, int port) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM facilities.charging_port WHERE facility_id = ? AND port_no = ?)")
			.param(id)
			.param(port)
			.query(Boolean.class)
			.single();
	}

	public boolean setKey(long id, byte[] keyHash) {
		return jdbc.sql("UPDATE facilities.facility SET api_key_hash = ? WHERE id = ?").param(keyHash).param(id).update() == 1;
	}

	/**
	 * The demo feeder's step: about {@code share} of the parking lots' free spaces and of the ports' states move, as
	 * the gates and chargers would report them (no keys: it runs inside the platform).
	 */
	public int simulate(double share, Instant now) {
		int lots = jdbc.sql("""
				UPDATE facilities.facility SET free_spaces = GREATEST(0, LEAST(capacity,
				        free_spaces + (random() * capacity * 0.2 - capacity * 0.1)::int)), live_updated_at = :now
				WHERE demo AND type = 'PARKING' AND random() < :share
				""").param("now", Timestamp.from(now)).param("share", share).update();
		Timestamp at = Timestamp.from(now);
		int ports = jdbc.sql("""
				UPDATE facilities.charging_port p
				SET state = CASE WHEN random() < 0.93 THEN (CASE WHEN p.state = 'FREE' THEN 'CHARGING' ELSE 'FREE' END)
				                 WHEN random() < 0.5 THEN 'FAULT' ELSE 'OFFLINE' END,
				    updated_at = :now
				FROM facilities.facility f
				WHERE f.id = p.facility_id AND f.demo AND random() < :share
				""").param("now", at).param("share", share).update();
		// a second statement: the first one's changes are not visible to a statement that runs beside it
		jdbc.sql("""
				UPDATE facilities.facility f SET
				    ports_free_ac = (SELECT count(*) FROM facilities.charging_port p
				                     WHERE p.facility_id = f.id AND p.kind = 'AC' AND p.state = 'FREE'),
				    ports_free_dc = (SELECT count(*) FROM facilities.charging_port p
				                     WHERE p.facility_id = f.id AND p.kind = 'DC' AND p.state = 'FREE'),
				    live_updated_at = :now
				WHERE f.id IN (SELECT facility_id FROM facilities.charging_port WHERE updated_at = :now)
				""").param("now", at).update();
		return lots + ports;
	}

}
