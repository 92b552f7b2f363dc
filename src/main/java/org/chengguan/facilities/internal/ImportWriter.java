package org.chengguan.facilities.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.chengguan.facilities.PortState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores validated imported facilities, matched by code: new codes are inserted, known ones updated in place (their
 * id and API key stay). A station's ports are replaced by the file's, OFFLINE until its platform reports them.
 */
@Repository
public class ImportWriter {

	private static final String UPSERT = """
			INSERT INTO facilities.facility (code, name, type, lat, lon, pos, address, street_code, community_code, hours,
			    always_open, features, contact, capacity, fee, government_lot, sharing_hours, ports_total, ports_free_ac,
			    ports_free_dc, pitches, goods, search_grams, updated_at)
			VALUES (?, ?, ?, ?, ?, point(?, ?), ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?)
			ON CONFLICT (code) DO UPDATE SET name = excluded.name, type = excluded.type, lat = excluded.lat,
			    lon = excluded.lon, pos = excluded.pos, address = excluded.address, street_code = excluded.street_code,
			    community_code = excluded.community_code, hours = excluded.hours, always_open = excluded.always_open,
			    features = excluded.features, contact = excluded.contact, capacity = excluded.capacity,
			    free_spaces = LEAST(facilities.facility.free_spaces, excluded.capacity), fee = excluded.fee,
			    government_lot = excluded.government_lot, sharing_hours = excluded.sharing_hours,
			    ports_total = excluded.ports_total, ports_free_ac = excluded.ports_free_ac,
			    ports_free_dc = excluded.ports_free_dc, pitches = excluded.pitches, goods = excluded.goods,
			    search_grams = excluded.search_grams, demo = false, updated_at = excluded.updated_at
			""";

	/** Rows per batch of statements, and between two reports of progress. */
	private static final int CHUNK = 500;

	private final JdbcTemplate jdbc;

	ImportWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many of these codes are stored already. */
	public int existing(Set<String> codes) {
		if (codes.isEmpty()) {
			return 0;
		}
		return jdbc.queryForObject("SELECT count(*) FROM facilities.facility WHERE code = ANY (?)", Integer.class,
				(Object) codes.toArray(String[]::new));
	}

	/**
	 * Writes the rows in chunks of {@value #CHUNK}, in the caller's transaction, telling {@code stored} how many are
	 * written after each chunk.
	 */
	public void write(List<NewFacility> rows, Instant now, IntConsumer stored) {
		Timestamp at = Timestamp.from(now);
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<NewFacility> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			upsert(chunk, at);
			replacePorts(chunk, at);
			stored.accept(from + chunk.size());
		}
	}

	private void upsert(List<NewFacility> rows, Timestamp at) {
		jdbc.batchUpdate(UPSERT, rows, CHUNK, (ps, f) -> {
			double[] p = GaussKruger.project(f.lat(), f.lon());
			boolean ev = f.ports() != null && !f.ports().isEmpty();
			Object[] values = { f.code(), f.name(), f.type().name(), f.lat(), f.lon(), p[0], p[1], f.address(),
					f.streetCode(), f.communityCode(), f.hours(), f.alwaysOpen(), BulkLoad.literal(f.features()),
					f.contact(), f.capacity(), f.fee(), f.governmentLot(), f.sharingHours(),
					ev ? f.ports().size() : null, ev ? 0 : null, ev ? 0 : null, f.pitches(),
					f.goods() == null ? null : BulkLoad.literal(f.goods()),
					BulkLoad.literal(List.of(SearchGrams.of(f.name(), f.address()))), at };
			for (int i = 0; i < values.length; i++) {
				ps.setObject(i + 1, values[i]);
			}
		});
	}

	/** A station's ports are the file's: the stored ones are deleted, the file's inserted OFFLINE. */
	private void replacePorts(List<NewFacility> rows, Timestamp at) {
		List<Object[]> ports = new ArrayList<>();
		List<Object[]> stations = new ArrayList<>();
		for (NewFacility f : rows) {
			if (f.ports() != null && !f.ports().isEmpty()) {
				stations.add(new Object[] { f.code() });
				for (int n = 0; n < f.ports().size(); n++) {
					var port = f.ports().get(n);
					ports.add(new Object[] { n + 1, port.kind().name(), port.powerKw(), PortState.OFFLINE.name(), at,
							f.code() });
				}
			}
		}
		jdbc.batchUpdate("DELETE FROM facilities.charging_port WHERE facility_id = "
				+ "(SELECT id FROM facilities.facility WHERE code = ?)", stations);
		jdbc.batchUpdate("INSERT INTO facilities.charging_port (facility_id, port_no, kind, power_kw, state, updated_at) "
				+ "SELECT id, ?, ?, ?, ?, ? FROM facilities.facility WHERE code = ?", ports);
	}
}
