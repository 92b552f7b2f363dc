package org.chengguan.cases.web.workbench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The few reads the pages need that {@code CaseManagement}'s API does not offer: a case by (part of) its number,
 * the cases waiting for a decision on a request, and the dashboard's figures by day and by area. Read-only SQL on
 * the cases module's own table; the callers narrow every query to the signed-in user's scope ({@code scope} is a
 * region code prefix) and load the cases they show through {@code CaseManagement}.
 */
@Component
class WorkbenchQueries {

	private static final String OPEN = "status NOT IN ('VOIDED', 'CLOSED', 'ANSWERED', 'DUPLICATE')";

	private static final String CLOSED = "status IN ('CLOSED', 'ANSWERED')";

	private final JdbcClient jdbc;

	WorkbenchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ids of cases whose number is {@code digits} or ends with it, newest first. */
	List<Long> idsByNumber(String digits, String scope, int limit) {
		return jdbc.sql("""
				SELECT id FROM cases."case"
				WHERE (number = :digits OR number LIKE '%' || :digits) AND region_code LIKE :scope
				ORDER BY (number = :digits) DESC, reported_at DESC LIMIT :limit
				""")
			.param("digits", digits).param("scope", prefix(scope)).param("limit", limit)
			.query(Long.class).list();
	}

	/** How many cases wait for the dispatcher's decision on a return, extension or shelving request. */
	long pendingCount(String scope, String category) {
		return jdbc.sql("SELECT count(*) FROM cases.\"case\"" + pendingWhere(category))
			.params(pendingParams(scope, category)).query(Long.class).single();
	}

	/** Ids of the cases waiting for a decision, nearest deadline first. */
	List<Long> pendingIds(String scope, String category, int page, int size) {
		Map<String, Object> params = pendingParams(scope, category);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		return jdbc.sql("SELECT id FROM cases.\"case\"" + pendingWhere(category)
				+ " ORDER BY stage_deadline ASC NULLS LAST, id LIMIT :limit OFFSET :offset")
			.params(params).query(Long.class).list();
	}

	private static String pendingWhere(String category) {
		return " WHERE pending_request <> 'NONE' AND region_code LIKE :scope"
				+ (category == null ? "" : " AND category_code = :category");
	}

	private static Map<String, Object> pendingParams(String scope, String category) {
		Map<String, Object> params = new HashMap<>();
		params.put("scope", prefix(scope));
		if (category != null) {
			params.put("category", category);
		}
		return params;
	}

	/** Today's intake and closures, open and overdue cases, per area one level below {@code scope}. */
	record AreaCounts(String code, long intakeToday, long open, long overdue, long closedToday) {
	}

	List<AreaCounts> byArea(String scope, int areaCodeLength, Instant dayStart, Instant now) {
		return jdbc.sql("""
				SELECT substr(region_code, 1, :len) AS area,
				       count(*) FILTER (WHERE reported_at >= :day) AS intake,
				       count(*) FILTER (WHERE %s) AS open,
				       count(*) FILTER (WHERE %s AND stage_deadline < :now) AS overdue,
				       count(*) FILTER (WHERE %s AND closed_at >= :day) AS closed
				FROM cases."case" WHERE region_code LIKE :scope
				GROUP BY 1 ORDER BY 1
				""".formatted(OPEN, OPEN, CLOSED))
			.param("len", areaCodeLength).param("day", Timestamp.from(dayStart)).param("now", Timestamp.from(now))
			.param("scope", prefix(scope))
			.query((rs, n) -> new AreaCounts(rs.getString("area"), rs.getLong("intake"), rs.getLong("open"),
					rs.getLong("overdue"), rs.getLong("closed")))
			.list();
	}

	/** Cases reported and cases closed per day (in the city's time zone) since {@code from}. */
	record DayCounts(LocalDate day, long reported, long closed) {
	}

	List<DayCounts> byDay(String scope, Instant from) {
		return jdbc.sql("""
				WITH reported AS (
				    SELECT (reported_at AT TIME ZONE 'Asia/Shanghai')::date AS day, count(*) AS n FROM cases."case"
				    WHERE region_code LIKE :scope AND reported_at >= :from GROUP BY 1),
				closed AS (
				    SELECT (closed_at AT TIME ZONE 'Asia/Shanghai')::date AS day, count(*) AS n FROM cases."case"
				    WHERE region_code LIKE :scope AND closed_at >= :from AND %s GROUP BY 1)
				SELECT coalesce(r.day, c.day) AS day, coalesce(r.n, 0) AS reported, coalesce(c.n, 0) AS closed
				FROM reported r FULL JOIN closed c ON r.day = c.day ORDER BY 1
				""".formatted(CLOSED))
			.param("scope", prefix(scope)).param("from", Timestamp.from(from))
			.query((rs, n) -> new DayCounts(rs.getObject("day", LocalDate.class), rs.getLong("reported"),
					rs.getLong("closed")))
			.list();
	}

	/** The categories with the most open cases. */
	record CategoryCount(String code, long open) {
	}

	List<CategoryCount> openByCategory(String scope, int limit) {
		return jdbc.sql("SELECT category_code, count(*) AS n FROM cases.\"case\" WHERE region_code LIKE :scope AND "
				+ OPEN + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT :limit")
			.param("scope", prefix(scope)).param("limit", limit)
			.query((rs, n) -> new CategoryCount(rs.getString(1), rs.getLong(2)))
			.list();
	}

	/** Fails closed: a query without a scope would read the whole city. */
	private static String prefix(String scope) {
		if (scope == null || scope.isEmpty() || !scope.chars().allMatch(Character::isDigit)) {
			throw new IllegalArgumentException("a region scope (digits) is required, was " + scope);
		}
		return scope + "%";
	}
}
