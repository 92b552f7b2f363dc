package org.chengguan.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing rules (部门联动规则) in the database, each with its assisting departments in order. */
@Repository
class RoutingRules {

	private final JdbcClient jdbc;

	RoutingRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every rule, active or not, for the category whose region contains the given one (its prefixes). */
	List<RoutingRule> covering(CategoryCode category, RegionCode region) {
		return jdbc.sql("""
				SELECT r.id, r.category_code, r.region_code, r.lead_department, r.active, r.note, r.auto_dispatch,
				       coalesce(array_agg(a.department_code ORDER BY a.position)
				                FILTER (WHERE a.department_code IS NOT NULL), '{}') AS assisting
				FROM catalogue.routing_rule r
				LEFT JOIN catalogue.routing_rule_assisting a ON a.rule_id = r.id
				WHERE r.category_code = :category AND starts_with(:region, r.region_code)
				GROUP BY r.id
				ORDER BY r.id
				""")
			.param("category", category.value())
			.param("region", region.value())
			.query((rs, row) -> map(rs))
			.list();
	}

	private static RoutingRule map(ResultSet rs) throws SQLException {
		var assisting = Arrays.asList((String[]) rs.getArray("assisting").getArray());
		return new RoutingRule(rs.getLong("id"), rs.getString("category_code"), rs.getString("region_code"),
				rs.getString("lead_department"), assisting, rs.getBoolean("active"), rs.getString("note"),
				rs.getBoolean("auto_dispatch"));
	}
}
