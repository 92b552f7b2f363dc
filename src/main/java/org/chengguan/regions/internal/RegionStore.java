package org.chengguan.regions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionLevel;
import org.chengguan.regions.ServicePoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The region and service_point tables. Geometry is kept as GeoJSON text, exactly as served. */
@Repository
public class RegionStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	RegionStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** A region with its geometry, for writing. */
	public record StoredRegion(Region region, Geometry geometry, Coordinate labelPoint, boolean generated) {
	}

	/** A region's row with its GeoJSON, for reading. */
	public record RegionRow(Region region, String geometry, double areaM2, GeoPoint labelPoint, boolean generated) {
	}

	public boolean exists(String code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM regions.region WHERE code = ?)").param(code).query(Boolean.class).single();
	}

	/** Inserts or replaces regions in batches, parents before children (the caller orders them). */
	public void upsert(List<StoredRegion> regions) {
		List<Object[]> rows = new ArrayList<>(regions.size());
		for (StoredRegion stored : regions) {
			Region r = stored.region();
			Envelope env = stored.geometry().getEnvelopeInternal();
			rows.add(new Object[] { r.code(), r.level().name(), r.name(), r.parentCode(),
					Geometries.write(stored.geometry()),
					"((" + env.getMinX() + "," + env.getMinY() + "),(" + env.getMaxX() + "," + env.getMaxY() + "))",
					Geometries.areaM2(stored.geometry()),
					"(" + stored.labelPoint().x + "," + stored.labelPoint().y + ")", stored.generated() });
		}
		batch.batchUpdate("""
				INSERT INTO regions.region (code, level, name, parent_code, geometry, bbox, area_m2, label_point, generated)
				VALUES (?, ?, ?, ?, ?::jsonb, ?::box, ?, ?::point, ?)
				ON CONFLICT (code) DO UPDATE SET level = excluded.level, name = excluded.name,
				    parent_code = excluded.parent_code, geometry = excluded.geometry, bbox = excluded.bbox,
				    area_m2 = excluded.area_m2, label_point = excluded.label_point, generated = excluded.generated
				""", rows);
	}

	public void insertServicePoints(List<ServicePoint> points, boolean generated) {
		for (ServicePoint p : points) {
			jdbc.sql("""
					INSERT INTO regions.service_point (code, kind, name, address, phone, location, serves_code, generated)
					VALUES (?, ?, ?, ?, ?, ?::point, ?, ?)
					""")
				.params(p.code(), p.kind().name(), p.name(), p.address(), p.phone(),
						"(" + p.location().lon() + "," + p.location().lat() + ")", p.servesCode(), generated)
				.update();
		}
	}

	/** Every region with its geometry, for building the locating index. */
	public List<RegionRow> all() {
		return jdbc.sql("SELECT code, level, name, parent_code, geometry::text AS geometry, area_m2, "
				+ "label_point[0] AS label_lon, label_point[1] AS label_lat, generated FROM regions.region ORDER BY length(code), code").query((rs, n) -> row(rs)).list();
	}

	public Optional<RegionRow> find(String code) {
		return jdbc.sql("SELECT code, level, name, parent_code, geometry::text AS geometry, area_m2, "
				+ "label_point[0] AS label_lon, label_point[1] AS label_lat, generated FROM regions.region WHERE code = ?").param(code).query((rs, n) -> row(rs)).optional();
	}

	public List<Region> children(String code) {
		return jdbc.sql("SELECT code, level, name, parent_code FROM regions.region WHERE parent_code = ? ORDER BY code")
			.param(code)
			.query((rs, n) -> new Region(rs.getString("code"), RegionLevel.valueOf(rs.getString("level")),
					rs.getString("name"), rs.getString("parent_code")))
			.list();
	}

	/** The GeoJSON of each child of a region, by code. */
	public java.util.Map<String, String> childGeometries(String parentCode) {
		java.util.Map<String, String> geometries = new java.util.HashMap<>();
		jdbc.sql("SELECT code, geometry::text AS geometry FROM regions.region WHERE parent_code = ?")
			.param(parentCode)
			.query(rs -> {
				geometries.put(rs.getString("code"), rs.getString("geometry"));
			});
		return geometries;
	}

	public List<Region> roots() {
		return jdbc.sql("SELECT code, level, name, parent_code FROM regions.region WHERE parent_code IS NULL ORDER BY code")
			.query((rs, n) -> new Region(rs.getString("code"), RegionLevel.valueOf(rs.getString("level")),
					rs.getString("name"), rs.getString("parent_code")))
			.list();
	}

	/** The service points that serve this region or any region inside it. */
	public List<ServicePoint> servicePointsWithin(String code) {
		return jdbc.sql("SELECT code, kind, name, address, phone, location[0] AS lon, location[1] AS lat, serves_code "
				+ "FROM regions.service_point WHERE serves_code LIKE ? ORDER BY kind, code")
			.param(code + "%")
			.query((rs, n) -> new ServicePoint(rs.getString("code"), ServicePoint.Kind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("address"), rs.getString("phone"),
					new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")), rs.getString("serves_code")))
			.list();
	}

	/** All unit grids inside a region as one GeoJSON FeatureCollection, assembled by PostgreSQL. */
	public String gridsGeoJson(String code) {
		return jdbc.sql("""
				SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
				    'type', 'Feature', 'id', code,
				    'properties', json_build_object('code', code, 'name', name, 'community', parent_code,
				        'areaM2', round(area_m2::numeric, 1)),
				    'geometry', geometry) ORDER BY code), '[]'::json))::text
				FROM regions.region WHERE level = 'GRID' AND code LIKE ?
				""").param(code + "%").query(String.class).single();
	}

	private static RegionRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new RegionRow(new Region(rs.getString("code"), RegionLevel.valueOf(rs.getString("level")),
				rs.getString("name"), rs.getString("parent_code")), rs.getString("geometry"), rs.getDouble("area_m2"),
				new GeoPoint(rs.getDouble("label_lat"), rs.getDouble("label_lon")), rs.getBoolean("generated"));
	}
}
