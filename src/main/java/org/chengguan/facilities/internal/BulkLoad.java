package org.chengguan.facilities.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.chengguan.facilities.PortKind;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many new facilities fast: one {@code INSERT … SELECT FROM unnest(column arrays)} per chunk of 10,000, so
 * the database parses and plans once per chunk and the driver sends each column as one array (no driver-specific
 * COPY API needed: the PostgreSQL driver stays a runtime dependency). Facilities must be new (codes unique); ports
 * are joined to their facilities by code. Runs in the caller's transaction, if any.
 */
@Component
public class BulkLoad {

	private static final int CHUNK = 10_000;

	private static final String FACILITIES = """
			INSERT INTO facilities.facility (code, name, type, lat, lon, pos, address, street_code, community_code,
			    hours, always_open, features, contact, capacity, free_spaces, fee, government_lot, sharing_hours,
			    ports_total, ports_free_ac, ports_free_dc, pitches, goods, live_updated_at, api_key_hash, search_grams, demo)
			SELECT code, name, type, lat, lon, point(x, y), address, street_code, community_code, hours, always_open,
			    features::text[], contact, capacity, free_spaces, fee, government_lot, sharing_hours, ports_total,
			    ports_free_ac, ports_free_dc, pitches, goods::text[], CASE WHEN live THEN ?::timestamptz END, decode(key_hex, 'hex'),
			    grams::text[], ?::boolean
			FROM unnest(?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::text[],
			    ?::text[], ?::text[], ?::text[], ?::bool[], ?::text[], ?::text[], ?::int[], ?::int[], ?::text[], ?::bool[],
			    ?::text[], ?::int[], ?::int[], ?::int[], ?::int[], ?::text[], ?::bool[], ?::text[], ?::text[])
			    AS t(code, name, type, lat, lon, x, y, address, street_code, community_code, hours, always_open, features,
			    contact, capacity, free_spaces, fee, government_lot, sharing_hours, ports_total, ports_free_ac,
			    ports_free_dc, pitches, goods, live, key_hex, grams)
			""";

	private static final String PORTS = """
			INSERT INTO facilities.charging_port (facility_id, port_no, kind, power_kw, state, updated_at)
			SELECT f.id, t.port_no, t.kind, t.power_kw, t.state, ?::timestamptz
			FROM unnest(?::text[], ?::int[], ?::text[], ?::numeric[], ?::text[]) AS t(code, port_no, kind, power_kw, state)
			JOIN facilities.facility f ON f.code = t.code
			""";

	private final DataSource dataSource;

