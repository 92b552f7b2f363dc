package org.chengguan.cases;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.database.SqlArray;
import org.chengguan.worktime.TimeLimit;
import org.chengguan.worktime.TimeLimitUnit;
import org.chengguan.worktime.WorkingTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The repository of the {@link Case} aggregate: one row per case with optimistic locking on {@code version}, and
 * its append-only audit trail. Plain SQL: one statement per write on the intake path.
 */
@Repository
class Cases {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	private final WorkingTime workingTime;

	private final KnownTrails trails;

	Cases(JdbcClient jdbc, JdbcTemplate template, Clock clock, WorkingTime workingTime) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
		this.workingTime = workingTime;
		this.trails = new KnownTrails(template.getDataSource());
	}

	KnownTrails trails() {
		return trails;
	}


	/** An id and a case-number sequence value for each of {@code count} new cases, in one round trip. */
	List<long[]> allocate(int count) {
		return jdbc.sql("SELECT nextval('cases.case_id_seq'), nextval('cases.case_number_seq') "
				+ "FROM generate_series(1, ?)").param(count)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
	}

	/**
	 * Stores new cases whose ids were drawn with {@link #allocate}, and their first transitions: two batched
	 * statements for all of them.
	 */
	void insertAll(List<Case> created) {
		if (created.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		// one statement for the whole batch: a row per element of the column arrays (not a JDBC batch, which the
		// server runs as one execution per row)
		List<Map<String, Object>> rows = created.stream().map(c -> newRow(c, now)).toList();
		List<String> names = new ArrayList<>(rows.get(0).keySet());
		Map<String, Object> params = new HashMap<>();
		List<String> selected = new ArrayList<>();
		List<String> arrays = new ArrayList<>();
		List<String> aliases = new ArrayList<>();
		params.put("c_id", SqlArray.of("bigint", created.stream().map(Case::id).toArray()));
		arrays.add(":c_id::bigint[]");
		aliases.add("id");
		for (String name : names) {
			if (name.equals("location")) {
				selected.add("point(r.lon, r.lat)");
				continue;
			}
			boolean literal = name.equals("assisting_departments");
			String type = literal ? "text" : COLUMN_TYPES.getOrDefault(name, "text");
			Object[] values = new Object[rows.size()];
			for (int i = 0; i < values.length; i++) {
				Object value = rows.get(i).get(name);
				// unnest would flatten a 2-D array: each row's departments as an array literal, cast back
				values[i] = literal ? arrayLiteral(Arrays.asList((String[]) value)) : value;
			}
			params.put("c_" + name, SqlArray.of(type, values));
			arrays.add(":c_" + name + "::" + type + "[]");
			aliases.add(name);
			selected.add(literal ? "r." + name + "::text[]" : "r." + name);
		}
		params.put("c_lon", SqlArray.of("float8", created.stream().map(c -> c.location().lon()).toArray()));
		params.put("c_lat", SqlArray.of("float8", created.stream().map(c -> c.location().lat()).toArray()));
		arrays.add(":c_lon::float8[]");
		arrays.add(":c_lat::float8[]");
		aliases.add("lon");
		aliases.add("lat");
		jdbc.sql("INSERT INTO cases.\"case\" (id, version, " + String.join(", ", names) + ")\nSELECT r.id, 1, "
				+ String.join(", ", selected) + "\nFROM unnest(" + String.join(", ", arrays) + ") AS r("
				+ String.join(", ", aliases) + ")").params(params).update();
		created.stream().map(Case::masterCaseId).filter(java.util.Objects::nonNull).forEach(trails::forget);
		insertTransitions(created.stream().map(Case::id).toList(), created);
		// the listeners of the new cases' steps (the assessment's history, the notifications' followers) need no read
		trails.inserted(created);
	}

	/** The element types of the case row's columns that are not text, for {@link #insertAll}'s arrays. */
	private static final Map<String, String> COLUMN_TYPES = Map.ofEntries(Map.entry("reporter_id", "bigint"),
			Map.entry("reported_at", "timestamptz"), Map.entry("community_team", "boolean"),
			Map.entry("handling_limit_amount", "numeric"), Map.entry("stage_started_at", "timestamptz"),
			Map.entry("stage_limit_amount", "numeric"), Map.entry("stage_deadline", "timestamptz"),
			Map.entry("requested_extension_amount", "numeric"), Map.entry("rework_count", "integer"),
			Map.entry("return_count", "integer"), Map.entry("extension_count", "integer"),
			Map.entry("reopen_count", "integer"), Map.entry("urge_count", "integer"),
			Map.entry("supervised", "boolean"), Map.entry("master_case_id", "bigint"),
			Map.entry("closed_at", "timestamptz"), Map.entry("updated_at", "timestamptz"),
			Map.entry("late_steps", "integer"), Map.entry("worst_late_working_ms", "bigint"),
			Map.entry("worst_late_wall_ms", "bigint"));

	/** Cases by id, in no particular order. */
	List<Case> findAllById(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return template.query(connection -> {
			var select = connection.prepareStatement("SELECT * FROM cases.\"case\" WHERE id = ANY(?)");
			select.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
			return select;
		}, (rs, n) -> map(rs));
	}

	/** Where a new report is and what it is about: the input of {@link #findDuplicateCandidates}. */
	record Probe(String categoryCode, GeoPoint point, CaseSubject subject) {
	}

	/**
	 * For each probe, the nearest open case of its category within {@code radiusMetres} of its point, reported since
	 * {@code since}: the master a new report would duplicate. One statement for a whole batch of reports: the GiST
	 * index finds candidates in a bounding box, the exact great-circle distance decides.
	 */
	List<Optional<Case>> findDuplicateCandidates(List<Probe> probes, double radiusMetres, Instant since) {
		List<Optional<Case>> found = new ArrayList<>(java.util.Collections.nCopies(probes.size(), Optional.empty()));
		if (probes.isEmpty()) {
			return found;
		}
		int n = probes.size();
		Integer[] index = new Integer[n];
		String[] categories = new String[n];
		Double[] lons = new Double[n];
		Double[] lats = new Double[n];
		Double[] dLons = new Double[n];
		Double[] dLats = new Double[n];
		String[] subjects = new String[n];
		for (int i = 0; i < n; i++) {
			subjects[i] = probes.get(i).subject() == null ? null : probes.get(i).subject().reference();
			GeoPoint point = probes.get(i).point();
			double dLat = radiusMetres / 111_195.0;
			index[i] = i;
			categories[i] = probes.get(i).categoryCode();
			lons[i] = point.lon();
			lats[i] = point.lat();
			dLats[i] = dLat;
			dLons[i] = dLat / Math.max(0.01, Math.cos(Math.toRadians(point.lat())));
		}
		template.query(connection -> {
			var select = connection.prepareStatement("""
					SELECT p.i AS probe, c.* FROM unnest(?::int[], ?::text[], ?::float8[], ?::float8[], ?::float8[],
					    ?::float8[], ?::text[]) AS p(i, category, lon, lat, dlon, dlat, subject)
					CROSS JOIN LATERAL (
					    -- the GiST index of (location, category, report time) finds the cases of the category reported
					    -- since then within the box without fetching the others (V410); the status is a filter
					    SELECT * FROM cases."case" k
					    -- and a report about a thing (a shop, a facility) duplicates only a case about the same thing;
					    -- one about a place only, only a case about a place only
					    WHERE k.category_code = p.category AND k.reported_at >= ?
					      AND k.subject IS NOT DISTINCT FROM p.subject
					      AND k.status NOT IN ('VOIDED', 'CLOSED', 'ANSWERED', 'DUPLICATE')
					      AND k.location <@ box(point(p.lon - p.dlon, p.lat - p.dlat), point(p.lon + p.dlon, p.lat + p.dlat))
					    ORDER BY k.location <-> point(p.lon, p.lat)
					    LIMIT 10) c
					ORDER BY p.i, c.location <-> point(p.lon, p.lat)
					""");
			select.setArray(1, connection.createArrayOf("int4", index));
			select.setArray(2, connection.createArrayOf("text", categories));
			select.setArray(3, connection.createArrayOf("float8", lons));
			select.setArray(4, connection.createArrayOf("float8", lats));
			select.setArray(5, connection.createArrayOf("float8", dLons));
			select.setArray(6, connection.createArrayOf("float8", dLats));
			select.setArray(7, connection.createArrayOf("text", subjects));
			select.setTimestamp(8, Timestamp.from(since));
			return select;
		}, rs -> {
			int i = rs.getInt("probe");
			if (found.get(i).isEmpty()) {
				Case candidate = map(rs);
				if (candidate.location().distanceMetres(probes.get(i).point()) <= radiusMetres) {
					found.set(i, Optional.of(candidate));
					trails.numbered(candidate.id(), candidate.number());
				}
			}
		});
		return found;
	}

	/** Stores a new case and its first transitions; returns its id. */
	long insert(Case c) {
		Map<String, Object> row = newRow(c, clock.instant());
		String names = String.join(", ", row.keySet());
		String values = String.join(", ", row.keySet().stream().map(Cases::placeholder).toList());
		long id = jdbc.sql("INSERT INTO cases.\"case\" (version, " + names + ") VALUES (1, " + values + ") RETURNING id")
			.params(params(c, row))
			.query(Long.class)
			.single();
		insertTransitions(List.of(id), List.of(c));
		if (c.masterCaseId() != null) {
			trails.forget(c.masterCaseId());
		}
		return id;
	}

	/**
	 * Writes the case's new state if nobody else has changed it since it was read, and its new transitions.
	 * @return false when the stored version moved on (a concurrent change won): nothing was written
	 */
	boolean update(Case c) {
		return update(c, Optional.empty());
	}

	/**
	 * Writes the case's new state if nobody else has changed it since it was read, its new transitions and the
	 * deadline timer, all in one statement (one round trip): none of them unless the version matched.
	 * @return false when the stored version moved on (a concurrent change won): nothing was written
	 */
	boolean update(Case c, Optional<DeadlineTimers.Timer> timer) {
		Map<String, Object> row = columns(c, clock.instant());
		String assignments = String.join(", ", row.keySet().stream().map(k -> k + " = " + placeholder(k)).toList());
		Map<String, Object> params = params(c, row);
		params.put("id", c.id());
		params.put("expected_version", c.version());
		Lateness late = Lateness.of(c.deadlineBeforeChanges(), c.changes(), workingTime);
		if (late.steps() > 0) {
			// each expression reads the row as it was: the worst late step is the worse of the stored and the new one;
			// a row whose lateness is not known yet (NULL, before the backfill) stays unknown
			String worse = "(worst_late_working_ms IS NULL OR (:late_working, :late_wall) > (worst_late_working_ms, "
					+ "worst_late_wall_ms))";
			assignments += ", late_steps = late_steps + :late_steps, worst_late_working_ms = CASE WHEN " + worse
					+ " THEN :late_working ELSE worst_late_working_ms END, worst_late_wall_ms = CASE WHEN " + worse
					+ " THEN :late_wall ELSE worst_late_wall_ms END";
			params.put("late_steps", late.steps());
			params.put("late_working", late.workingMillis());
			params.put("late_wall", late.wallMillis());
		}
		StringBuilder sql = new StringBuilder("WITH updated AS (UPDATE cases.\"case\" SET version = version + 1, ")
			.append(assignments)
			.append(" WHERE id = :id AND version = :expected_version RETURNING id)");
		List<Transition> changes = c.changes();
		if (!changes.isEmpty()) {
			putTransitions(params, changes);
			sql.append(", moved AS (").append(INSERT_TRANSITIONS_AFTER_UPDATE).append(")");
		}
		timer.ifPresent(t -> {
			params.put("timer_instance", t.instanceId());
			params.put("timer_at", Timestamp.from(t.at()));
			sql.append(", timer AS (").append(DeadlineTimers.INSERT_AFTER_UPDATE).append(")");
		});
		boolean updated = jdbc.sql(sql.append(" SELECT count(*) FROM updated").toString()).params(params)
			.query(Long.class)
			.single() > 0;
		if (updated) {
			trails.written(c);
		}
		else {
			trails.forget(c.id());
		}
		return updated;
	}

	private static final String INSERT_TRANSITIONS_AFTER_UPDATE = """
			INSERT INTO cases.transition (case_id, action, from_status, to_status, at, actor_id, actor_role, comment,
			    attachments, stage, deadline, detail, category_code, lead_department)
			SELECT u.id, t.action, t.from_status, t.to_status, t.at, t.actor_id, t.actor_role, t.comment,
			       t.attachments::text[], t.stage, t.deadline, t.detail, :category_code, :lead_department
			FROM updated u,
			     unnest(:t_action::text[], :t_from::text[], :t_to::text[], :t_at::timestamptz[], :t_actor::bigint[],
			            :t_role::text[], :t_comment::text[], :t_attachments::text[], :t_stage::text[],
			            :t_deadline::timestamptz[], :t_detail::text[])
			       WITH ORDINALITY AS t(action, from_status, to_status, at, actor_id, actor_role, comment, attachments,
			                            stage, deadline, detail, n)
			ORDER BY t.n""";

	/** The transitions as one array per column (attachments as array literals: unnest would flatten a 2-D array). */
	private static void putTransitions(Map<String, Object> params, List<Transition> changes) {
		int n = changes.size();
		Object[][] columns = new Object[11][n];
		for (int i = 0; i < n; i++) {
			Transition t = changes.get(i);
			columns[0][i] = t.action().name();
			columns[1][i] = t.from() == null ? null : t.from().name();
			columns[2][i] = t.to().name();
			columns[3][i] = Timestamp.from(t.at());
			columns[4][i] = t.by().userId();
			columns[5][i] = t.by().role();
			columns[6][i] = t.comment();
			columns[7][i] = arrayLiteral(t.attachments());
			columns[8][i] = t.stage().name();
			columns[9][i] = t.deadline() == null ? null : Timestamp.from(t.deadline());
			columns[10][i] = t.detail();
		}
		String[] names = { "t_action", "t_from", "t_to", "t_at", "t_actor", "t_role", "t_comment", "t_attachments",
				"t_stage", "t_deadline", "t_detail" };
		String[] types = { "text", "text", "text", "timestamptz", "bigint", "text", "text", "text", "text",
				"timestamptz", "text" };
		for (int k = 0; k < names.length; k++) {
			params.put(names[k], SqlArray.of(types[k], columns[k]));
		}
	}

	/** A PostgreSQL array literal of the strings, each quoted: {@code {"a","b"}}. */
	static String arrayLiteral(List<String> values) {
		StringBuilder literal = new StringBuilder("{");
		for (int i = 0; i < values.size(); i++) {
			literal.append(i == 0 ? "\"" : ",\"")
				.append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
				.append('"');
		}
		return literal.append('}').toString();
	}

	/** The current status of each of the cases that exist, by id. */
	Map<Long, CaseStatus> statuses(java.util.Collection<Long> ids) {
		Map<Long, CaseStatus> found = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("SELECT id, status FROM cases.\"case\" WHERE id = ANY(:ids)")
				.param("ids", SqlArray.of("bigint", ids.toArray()))
				.query((rs, n) -> found.put(rs.getLong(1), CaseStatus.valueOf(rs.getString(2))))
				.list();
		}
		return found;
	}

	/**
	 * The case as {@link #findById} reads it right after {@link #update} stored it — the next version, no pending
	 * changes, values as the columns keep them — without reading it back. Instants are kept to the microsecond, as the
	 * platform's clock gives them.
	 */
	static Case asStored(Case c) {
		return withVersion(c, c.version() + 1);
	}

	/** The case at its version, without pending changes: a copy to act on. */
	static Case copy(Case c) {
		return withVersion(c, c.version());
	}

	private static Case withVersion(Case c, int version) {
		StageClock clock = c.clock();
		return new Case(c.id(), version, c.number(), c.status(), c.channel(), c.categoryCode(),
				c.description(), c.location(), c.region(), c.reporterId(),
				c.contact() == null || c.contact().name() == null && c.contact().phone() == null ? null : c.contact(),
				c.reportedAt(), c.proposedDepartment(), c.leadDepartment(), c.assistingDepartments(),
				c.communityTeam(), normal(c.handlingLimit()),
				clock == null ? null : new StageClock(clock.stage(), clock.startedAt(), normal(clock.limit()),
						clock.deadline(), clock.warning()),
				c.pendingRequest(), normal(c.requestedExtension()), c.counters().copy(), c.supervised(),
				c.satisfaction(), c.masterCaseId(), c.closedAt(), c.subject());
	}

	private static TimeLimit normal(TimeLimit limit) {
		return limit == null ? null : limit(limit.amount(), limit.unit().name());
	}

	/** The case's number: one this transaction has seen (numbers never change), else read. */
	Optional<String> numberOf(long id) {
		Optional<String> seen = trails.number(id);
		if (seen.isPresent()) {
			return seen;
		}
		return jdbc.sql("SELECT number FROM cases.\"case\" WHERE id = ?").param(id).query(String.class).optional();
	}

	/** The case: from memory if this transaction wrote it ({@link KnownTrails#current}), else read. */
	Optional<Case> findById(long id) {
		Optional<Case> mine = trails.current(id);
		if (mine.isPresent()) {
			return mine;
		}
		return jdbc.sql("SELECT * FROM cases.\"case\" WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
	}

	/**
	 * The case with its audit trail, in one statement, for an action: the transaction then knows the trail
	 * ({@link KnownTrails}) and the case's history after the action costs no read.
	 */
	Optional<Case> findWithTrail(long id) {
		List<KnownTrails.Row> rows = new ArrayList<>();
		List<Case> found = new ArrayList<>(1);
		List<Long> duplicateReporters = new ArrayList<>();
		template.query("""
				SELECT c.*, t.action AS t_action, t.from_status AS t_from_status, t.to_status AS t_to_status,
				       t.at AS t_at, t.actor_id AS t_actor_id, t.actor_role AS t_actor_role, t.comment AS t_comment,
				       t.attachments AS t_attachments, t.stage AS t_stage, t.deadline AS t_deadline,
				       t.detail AS t_detail, t.category_code AS t_category_code, t.lead_department AS t_lead_department,
				       f.duplicate_reporters
				FROM cases."case" c
				CROSS JOIN LATERAL (SELECT ARRAY(SELECT d.reporter_id FROM cases."case" d
				                                 WHERE d.master_case_id = c.id AND d.reporter_id IS NOT NULL)
				                           AS duplicate_reporters) f
				LEFT JOIN LATERAL (SELECT * FROM cases.transition WHERE case_id = c.id) t ON true
				WHERE c.id = ?
				ORDER BY t.id""", rs -> {
			if (found.isEmpty()) {
				found.add(map(rs));
				duplicateReporters.addAll(Arrays.asList((Long[]) rs.getArray("duplicate_reporters").getArray()));
			}
			if (rs.getString("t_action") != null) {
				rows.add(new KnownTrails.Row(mapTransition(rs, "t_"), rs.getString("t_category_code"),
						rs.getString("t_lead_department")));
			}
		}, id);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		trails.read(found.get(0), rows, duplicateReporters);
		return Optional.of(found.get(0));
	}

	/** The case's history: from the trail this transaction knows, else from the database. */
	Optional<CaseHistory> history(long id) {
		Optional<CaseHistory> known = trails.history(id);
		return known.isPresent() ? known : histories(List.of(id), 0, 1).stream().findFirst();
	}

	CasePage search(CaseQuery query, Instant now) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, now, params);
		long total = jdbc.sql("SELECT count(*) FROM cases.\"case\"" + where).params(params).query(Long.class).single();
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		String order = query.sort() == CaseQuery.Sort.DEADLINE ? " ORDER BY stage_deadline ASC NULLS LAST, id"
				: " ORDER BY reported_at DESC, id DESC";
		List<Case> page = jdbc.sql("SELECT * FROM cases.\"case\"" + where + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, n) -> map(rs))
			.list();
		return new CasePage(page, total, query.page(), query.size());
	}

	/** The open statuses as a SQL list, the same as V406's partial index names. */
	static final String OPEN_STATUSES = java.util.Arrays.stream(CaseStatus.values())
		.filter(CaseStatus::isOpen)
		.map(s -> "'" + s.name() + "'")
		.collect(java.util.stream.Collectors.joining(", "));

	QueueCounts queueCounts(CaseQuery query, Instant now) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, now, params);
		Map<CaseStatus, Long> byStatus = new java.util.EnumMap<>(CaseStatus.class);
		// the queues are the open statuses, as literals so that the partial index of open cases (V406) serves it:
		// counting the years of closed cases would read nearly every row
		jdbc.sql("SELECT status, count(*) AS n FROM cases.\"case\"" + where + " AND status IN (" + OPEN_STATUSES
				+ ") GROUP BY status")
			.params(params)
			.query(rs -> {
				byStatus.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
			});
		params.put("now", Timestamp.from(now));
		long overdue = jdbc.sql("SELECT count(*) FROM cases.\"case\"" + where + " AND stage_deadline < :now")
			.params(params).query(Long.class).single();
		long pending = jdbc.sql("SELECT count(*) FROM cases.\"case\"" + where + " AND pending_request <> 'NONE'")
			.params(params).query(Long.class).single();
		return new QueueCounts(byStatus, overdue, pending);
	}

	List<Case> openNear(GeoPoint point, double radiusMetres, int limit) {
		double dLat = radiusMetres / 111_195.0;
		double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(point.lat())));
		return jdbc.sql("""
				SELECT * FROM cases."case"
				WHERE status NOT IN ('VOIDED', 'CLOSED', 'ANSWERED', 'DUPLICATE')
				  AND location <@ box(point(:lon - :dlon, :lat - :dlat), point(:lon + :dlon, :lat + :dlat))
				ORDER BY location <-> point(:lon, :lat)
				LIMIT :limit
				""")
			.param("lat", point.lat())
			.param("lon", point.lon())
			.param("dlat", dLat)
			.param("dlon", dLon)
			.param("limit", limit)
			.query((rs, n) -> map(rs))
			.list()
			.stream()
			.filter(c -> c.location().distanceMetres(point) <= radiusMetres)
			.toList();
	}

	/** How many open cases (not void, closed, answered or a duplicate) are about the subject: one index lookup. */
	long countOpenAbout(CaseSubject subject) {
		return jdbc.sql("""
				SELECT count(*) FROM cases."case"
				WHERE subject = ? AND status NOT IN ('VOIDED', 'CLOSED', 'ANSWERED', 'DUPLICATE')
				""").param(subject.reference()).query(Long.class).single();
	}

	Map<CaseSubject, Map<Channel, Long>> countAboutBetween(java.util.Collection<CaseSubject> subjects, Instant from,
			Instant to) {
		Map<CaseSubject, Map<Channel, Long>> counts = new java.util.HashMap<>();
		if (subjects.isEmpty()) {
			return counts;
		}
		String[] references = subjects.stream().map(CaseSubject::reference).distinct().toArray(String[]::new);
		jdbc.sql("""
				SELECT subject, channel, count(*) AS n FROM cases."case"
				WHERE subject = ANY(?) AND reported_at >= ? AND reported_at < ? AND status NOT IN ('VOIDED', 'DUPLICATE')
				GROUP BY subject, channel
				""").params(references, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)).query(rs -> {
					counts.computeIfAbsent(CaseSubject.parse(rs.getString("subject")), s -> new java.util.EnumMap<>(Channel.class))
						.put(Channel.valueOf(rs.getString("channel")), rs.getLong("n"));
				});
		return counts;
	}

	private static String where(CaseQuery query, Instant now, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" WHERE true");
		if (query.statuses() != null && !query.statuses().isEmpty()) {
			where.append(" AND status IN (:statuses)");
			params.put("statuses", query.statuses().stream().map(Enum::name).toList());
		}
		if (query.regionCode() != null) {
			where.append(" AND region_code LIKE :region");
			params.put("region", query.regionCode() + "%");
		}
		if (query.categoryCode() != null) {
			where.append(" AND category_code = :category");
			params.put("category", query.categoryCode());
		}
		if (query.overdue() != null) {
			where.append(query.overdue() ? " AND stage_deadline < :now" : " AND (stage_deadline IS NULL OR stage_deadline >= :now)");
			params.put("now", Timestamp.from(now));
		}
		if (query.reporterId() != null) {
			where.append(" AND reporter_id = :reporter");
			params.put("reporter", query.reporterId());
		}
		if (query.department() != null) {
			where.append(" AND (lead_department = :department OR :department = ANY (assisting_departments))");
			params.put("department", query.department());
		}
		return where.toString();
	}

	/** The reporters of the case and of its duplicates, each once (from what this transaction knows, if it does). */
	List<Long> followersOf(long caseId) {
		Optional<List<Long>> known = trails.followers(caseId);
		return known.isPresent() ? known.get() : storedFollowersOf(caseId);
	}

	/** The reporters of the case and of its duplicates, each once, as the database has them. */
	List<Long> storedFollowersOf(long caseId) {
		return jdbc.sql("""
				SELECT reporter_id FROM cases."case" WHERE id = :id AND reporter_id IS NOT NULL
				UNION
				SELECT reporter_id FROM cases."case" WHERE master_case_id = :id AND reporter_id IS NOT NULL
				ORDER BY reporter_id
				""").param("id", caseId).query(Long.class).list();
	}

	/**
	 * The histories of cases, by id from {@code afterId} on, at most {@code limit}: each case's fixed facts and its
	 * steps with the category and department in force after each (the case's current ones where the trail has none).
	 */
	List<CaseHistory> histories(java.util.Collection<Long> ids, long afterId, int limit) {
		// one case by "=": with "= ANY(array)" the server plans the statement anew on every call (a one-element array
		// is cheaper than its generic plan assumes), and the assessment reads one trail per transition
		boolean one = ids != null && ids.size() == 1;
		String which = ids == null ? "c.id > ? ORDER BY c.id LIMIT ?" : one ? "c.id = ?" : "c.id = ANY(?)";
		Map<Long, CaseHistory> byId = new LinkedHashMap<>();
		template.query(connection -> {
			var select = connection.prepareStatement("""
					SELECT chosen.id AS case_id, chosen.channel, chosen.reporter_id, chosen.region_code,
					       chosen.category_code AS case_category, chosen.lead_department AS case_department, t.*
					FROM (SELECT c.id, c.channel, c.reporter_id, c.region_code, c.category_code, c.lead_department
					      FROM cases."case" c WHERE %s) chosen
					-- each case's trail through its index: a join the planner might hash would read the whole trail
					CROSS JOIN LATERAL (SELECT * FROM cases.transition t WHERE t.case_id = chosen.id ORDER BY t.id) t
					ORDER BY chosen.id, t.id""".formatted(which));
			if (ids == null) {
				select.setLong(1, afterId);
				select.setInt(2, limit);
			}
			else if (one) {
				select.setLong(1, ids.iterator().next());
			}
			else {
				select.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
			}
			return select;
		}, rs -> {
			long id = rs.getLong("case_id");
			CaseHistory history = byId.computeIfAbsent(id, k -> {
				try {
					long reporter = rs.getLong("reporter_id");
					return new CaseHistory(id, Channel.valueOf(rs.getString("channel")),
							rs.wasNull() ? null : reporter, rs.getString("region_code"), new ArrayList<>());
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			});
			String category = rs.getString("category_code");
			String department = rs.getString("lead_department");
			history.steps().add(new CaseHistory.Step(mapTransition(rs),
					category != null ? category : rs.getString("case_category"),
					category != null ? department : rs.getString("case_department")));
		});
		return new ArrayList<>(byId.values());
	}

	/** A row of {@code cases.transition} as a {@link Transition}. */
	static Transition mapTransition(ResultSet rs) throws SQLException {
		return mapTransition(rs, "");
	}

	/** A row of {@code cases.transition} as a {@link Transition}, its columns named with the prefix. */
	static Transition mapTransition(ResultSet rs, String prefix) throws SQLException {
		return new Transition(Action.valueOf(rs.getString(prefix + "action")),
				enumOrNull(CaseStatus.class, rs.getString(prefix + "from_status")),
				CaseStatus.valueOf(rs.getString(prefix + "to_status")), rs.getTimestamp(prefix + "at").toInstant(),
				new Performer(rs.getLong(prefix + "actor_id"), rs.getString(prefix + "actor_role")),
				rs.getString(prefix + "comment"), strings(rs.getArray(prefix + "attachments")),
				Stage.valueOf(rs.getString(prefix + "stage")), instant(rs.getTimestamp(prefix + "deadline")),
				rs.getString(prefix + "detail"));
	}

	List<Transition> timeline(long caseId) {
		return jdbc.sql("SELECT * FROM cases.transition WHERE case_id = ? ORDER BY id").param(caseId)
			.query((rs, n) -> mapTransition(rs))
			.list();
	}

	/**
	 * The new transitions of the cases (stored with these ids), each with the category and lead department its case
	 * has now: one statement, a row per element of the column arrays.
	 */
	private void insertTransitions(List<Long> caseIds, List<Case> cases) {
		List<Transition> changes = new ArrayList<>();
		List<Object> ids = new ArrayList<>();
		List<Object> categories = new ArrayList<>();
		List<Object> departments = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			Case c = cases.get(i);
			for (Transition t : c.changes()) {
				changes.add(t);
				ids.add(caseIds.get(i));
				categories.add(c.categoryCode());
				departments.add(c.leadDepartment());
			}
		}
		if (changes.isEmpty()) {
			return;
		}
		Map<String, Object> params = new HashMap<>();
		putTransitions(params, changes);
		params.put("t_case", SqlArray.of("bigint", ids.toArray()));
		params.put("t_category", SqlArray.of("text", categories.toArray()));
		params.put("t_department", SqlArray.of("text", departments.toArray()));
		jdbc.sql(INSERT_TRANSITIONS).params(params).update();
	}

	private static final String INSERT_TRANSITIONS = """
			INSERT INTO cases.transition (case_id, action, from_status, to_status, at, actor_id, actor_role, comment,
			    attachments, stage, deadline, detail, category_code, lead_department)
			SELECT t.case_id, t.action, t.from_status, t.to_status, t.at, t.actor_id, t.actor_role, t.comment,
			       t.attachments::text[], t.stage, t.deadline, t.detail, t.category_code, t.lead_department
			FROM unnest(:t_case::bigint[], :t_action::text[], :t_from::text[], :t_to::text[], :t_at::timestamptz[],
			            :t_actor::bigint[], :t_role::text[], :t_comment::text[], :t_attachments::text[], :t_stage::text[],
			            :t_deadline::timestamptz[], :t_detail::text[], :t_category::text[], :t_department::text[])
			       WITH ORDINALITY AS t(case_id, action, from_status, to_status, at, actor_id, actor_role, comment,
			                            attachments, stage, deadline, detail, category_code, lead_department, n)
			ORDER BY t.n""";

	private static String placeholder(String column) {
		return switch (column) {
			case "location" -> "point(:lon, :lat)";
			default -> ":" + column;
		};
	}

	/** The columns of a new case: its state and the lateness of its first steps. */
	private Map<String, Object> newRow(Case c, Instant now) {
		Map<String, Object> row = columns(c, now);
		Lateness late = Lateness.of(c.deadlineBeforeChanges(), c.changes(), workingTime);
		row.put("late_steps", late.steps());
		row.put("worst_late_working_ms", late.workingMillis());
		row.put("worst_late_wall_ms", late.wallMillis());
		return row;
	}

	private static Map<String, Object> columns(Case c, Instant now) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("number", c.number());
		row.put("status", c.status().name());
		row.put("channel", c.channel().name());
		row.put("category_code", c.categoryCode());
		row.put("description", c.description());
		row.put("location", null);
		row.put("grid_code", c.region().gridCode());
		row.put("community_code", c.region().communityCode());
		row.put("street_code", c.region().streetCode());
		row.put("district_code", c.region().districtCode());
		row.put("region_code", c.region().finest());
		row.put("reporter_id", c.reporterId());
		row.put("contact_name", c.contact() == null ? null : c.contact().name());
		row.put("contact_phone", c.contact() == null ? null : c.contact().phone());
		row.put("reported_at", Timestamp.from(c.reportedAt()));
		row.put("proposed_department", c.proposedDepartment());
		row.put("lead_department", c.leadDepartment());
		row.put("assisting_departments", c.assistingDepartments().toArray(String[]::new));
		row.put("community_team", c.communityTeam());
		row.put("handling_limit_amount", amount(c.handlingLimit()));
		row.put("handling_limit_unit", unit(c.handlingLimit()));
		row.put("stage", c.clock().stage().name());
		row.put("stage_started_at", Timestamp.from(c.clock().startedAt()));
		row.put("stage_limit_amount", amount(c.clock().limit()));
		row.put("stage_limit_unit", unit(c.clock().limit()));
		row.put("stage_deadline", c.clock().deadline() == null ? null : Timestamp.from(c.clock().deadline()));
		row.put("warning", c.clock().warning().name());
		row.put("pending_request", c.pendingRequest().name());
		row.put("requested_extension_amount", amount(c.requestedExtension()));
		row.put("requested_extension_unit", unit(c.requestedExtension()));
		row.put("rework_count", c.counters().rework());
		row.put("return_count", c.counters().returns());
		row.put("extension_count", c.counters().extensions());
		row.put("reopen_count", c.counters().reopens());
		row.put("urge_count", c.counters().urge());
		row.put("supervised", c.supervised());
		row.put("satisfaction", c.satisfaction() == null ? null : c.satisfaction().name());
		row.put("master_case_id", c.masterCaseId());
		row.put("closed_at", c.closedAt() == null ? null : Timestamp.from(c.closedAt()));
		row.put("subject", c.subject() == null ? null : c.subject().reference());
		row.put("updated_at", Timestamp.from(now));
		return row;
	}

	/**
	 * The SQL types of the columns that may hold NULL. Bound with their type even when NULL, every execution of a
	 * statement has the same parameter types, so the driver keeps using its server-prepared statement and the server
	 * its cached plan; an untyped NULL where the last call bound a value makes both prepare and plan again.
	 */
	private static final Map<String, Integer> NULLABLE = Map.ofEntries(Map.entry("reporter_id", Types.BIGINT),
			Map.entry("contact_name", Types.VARCHAR), Map.entry("contact_phone", Types.VARCHAR),
			Map.entry("proposed_department", Types.VARCHAR), Map.entry("lead_department", Types.VARCHAR),
			Map.entry("handling_limit_amount", Types.NUMERIC), Map.entry("handling_limit_unit", Types.VARCHAR),
			Map.entry("stage_limit_amount", Types.NUMERIC), Map.entry("stage_limit_unit", Types.VARCHAR),
			Map.entry("stage_deadline", Types.TIMESTAMP), Map.entry("requested_extension_amount", Types.NUMERIC),
			Map.entry("requested_extension_unit", Types.VARCHAR), Map.entry("satisfaction", Types.VARCHAR),
			Map.entry("master_case_id", Types.BIGINT), Map.entry("closed_at", Types.TIMESTAMP),
			Map.entry("subject", Types.VARCHAR), Map.entry("grid_code", Types.VARCHAR),
			Map.entry("community_code", Types.VARCHAR), Map.entry("street_code", Types.VARCHAR));

	/** The column values plus the point's coordinates, which the location column's placeholder uses. */
	private static Map<String, Object> params(Case c, Map<String, Object> row) {
		Map<String, Object> params = new LinkedHashMap<>(row);
		for (Map.Entry<String, Object> e : params.entrySet()) {
			Integer type = NULLABLE.get(e.getKey());
			if (type != null) {
				e.setValue(new SqlParameterValue(type, e.getValue()));
			}
		}
		params.put("lat", c.location().lat());
		params.put("lon", c.location().lon());
		return params;
	}

	static Case map(ResultSet rs) throws SQLException {
		return new Case(rs.getLong("id"), rs.getInt("version"), rs.getString("number"),
				CaseStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
				rs.getString("category_code"), rs.getString("description"), point(rs.getString("location")),
				new CaseLocation(rs.getString("grid_code"), rs.getString("community_code"), rs.getString("street_code"),
						rs.getString("district_code")),
				(Long) rs.getObject("reporter_id"),
				rs.getString("contact_phone") == null && rs.getString("contact_name") == null ? null
						: new Contact(rs.getString("contact_name"), rs.getString("contact_phone")),
				rs.getTimestamp("reported_at").toInstant(), rs.getString("proposed_department"),
				rs.getString("lead_department"), strings(rs.getArray("assisting_departments")),
				rs.getBoolean("community_team"),
				limit(rs.getBigDecimal("handling_limit_amount"), rs.getString("handling_limit_unit")),
				new StageClock(Stage.valueOf(rs.getString("stage")), rs.getTimestamp("stage_started_at").toInstant(),
						limit(rs.getBigDecimal("stage_limit_amount"), rs.getString("stage_limit_unit")),
						instant(rs.getTimestamp("stage_deadline")), WarningLevel.valueOf(rs.getString("warning"))),
				PendingRequest.valueOf(rs.getString("pending_request")),
				limit(rs.getBigDecimal("requested_extension_amount"), rs.getString("requested_extension_unit")),
				new Counters(rs.getInt("rework_count"), rs.getInt("return_count"), rs.getInt("extension_count"),
						rs.getInt("reopen_count"), rs.getInt("urge_count")),
				rs.getBoolean("supervised"), enumOrNull(Satisfaction.class, rs.getString("satisfaction")),
				(Long) rs.getObject("master_case_id"), instant(rs.getTimestamp("closed_at")),
				rs.getString("subject") == null ? null : CaseSubject.parse(rs.getString("subject")));
	}

	/** PostgreSQL's text form of a point: (lon,lat). */
	private static GeoPoint point(String text) {
		String[] parts = text.substring(1, text.length() - 1).split(",");
		return new GeoPoint(Double.parseDouble(parts[1]), Double.parseDouble(parts[0]));
	}

	private static BigDecimal amount(TimeLimit limit) {
		return limit == null ? null : limit.amount();
	}

	private static String unit(TimeLimit limit) {
		return limit == null ? null : limit.unit().name();
	}

	private static TimeLimit limit(BigDecimal amount, String unit) {
		return amount == null ? null : new TimeLimit(amount.stripTrailingZeros(), TimeLimitUnit.valueOf(unit));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}
}
