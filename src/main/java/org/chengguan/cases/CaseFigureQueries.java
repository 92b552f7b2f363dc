package org.chengguan.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link CaseFigures}: aggregates over the cases reported in a time range, which the index on
 * {@code reported_at} keeps to the range's rows. Whether a step was late is read from the audit trail, one case's
 * trail at a time through its index: the deadline in force before a step is the previous transition's.
 */
@Repository
class CaseFigureQueries {

	private static final List<String> OPEN = Arrays.stream(CaseStatus.values())
		.filter(CaseStatus::isOpen)
		.map(Enum::name)
		.toList();

	private final JdbcClient jdbc;

	CaseFigureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Which of the period's cases count: reported in {@code [from, to)}, within a region (code prefix), led by a
	 * department, reported by someone; null fields do not narrow.
	 */
	record Filter(String region, String department, Long reporter, Instant from, Instant to) {

		String where(Map<String, Object> params, String alias) {
			StringBuilder where = new StringBuilder(alias + ".reported_at >= :from AND " + alias + ".reported_at < :to");
			params.put("from", Timestamp.from(from));
			params.put("to", Timestamp.from(to));
			if (region != null) {
				where.append(" AND ").append(alias).append(".region_code LIKE :region");
				params.put("region", region + "%");
			}
			if (department != null) {
				where.append(" AND ").append(alias).append(".lead_department = :caseDepartment");
				params.put("caseDepartment", department);
			}
			if (reporter != null) {
				where.append(" AND ").append(alias).append(".reporter_id = :reporter");
				params.put("reporter", reporter);
			}
			return where.toString();
		}
	}

	/** One late step of a case ({@code step} null: its running clock, past its deadline at {@code at}). */
	record LateStep(long caseId, String number, CaseStatus status, String categoryCode, String regionCode,
			String leadDepartment, Action step, Instant deadline, Instant at) {
	}

	/** A square of the lattice {@code (ix·cellLon, iy·cellLat)} and how many cases lie in it. */
	record Cell(long ix, long iy, long cases) {
	}

	/** The cells with cases, most first, at most {@code limit}; and the cases in all cells. */
	record Cells(List<Cell> cells, long total, long count) {
	}

	Cells cells(Filter filter, double cellLat, double cellLon, double[] box, boolean lateOnly,
			Set<Action> steps, Instant now, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(filter.where(params, "c"));
		if (box != null) {
			where.append(" AND c.location <@ box(point(:west, :south), point(:east, :north))");
			params.put("west", box[0]);
			params.put("south", box[1]);
			params.put("east", box[2]);
			params.put("north", box[3]);
		}
		if (lateOnly) {
			// the stored lateness answers for every case but those stored before it existed (NULL): their trail does
			where.append(" AND (").append(overdueNow("c")).append(" OR c.late_steps > 0 OR c.late_steps IS NULL AND EXISTS (")
				.append("""
					SELECT 1 FROM (SELECT t.action, t.at, lag(t.deadline) OVER (ORDER BY t.id) AS due
					               FROM cases.transition t WHERE t.case_id = c.id) s
					WHERE s.at > s.due AND s.action IN (:steps)))""");
			params.put("now", Timestamp.from(now));
			params.put("open", OPEN);
			params.put("steps", names(steps));
		}
		params.put("cellLat", cellLat);
		params.put("cellLon", cellLon);
		params.put("limit", limit);
		List<Cell> cells = new ArrayList<>();
		long[] totals = new long[2];
		jdbc.sql("""
				SELECT floor(c.location[0] / :cellLon)::bigint AS ix, floor(c.location[1] / :cellLat)::bigint AS iy,
				       count(*) AS n, sum(count(*)) OVER () AS total, count(*) OVER () AS cells
				FROM cases."case" c
				WHERE %s
				GROUP BY 1, 2
				ORDER BY n DESC, ix, iy
				LIMIT :limit""".formatted(where))
			.params(params)
			.query(rs -> {
				cells.add(new Cell(rs.getLong("ix"), rs.getLong("iy"), rs.getLong("n")));
				totals[0] = rs.getLong("total");
				totals[1] = rs.getLong("cells");
			});
		return new Cells(cells, totals[0], totals[1]);
	}

	/**
	 * The candidates for the worst late cases of the period, from the stored lateness: the {@code limit} worst of the
	 * cases with a late step, by their worst step; with {@code overdueNow}, every open case past its running
	 * deadline (its lateness grows until now); and every case whose lateness is not known yet. The worst
	 * {@code limit} late cases are among them. {@code known} counts the late (or still overdue) cases whose lateness
	 * is known.
	 */
	record Candidates(Set<Long> ids, Set<Long> unknown, long known) {
	}