	BulkLoad(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Stores the facilities; returns the number of ports stored. */
	public long load(List<NewFacility> facilities, boolean demo, Instant now) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			long ports = 0;
			for (int from = 0; from < facilities.size(); from += CHUNK) {
				List<NewFacility> chunk = facilities.subList(from, Math.min(facilities.size(), from + CHUNK));
				insertFacilities(connection, chunk, demo, now);
				ports += insertPorts(connection, chunk, now);
			}
			return ports;
		}
		catch (SQLException e) {
			throw new IllegalStateException("bulk load of facilities failed: " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void insertFacilities(Connection c, List<NewFacility> chunk, boolean demo, Instant now)
			throws SQLException {
		List<double[]> xy = chunk.stream().map(f -> GaussKruger.project(f.lat(), f.lon())).toList();
		try (PreparedStatement st = c.prepareStatement(FACILITIES)) {
			int i = 1;
			st.setTimestamp(i++, Timestamp.from(now));
			st.setBoolean(i++, demo);
			st.setArray(i++, texts(c, chunk, NewFacility::code));
			st.setArray(i++, texts(c, chunk, NewFacility::name));
			st.setArray(i++, texts(c, chunk, f -> f.type().name()));
			st.setArray(i++, c.createArrayOf("float8", chunk.stream().map(NewFacility::lat).toArray()));
			st.setArray(i++, c.createArrayOf("float8", chunk.stream().map(NewFacility::lon).toArray()));
			st.setArray(i++, c.createArrayOf("float8", xy.stream().map(p -> p[0]).toArray()));
			st.setArray(i++, c.createArrayOf("float8", xy.stream().map(p -> p[1]).toArray()));
			st.setArray(i++, texts(c, chunk, NewFacility::address));
			st.setArray(i++, texts(c, chunk, NewFacility::streetCode));
			st.setArray(i++, texts(c, chunk, NewFacility::communityCode));
			st.setArray(i++, texts(c, chunk, NewFacility::hours));
			st.setArray(i++, c.createArrayOf("bool", chunk.stream().map(NewFacility::alwaysOpen).toArray()));
			st.setArray(i++, texts(c, chunk, f -> literal(f.features())));
			st.setArray(i++, texts(c, chunk, NewFacility::contact));
			st.setArray(i++, c.createArrayOf("int4", chunk.stream().map(NewFacility::capacity).toArray()));
			st.setArray(i++, c.createArrayOf("int4", chunk.stream().map(NewFacility::freeSpaces).toArray()));
			st.setArray(i++, texts(c, chunk, NewFacility::fee));
			st.setArray(i++, c.createArrayOf("bool", chunk.stream().map(NewFacility::governmentLot).toArray()));
			st.setArray(i++, texts(c, chunk, NewFacility::sharingHours));
			st.setArray(i++, c.createArrayOf("int4", chunk.stream().map(f -> hasPorts(f) ? f.ports().size() : null).toArray()));
			st.setArray(i++, c.createArrayOf("int4", chunk.stream().map(f -> hasPorts(f) ? f.freePorts(PortKind.AC) : null).toArray()));
			st.setArray(i++, c.createArrayOf("int4", chunk.stream().map(f -> hasPorts(f) ? f.freePorts(PortKind.DC) : null).toArray()));
			st.setArray(i++, c.createArrayOf("int4", chunk.stream().map(NewFacility::pitches).toArray()));
			st.setArray(i++, texts(c, chunk, f -> f.goods() == null ? null : literal(f.goods())));
			st.setArray(i++, c.createArrayOf("bool", chunk.stream().map(f -> hasPorts(f) || f.freeSpaces() != null).toArray()));
			st.setArray(i++, texts(c, chunk, f -> f.apiKeyHash() == null ? null : HexFormat.of().formatHex(f.apiKeyHash())));
			st.setArray(i++, texts(c, chunk, f -> literal(List.of(SearchGrams.of(f.name(), f.address())))));
			st.executeUpdate();
		}
	}

	private static long insertPorts(Connection c, List<NewFacility> chunk, Instant now) throws SQLException {
		List<Object> codes = new ArrayList<>(), numbers = new ArrayList<>(), kinds = new ArrayList<>(),
				powers = new ArrayList<>(), states = new ArrayList<>();
		for (NewFacility f : chunk) {
			if (!hasPorts(f)) {
				continue;
			}
			for (int n = 0; n < f.ports().size(); n++) {
				var p = f.ports().get(n);
				codes.add(f.code());
				numbers.add(n + 1);
				kinds.add(p.kind().name());
				powers.add(p.powerKw());
				states.add(p.state().name());
			}
		}
		if (codes.isEmpty()) {
			return 0;
		}
		try (PreparedStatement st = c.prepareStatement(PORTS)) {
			st.setTimestamp(1, Timestamp.from(now));
			st.setArray(2, c.createArrayOf("text", codes.toArray()));
			st.setArray(3, c.createArrayOf("int4", numbers.toArray()));
			st.setArray(4, c.createArrayOf("text", kinds.toArray()));
			st.setArray(5, c.createArrayOf("numeric", powers.toArray()));
			st.setArray(6, c.createArrayOf("text", states.toArray()));
			st.executeUpdate();
		}
		return codes.size();
	}

	private static boolean hasPorts(NewFacility f) {
		return f.ports() != null && !f.ports().isEmpty();
	}

	private static java.sql.Array texts(Connection c, List<NewFacility> chunk, Function<NewFacility, String> column)
			throws SQLException {
		return c.createArrayOf("text", chunk.stream().map(column).toArray());
	}

	/** A PostgreSQL array literal of strings, each quoted. */
	static String literal(List<String> items) {
		StringBuilder out = new StringBuilder("{");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append('"').append(items.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return out.append('}').toString();
	}
}
