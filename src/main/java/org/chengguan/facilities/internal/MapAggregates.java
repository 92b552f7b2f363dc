package org.chengguan.facilities.internal;

import java.util.List;

import org.chengguan.facilities.BoundingBox;
import org.chengguan.facilities.FacilityDirectory.Cluster;
import org.chengguan.facilities.FacilityDirectory.Coverage;
import org.chengguan.facilities.FacilityQuery;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Counts for the map at low zoom and for the charging coverage figures. */
@Repository
public class MapAggregates {

	private final NamedParameterJdbcTemplate jdbc;

	MapAggregates(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Facilities grouped into square cells of the projected plane; the box comes through the GiST index. */
	public List<Cluster> clusters(FacilityQuery query, double cellMetres) {
		var params = new MapSqlParameterSource("cell", cellMetres);
		String where = FacilityStore.where(query, params);
		return jdbc.query("""
				SELECT count(*) AS n, avg(f.lat) AS lat, avg(f.lon) AS lon, min(f.lat) AS min_lat, min(f.lon) AS min_lon,
				       max(f.lat) AS max_lat, max(f.lon) AS max_lon, min(f.id) AS only_id
				FROM facilities.facility f""" + where + """

				GROUP BY floor(f.pos[0] / :cell), floor(f.pos[1] / :cell)
				ORDER BY n DESC
				""", params, (rs, n) -> {
			int count = rs.getInt("n");
			return new Cluster(count, rs.getDouble("lat"), rs.getDouble("lon"),
					new BoundingBox(rs.getDouble("min_lon"), rs.getDouble("min_lat"), rs.getDouble("max_lon"),
							rs.getDouble("max_lat")),
					count == 1 ? rs.getLong("only_id") : null);
		});
	}

	public List<Coverage> chargingCoverage(String prefix) {
		return jdbc.query("""
				SELECT COALESCE(f.community_code, f.street_code) AS region, count(*) AS stations,
				       sum(f.ports_total) AS ports, sum(f.ports_free_ac + f.ports_free_dc) AS free,
				       sum((SELECT count(*) FROM facilities.charging_port p WHERE p.facility_id = f.id AND p.kind = 'AC')) AS ac
				FROM facilities.facility f
				WHERE f.type = 'EV_CHARGING' AND COALESCE(f.community_code, f.street_code) LIKE :prefix
				GROUP BY 1 ORDER BY 1
				""", new MapSqlParameterSource("prefix", prefix + "%"), (rs, n) -> new Coverage(rs.getString("region"),
				rs.getInt("stations"), rs.getInt("ports"), rs.getInt("ac"), rs.getInt("ports") - rs.getInt("ac"),
				rs.getInt("free")));
	}
}