	Candidates worstCandidates(Filter filter, boolean overdueNow, Instant now, int limit) {
		Set<Long> ids = new java.util.HashSet<>();
		Set<Long> unknown = new java.util.HashSet<>();
		long[] known = new long[1];
		// the worst known late cases and how many there are: one index-only pass over the period's late cases (V409)
		Map<String, Object> params = new LinkedHashMap<>();
		String period = filter.where(params, "c");
		params.put("limit", limit);
		jdbc.sql("""
				SELECT c.id, count(*) OVER () AS n FROM cases."case" c
				WHERE %s AND c.late_steps > 0
				ORDER BY c.worst_late_working_ms DESC, c.worst_late_wall_ms DESC, c.id
				LIMIT :limit""".formatted(period))
			.params(params)
			.query(rs -> {
				ids.add(rs.getLong("id"));
				known[0] = rs.getLong("n");
			});
		if (overdueNow) {
			// the open cases past their running deadline, through the partial index of open cases (V406)
			Map<String, Object> open = new LinkedHashMap<>();
			String where = filter.where(open, "c");
			open.put("now", Timestamp.from(now));
			jdbc.sql("""
					SELECT c.id, c.late_steps FROM cases."case" c
					WHERE %s AND c.stage_deadline < :now AND c.status IN (%s)""".formatted(where, Cases.OPEN_STATUSES))
				.params(open)
				.query(rs -> {
					long id = rs.getLong("id");
					Integer lateSteps = (Integer) rs.getObject("late_steps");
					ids.add(id);
					if (lateSteps == null) {
						unknown.add(id);
					}
					else if (lateSteps == 0) {
						known[0]++;
					}
				});
		}
		// cases stored before their lateness was kept (V407), until the backfill has filled them in
		Map<String, Object> older = new LinkedHashMap<>();
		String where = filter.where(older, "c");
		jdbc.sql("SELECT c.id FROM cases.\"case\" c WHERE " + where + " AND c.late_steps IS NULL")
			.params(older)
			.query(rs -> {
				ids.add(rs.getLong("id"));
				unknown.add(rs.getLong("id"));
			});
		return new Candidates(ids, unknown, known[0]);
	}

	/**
	 * Every late step of the period's cases, by case: the stage-passing {@code steps} done after the deadline before
	 * them, narrowed to a performer or to the department whose clock ran; with {@code overdueNow}, also each open case
	 * whose running clock is past its deadline (for a department: its handling clock). Rows come ordered by case.
	 * Only the trails of cases with a late step (or not known yet), or overdue now, are read; {@code among}, when
	 * not null, narrows the period's cases to those ids.
	 */
	void lateSteps(Filter filter, Set<Action> steps, Long performer, String department, boolean overdueNow,
			Instant now, java.util.Collection<Long> among, Consumer<LateStep> rows) {
		Map<String, Object> params = new LinkedHashMap<>();
		String period = filter.where(params, "c") + " AND (c.late_steps IS DISTINCT FROM 0"
				+ (overdueNow ? " OR " + overdueNow("c") : "") + ")";
		if (among != null) {
			period += " AND c.id = ANY(:among)";
			params.put("among", among.toArray(Long[]::new));
		}
		params.put("steps", names(steps));
		params.put("now", Timestamp.from(now));
		params.put("open", OPEN);
		params.put("overdueNow", overdueNow);
		String stepFilter = "";
		String runningFilter = "";
		if (performer != null) {
			stepFilter += " AND s.actor_id = :performer";
			params.put("performer", performer);
		}
		if (department != null) {
			stepFilter += " AND s.department = :department";
			runningFilter = " AND p.lead_department = :department AND p.stage = 'HANDLE'";
			params.put("department", department);
		}
		jdbc.sql("""
				WITH period AS MATERIALIZED (
				    SELECT c.id, c.number, c.status, c.category_code, c.region_code, c.lead_department, c.stage,
				           c.stage_deadline
				    FROM cases."case" c WHERE %s)
				SELECT p.*, s.action AS step, s.due AS deadline, s.at
				FROM period p
				CROSS JOIN LATERAL (
				    SELECT t.action, t.at, t.actor_id, COALESCE(t.lead_department, p.lead_department) AS department,
				           lag(t.deadline) OVER (ORDER BY t.id) AS due
				    FROM cases.transition t WHERE t.case_id = p.id) s
				WHERE s.at > s.due AND s.action IN (:steps)%s
				UNION ALL
				SELECT p.*, NULL, p.stage_deadline, CAST(:now AS timestamptz)
				FROM period p
				WHERE :overdueNow AND %s%s
				ORDER BY id""".formatted(period, stepFilter, overdueNow("p"), runningFilter))
			.params(params)
			.query(rs -> {
				String step = rs.getString("step");
				rows.accept(new LateStep(rs.getLong("id"), rs.getString("number"),
						CaseStatus.valueOf(rs.getString("status")), rs.getString("category_code"),
						rs.getString("region_code"), rs.getString("lead_department"),
						step == null ? null : Action.valueOf(step), rs.getTimestamp("deadline").toInstant(),
						rs.getTimestamp("at").toInstant()));
			});
	}

	/** An open case whose running clock is past its deadline now. */
	private static String overdueNow(String alias) {
		return alias + ".stage_deadline < :now AND " + alias + ".status IN (:open)";
	}

	private static List<String> names(Set<Action> steps) {
		return steps.stream().map(Enum::name).toList();
	}
}
