package org.chengguan.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the public listings (Open311): cases by report time, category, status and box, and the status
 * changes of the audit trail by time or by case. Each query walks an index in the order it answers: cases by
 * {@code (reported_at, id)} or the location's GiST index, the trail by {@code (at, id)} or {@code (case_id, id)}.
 */
@Repository
class PublicReads {

	private static final String STATUS_CHANGED = "from_status IS NOT NULL AND from_status <> to_status";

	private final JdbcClient jdbc;

	PublicReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Case> list(PublicCaseQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		return jdbc.sql(listing(query, params)).params(params).query((rs, n) -> Cases.map(rs)).list();
	}

	/** The listing's statement for the query, its parameters put in {@code params}. */
	static String listing(PublicCaseQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (!query.ids().isEmpty()) {
			where.append(" AND id IN (:ids)");
			params.put("ids", query.ids());
		}
		else {
			filter(query, where, params);
		}
		params.put("limit", query.limit());
		params.put("offset", (long) query.offset());
		return "SELECT * FROM cases.\"case\"" + where
				+ " ORDER BY reported_at DESC, id DESC LIMIT :limit OFFSET :offset";
	}

	private static void filter(PublicCaseQuery query, StringBuilder where, Map<String, Object> params) {
		if (query.reportedFrom() != null) {
			where.append(" AND reported_at >= :from");
			params.put("from", Timestamp.from(query.reportedFrom()));
		}
		if (query.reportedTo() != null) {
			where.append(" AND reported_at <= :to");
			params.put("to", Timestamp.from(query.reportedTo()));
		}
		if (!query.categoryCodes().isEmpty()) {
			where.append(" AND category_code IN (:categories)");
			params.put("categories", List.copyOf(query.categoryCodes()));
		}
		if (!query.statuses().isEmpty()) {
			where.append(" AND status IN (:statuses)");
			params.put("statuses", query.statuses().stream().map(Enum::name).toList());
		}
		if (query.box() != null) {
			where.append(" AND location <@ box(point(:minLon, :minLat), point(:maxLon, :maxLat))");
			params.put("minLon", query.box().minLon());
			params.put("minLat", query.box().minLat());
			params.put("maxLon", query.box().maxLon());
			params.put("maxLat", query.box().maxLat());
		}
	}

	/** The feed's statement: the status changes of a window, in the order of the {@code (at, id)} index. */
	static final String FEED = "SELECT * FROM cases.transition WHERE at >= :from AND at <= :to AND " + STATUS_CHANGED
			+ " ORDER BY at, id LIMIT :limit OFFSET :offset";

	List<StatusChange> statusChangesBetween(Instant from, Instant to, int offset, int limit) {
		return jdbc.sql(FEED)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.param("offset", (long) offset)
			.query((rs, n) -> statusChange(rs))
			.list();
	}

	Map<Long, StatusChange> latestStatusChanges(Collection<Long> caseIds) {
		Map<Long, StatusChange> latest = new LinkedHashMap<>();
		if (caseIds.isEmpty()) {
			return latest;
		}
		jdbc.sql("SELECT DISTINCT ON (case_id) * FROM cases.transition WHERE case_id IN (:ids) AND " + STATUS_CHANGED
				+ " ORDER BY case_id, id DESC")
			.param("ids", List.copyOf(caseIds))
			.query((rs, n) -> statusChange(rs))
			.list()
			.forEach(change -> latest.put(change.caseId(), change));
		return latest;
	}

	private static StatusChange statusChange(ResultSet rs) throws SQLException {
		return new StatusChange(rs.getLong("id"), rs.getLong("case_id"), Cases.mapTransition(rs),
				rs.getString("lead_department"));
	}
}
