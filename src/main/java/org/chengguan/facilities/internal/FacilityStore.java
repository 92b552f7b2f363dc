package org.chengguan.facilities.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.chengguan.facilities.BoundingBox;
import org.chengguan.facilities.Facility;
import org.chengguan.facilities.FacilityHit;
import org.chengguan.facilities.FacilityQuery;
import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.PortKind;
import org.chengguan.facilities.PortState;
import org.chengguan.geo.GeoPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facilities' reads. Every geographic condition runs on the GiST index of {@code pos} (Gauss-Krüger metres):
 * nearest first by KNN ({@code ORDER BY pos <-> p}), radius by {@code pos <@ circle}, box by {@code pos <@ box}
 * (the projected box that encloses the WGS-84 one, then the exact test on lat/lon). A single type uses that type's
 * partial index (its name is written into the SQL, so the planner can match the index's predicate).
 */
@Repository
public class FacilityStore {

	static final String COLUMNS = "f.id, f.code, f.name, f.type, f.lat, f.lon, f.address, f.street_code, "
			+ "f.community_code, f.hours, f.features, f.contact, f.capacity, f.free_spaces, f.fee, f.government_lot, "
			+ "f.sharing_hours, f.ports_total, f.ports_free_ac, f.ports_free_dc, f.pitches, f.goods, f.live_updated_at";

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	FacilityStore(DataSource dataSource, PlatformTransactionManager transactions) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		JdbcTemplate fetching = new JdbcTemplate(dataSource);
		fetching.setFetchSize(200);
		this.streaming = new NamedParameterJdbcTemplate(fetching);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The facilities the query's SQL conditions select, in its order, kept by {@code keep} (the conditions SQL cannot
	 * answer, such as opening hours), at most {@code query.limit()} of them and looking at no more than
	 * {@code maxScanned} rows.
	 */
	public List<FacilityHit> search(FacilityQuery query, Predicate<Facility> keep, int maxScanned) {
		var params = new MapSqlParameterSource();
		String where = where(query, params);
		String distance = "NULL::float8";
		String order = " ORDER BY f.id";
		if (query.near() != null) {
			double[] p = GaussKruger.project(query.near().lat(), query.near().lon());
			params.addValue("px", p[0]).addValue("py", p[1]);
			distance = "f.pos <-> point(:px, :py)";
			order = " ORDER BY f.pos <-> point(:px, :py)";
		}
		boolean filtered = keep != null;
		params.addValue("limit", filtered ? maxScanned : query.limit());
		String sql = "SELECT " + COLUMNS + ", " + distance + " AS distance FROM facilities.facility f" + where + order
				+ " LIMIT :limit";
		if (!filtered) {
			return jdbc.query(sql, params, (rs, n) -> hit(rs));
		}
		// stream through a cursor and stop once enough rows pass: the nearest open toilet may be the 3rd or the 300th
		return readOnly.execute(status -> streaming.query(sql, params, rs -> {
			List<FacilityHit> hits = new ArrayList<>();
			while (hits.size() < query.limit() && rs.next()) {
				FacilityHit hit = hit(rs);
				if (keep.test(hit.facility())) {
					hits.add(hit);
				}
			}
			return hits;
		}));
	}

	/** The SQL text of the query's search, for EXPLAIN in tests. */
	public String explain(FacilityQuery query) {
		var params = new MapSqlParameterSource();
		String where = where(query, params);
		String order = " ORDER BY f.id";
		if (query.near() != null) {
			double[] p = GaussKruger.project(query.near().lat(), query.near().lon());
			params.addValue("px", p[0]).addValue("py", p[1]);
			order = " ORDER BY f.pos <-> point(:px, :py)";
		}
		params.addValue("limit", query.limit());
		return String.join("\n", jdbc.query("EXPLAIN SELECT " + COLUMNS + " FROM facilities.facility f" + where
				+ order + " LIMIT :limit", params, (rs, n) -> rs.getString(1)));
	}

	static String where(FacilityQuery query, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		if (query.types().size() == 1) {
			conditions.add("f.type = '" + query.types().iterator().next().name() + "'");
		}
		else if (!query.types().isEmpty()) {
			conditions.add("f.type IN (" + query.types().stream().sorted().map(t -> "'" + t.name() + "'")
				.collect(Collectors.joining(", ")) + ")");
		}
		if (query.radiusMetres() != null) {
			double[] p = GaussKruger.project(query.near().lat(), query.near().lon());
			params.addValue("cx", p[0]).addValue("cy", p[1]).addValue("radius", query.radiusMetres());
			conditions.add("f.pos <@ circle(point(:cx, :cy), :radius)");
		}
		if (query.bbox() != null) {
			double[] box = enclosingBox(query.bbox());
			params.addValue("bx1", box[0]).addValue("by1", box[1]).addValue("bx2", box[2]).addValue("by2", box[3]);
			params.addValue("minLat", query.bbox().minLat()).addValue("maxLat", query.bbox().maxLat());
			params.addValue("minLon", query.bbox().minLon()).addValue("maxLon", query.bbox().maxLon());
			conditions.add("f.pos <@ box(point(:bx1, :by1), point(:bx2, :by2))");
			conditions.add("f.lat BETWEEN :minLat AND :maxLat AND f.lon BETWEEN :minLon AND :maxLon");
		}
		if (query.available()) {
			conditions.add(query.portKind() == PortKind.DC ? "f.ports_free_dc > 0"
					: query.portKind() == PortKind.AC ? "f.ports_free_ac > 0"
							: "(f.free_spaces > 0 OR f.ports_free_ac > 0 OR f.ports_free_dc > 0)");
		}
		if (query.text() != null && !query.text().isBlank()) {
			String text = query.text().strip().toLowerCase(Locale.ROOT);
			String[] grams = SearchGrams.ofQuery(text);
			if (grams.length > 0) {
				params.addValue("grams", grams);
				conditions.add("f.search_grams @> :grams::text[]");
			}
			params.addValue("text", text);
			conditions.add("(strpos(lower(f.name), :text) > 0 OR strpos(lower(f.address), :text) > 0)");
		}
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	/**
	 * The box on the projected plane that holds the WGS-84 box: parallels are curves there, so each edge is sampled
	 * and the result padded by a metre; the exact lat/lon test removes what lies outside.
	 */
	static double[] enclosingBox(BoundingBox bbox) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		int steps = 16;
		for (int i = 0; i <= steps; i++) {
			double lon = bbox.minLon() + (bbox.maxLon() - bbox.minLon()) * i / steps;
			double lat = bbox.minLat() + (bbox.maxLat() - bbox.minLat()) * i / steps;
			for (double[] p : new double[][] { GaussKruger.project(bbox.minLat(), lon),
					GaussKruger.project(bbox.maxLat(), lon), GaussKruger.project(lat, bbox.minLon()),
					GaussKruger.project(lat, bbox.maxLon()) }) {
				minX = Math.min(minX, p[0]);
				minY = Math.min(minY, p[1]);
				maxX = Math.max(maxX, p[0]);
				maxY = Math.max(maxY, p[1]);
			}
		}
		return new double[] { minX - 1, minY - 1, maxX + 1, maxY + 1 };
	}

	public Optional<Facility> find(long id) {
		return jdbc.query("SELECT " + COLUMNS + ", NULL::float8 AS distance FROM facilities.facility f WHERE f.id = :id",
				new MapSqlParameterSource("id", id), (rs, n) -> hit(rs))
			.stream()
			.findFirst()
			.map(hit -> withPorts(hit.facility()));
	}

	private Facility withPorts(Facility f) {
		if (f.charging() == null) {
			return f;
		}
		List<Facility.Port> ports = jdbc.query(
				"SELECT port_no, kind, power_kw, state, updated_at FROM facilities.charging_port "
						+ "WHERE facility_id = :id ORDER BY port_no",
				new MapSqlParameterSource("id", f.id()),
				(rs, n) -> new Facility.Port(rs.getInt(1), PortKind.valueOf(rs.getString(2)), rs.getBigDecimal(3),
						PortState.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()));
		var charging = new Facility.Charging(f.charging().portsTotal(), f.charging().portsFreeAc(),
				f.charging().portsFreeDc(), ports);
		return new Facility(f.id(), f.code(), f.name(), f.type(), f.location(), f.address(), f.streetCode(),
				f.communityCode(), f.hours(), f.features(), f.contact(), f.parking(), charging, f.stalls(),
				f.liveUpdatedAt());
	}

	static FacilityHit hit(ResultSet rs) throws SQLException {
		FacilityType type = FacilityType.valueOf(rs.getString("type"));
		Facility.Parking parking = null;
		if (type == FacilityType.PARKING) {
			parking = new Facility.Parking(rs.getInt("capacity"), (Integer) rs.getObject("free_spaces"),
					rs.getString("fee"), rs.getBoolean("government_lot"), Hours.of(rs.getString("sharing_hours")));
		}
		Facility.Charging charging = null;
		if (type == FacilityType.EV_CHARGING) {
			charging = new Facility.Charging(rs.getInt("ports_total"), rs.getInt("ports_free_ac"),
					rs.getInt("ports_free_dc"), List.of());
		}
		Facility.Stalls stalls = null;
		if (type.hasPitches() || type == FacilityType.FARMERS_MARKET) {
			stalls = new Facility.Stalls((Integer) rs.getObject("pitches"), strings(rs.getArray("goods")));
		}
		Timestamp live = rs.getTimestamp("live_updated_at");
		var facility = new Facility(rs.getLong("id"), rs.getString("code"), rs.getString("name"), type,
				new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("address"),
				rs.getString("street_code"), rs.getString("community_code"), Hours.of(rs.getString("hours")),
				strings(rs.getArray("features")), rs.getString("contact"), parking, charging, stalls,
				live == null ? null : live.toInstant());
		double distance = rs.getDouble("distance");
		return new FacilityHit(facility, rs.wasNull() ? null : distance);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
