package org.chengguan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.chengguan.ChengguanApplication;
import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.assessment.internal.RollupMaintenance;
import org.chengguan.cases.Action;
import org.chengguan.cases.CaseFigures;
import org.chengguan.cases.CaseManagement;
import org.chengguan.identity.Actor;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.identity.UserAdministration;
import org.chengguan.regions.demo.DemoDataLoader;
import org.chengguan.worktime.WorkingTime;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6's speed: generates N historical cases with their audit trails (default 1,000,000; {@code --cases=10000000}
 * for the full size), rebuilds the assessment's rollups from the trail, then times the monthly assessment of
 * every unit kind, the quarter's rankings and the dashboard's queries against the 500 ms target.
 * <p>
 * The histories are generated, not lived: spread over {@code --years} (default 3) with daytime hours, 35 % patrol
 * reports, 60 % citizens' and 5 % hotline; some voided, duplicated, returned, shelved, reworked, late at each stage,
 * reopened by an unsatisfied citizen; the last three days' cases stopped part-way. They are written straight into the
 * cases' tables (the lifecycle's own path is what bench/lifecycle measures) and reach the rollups only through the
 * rebuild, which is itself timed.
 */
public final class AssessmentBenchmark {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int CHUNK = 5_000;

	private final long cases;

	private final int years;

	private final boolean durable;

	private final int repeat;

	private ConfigurableApplicationContext context;

	private AssessmentBenchmark(long cases, int years, boolean durable, int repeat) {
		this.cases = cases;
		this.years = years;
		this.durable = durable;
		this.repeat = repeat;
	}

	public static void main(String[] args) throws Exception {
		long cases = Boolean.getBoolean("bench.quick") ? 50_000 : 1_000_000;
		int years = 3;
		boolean durable = true;
		int repeat = 5;
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			switch (kv[0]) {
				case "cases" -> cases = Long.parseLong(kv[1].replace("_", ""));
				case "years" -> years = Integer.parseInt(kv[1]);
				case "durable" -> durable = Boolean.parseBoolean(kv[1]);
				case "repeat" -> repeat = Integer.parseInt(kv[1]);
				default -> {
					System.out.println("bench/assessment [--cases=1000000] [--years=3] [--durable=true] [--repeat=5]"
							+ "   (BENCH_QUICK=true: 50,000 cases)");
					return;
				}
			}
		}
		new AssessmentBenchmark(cases, years, durable, repeat).run();
		System.exit(0);
	}

	private void run() throws Exception {
		Path home = Files.createTempDirectory("chengguan-assessment-bench-");
		try {
			start(home);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long t0 = System.nanoTime();
			generate(jdbc);
			double generateSeconds = (System.nanoTime() - t0) / 1e9;
			// what autovacuum does to a live database's cold pages: statistics, and the visibility map that lets
			// counts read an index alone
			jdbc.execute("VACUUM (ANALYZE)");
			long t1 = System.nanoTime();
			long rebuilt = context.getBean(RollupMaintenance.class).rebuild();
			double rebuildSeconds = (System.nanoTime() - t1) / 1e9;
			jdbc.execute("ANALYZE");
			System.out.println();
			System.out.println("== data ==");
			System.out.printf("generated %,d cases with %,d transitions in %.0f s (%,.0f cases/s)%n", cases,
					jdbc.queryForObject("SELECT count(*) FROM cases.transition", Long.class), generateSeconds,
					cases / generateSeconds);
			System.out.printf("rebuild of the rollups from the audit trail: %,d cases in %.0f s (%,.0f cases/s)%n",
					rebuilt, rebuildSeconds, rebuilt / rebuildSeconds);
			for (String table : List.of("region_day", "area_day", "region_month", "department_day", "person_day")) {
				System.out.printf("   assessment.%s: %,d rows, %s%n", table,
						jdbc.queryForObject("SELECT count(*) FROM assessment." + table, Long.class),
						jdbc.queryForObject("SELECT pg_size_pretty(pg_total_relation_size('assessment." + table + "'))",
								String.class));
			}
			queries();
		}
		finally {
			if (context != null) {
				context.close();
			}
			LifecycleBenchmark.deleteQuietly(home);
		}
	}

	private void start(Path home) {
		long t0 = System.nanoTime();
		SpringApplication app = new SpringApplication(ChengguanApplication.class);
		app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("benchExcludesTestClasses",
				new LifecycleBenchmark.ExcludeTestClasses()));
		context = app.run("--chengguan.embedded-db.data-dir=" + home.resolve("pg"),
				"--chengguan.embedded-db.durable=" + durable, "--chengguan.demo-data=false", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.chengguan=WARN",
				"--logging.level.org.chengguan.assessment.internal=INFO");
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		System.out.printf("started on a fresh embedded PostgreSQL (durable %s) with the demo geography in %.1f s%n",
				durable, (System.nanoTime() - t0) / 1e9);
	}

	// ------------------------------------------------------------------------------------------- generation

	/** The columns of one chunk of generated cases and of their transitions, as arrays for one INSERT each. */
	private static final class Chunk {

		final List<Object> caseId = new ArrayList<>(), number = new ArrayList<>(), status = new ArrayList<>(),
				channel = new ArrayList<>(), category = new ArrayList<>(), lon = new ArrayList<>(),
				lat = new ArrayList<>(), grid = new ArrayList<>(), reporter = new ArrayList<>(),
				reportedAt = new ArrayList<>(), lead = new ArrayList<>(), stage = new ArrayList<>(),
				stageStarted = new ArrayList<>(), stageDeadline = new ArrayList<>(), satisfaction = new ArrayList<>(),
				closedAt = new ArrayList<>(), lateSteps = new ArrayList<>(), lateWorking = new ArrayList<>(),
				lateWall = new ArrayList<>();

		final List<Object> tCase = new ArrayList<>(), tAction = new ArrayList<>(), tFrom = new ArrayList<>(),
				tTo = new ArrayList<>(), tAt = new ArrayList<>(), tActor = new ArrayList<>(), tRole = new ArrayList<>(),
				tStage = new ArrayList<>(), tDeadline = new ArrayList<>(), tDetail = new ArrayList<>(),
				tCategory = new ArrayList<>(), tLead = new ArrayList<>();
	}

	/** One generated case as it goes: its clock, status, department. */
	private static final class Walk {

		final Chunk chunk;

		final long id;

		final String category;

		String status;

		String lead;

		String stage = "NONE";

		Instant at;

		Instant deadline;

		Instant stageStarted;

		final WorkingTime workingTime;

		/** The case's lateness as the lifecycle keeps it on the row (V407): late steps, the worst in 工作时/wall ms. */
		int lateSteps;

		Long worstWorking, worstWall;

		Walk(Chunk chunk, long id, String category, Instant at, WorkingTime workingTime) {
			this.chunk = chunk;
			this.id = id;
			this.category = category;
			this.at = at;
			this.workingTime = workingTime;
		}

		/** A step {@code after} the previous one, starting a clock of {@code limitMinutes} (0: none). */
		void step(String action, String to, long actor, String role, Instant when, String newStage, long limitMinutes,
				String detail) {
			if (deadline != null && when.isAfter(deadline) && CaseFigures.STAGE_STEPS.contains(Action.valueOf(action))) {
				long wall = when.toEpochMilli() - deadline.toEpochMilli();
				long working;
				try {
					working = workingTime.workingMillisBetween(deadline.toEpochMilli(), when.toEpochMilli());
				}
				catch (IllegalArgumentException outsideTheCalendar) {
					working = wall;
				}
				lateSteps++;
				if (worstWorking == null || working > worstWorking || working == worstWorking && wall > worstWall) {
					worstWorking = working;
					worstWall = wall;
				}
			}
			chunk.tCase.add(id);
			chunk.tAction.add(action);
			chunk.tFrom.add(status);
			chunk.tTo.add(to);
			chunk.tAt.add(Timestamp.from(when));
			chunk.tActor.add(actor);
			chunk.tRole.add(role);
			chunk.tStage.add(newStage);
			Instant newDeadline = limitMinutes == 0 ? null : when.plus(limitMinutes, ChronoUnit.MINUTES);
			chunk.tDeadline.add(newDeadline == null ? null : Timestamp.from(newDeadline));
			chunk.tDetail.add(detail);
			chunk.tCategory.add(category);
			chunk.tLead.add(lead);
			status = to;
			at = when;
			if (!newStage.equals(stage) || newDeadline != null) {
				stageStarted = when;
			}
			stage = newStage;
			deadline = newDeadline;
		}

		/** When the next step happens: within the running clock's limit, or late by up to its length again. */
		Instant next(SplittableRandom r, double onTimeShare) {
			long limit = deadline == null ? 60 : Math.max(1, ChronoUnit.MINUTES.between(at, deadline));
			double fraction = r.nextDouble() < onTimeShare ? 0.05 + 0.9 * r.nextDouble() : 1.02 + r.nextDouble();
			return at.plusSeconds((long) (limit * 60 * fraction));
		}
	}

	/** The city's calendar, for the lateness in 工作时 the generator writes on each case as the lifecycle does. */
	private WorkingTime workingTime;

	private void generate(JdbcTemplate jdbc) throws Exception {
		workingTime = context.getBean(WorkingTime.class);
		List<String> grids = jdbc.queryForList("SELECT code FROM regions.region WHERE level = 'GRID' ORDER BY code",
				String.class);
		List<String[]> categories = jdbc.query("SELECT code, default_department FROM catalogue.category WHERE active",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2) });
		List<String> departments = jdbc.queryForList("SELECT code FROM catalogue.department ORDER BY code", String.class);
		Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant begin = end.minus(365L * years, ChronoUnit.DAYS);
		long span = ChronoUnit.SECONDS.between(begin, end);
		SplittableRandom random = new SplittableRandom(20261126L);
		DataSource dataSource = context.getBean(DataSource.class);
		long t0 = System.nanoTime();
		long nextProgress = 100_000;
		long firstId = jdbc.queryForObject("SELECT nextval('cases.case_id_seq')", Long.class);
		jdbc.execute("SELECT setval('cases.case_id_seq', " + (firstId + cases) + ")");
		for (long done = 0; done < cases; done += CHUNK) {
			int n = (int) Math.min(CHUNK, cases - done);
			Chunk chunk = new Chunk();
			for (int i = 0; i < n; i++) {
				long id = firstId + done + i;
				String[] category = categories.get(random.nextInt(categories.size()));
				// days in id order, as a real trail's (a case's id grows with its report time: a rebuild page then
				// touches few days); daytime-weighted hours from 7:00 to 21:00 with more in the morning
				Instant day = begin.plusSeconds((long) (span * ((double) (done + i) / cases)))
					.truncatedTo(ChronoUnit.DAYS);
				double hour = 7 + 14 * Math.pow(random.nextDouble(), 1.3);
				Instant reported = day.plusSeconds((long) ((hour - 8) * 3600)); // Shanghai is UTC+8
				if (reported.isAfter(end)) {
					reported = end.minusSeconds(random.nextInt(3600));
				}
				walk(chunk, random, id, category, departments, reported, end, grids.get(random.nextInt(grids.size())));
			}
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				insertCases(c, chunk);
				insertTransitions(c, chunk);
				c.commit();
			}
			if (done + n >= nextProgress || done + n == cases) {
				double s = (System.nanoTime() - t0) / 1e9;
				System.out.printf("   generated %,d of %,d cases (%.0f %%) in %.0f s, %,.0f cases/s%n", done + n, cases,
						100.0 * (done + n) / cases, s, (done + n) / s);
				nextProgress += 100_000;
			}
		}
	}

	private static final long INSPECTORS = 10_000_000, LEADERS = 11_000_000, DISPATCHERS = 12_000_000,
			OPERATORS = 13_000_000, HANDLERS = 14_000_000, CITIZENS = 20_000_000;

	private void walk(Chunk chunk, SplittableRandom r, long id, String[] category, List<String> departments,
			Instant reported, Instant end, String grid) {
		double channelDraw = r.nextDouble();
		String channel = channelDraw < 0.35 ? "INSPECTOR" : channelDraw < 0.95 ? "CITIZEN_APP" : "HOTLINE";
		long inspector = INSPECTORS + r.nextInt(300);
		long leader = LEADERS + r.nextInt(40);
		long dispatcher = DISPATCHERS + r.nextInt(20);
		Long reporter = switch (channel) {
			case "INSPECTOR" -> inspector;
			case "HOTLINE" -> OPERATORS + r.nextInt(20);
			default -> CITIZENS + r.nextInt(200_000);
		};
		Walk w = new Walk(chunk, id, category[0], reported, workingTime);
		// the last three days' cases are still on their way: stop after a random number of steps
		int stepsAllowed = ChronoUnit.HOURS.between(reported, end) < 72 ? r.nextInt(8) : Integer.MAX_VALUE;
		boolean citizenLike = !channel.equals("INSPECTOR");
		String reporterRole = channel.equals("INSPECTOR") ? "INSPECTOR" : channel.equals("HOTLINE") ? "OPERATOR" : "CITIZEN";
		if (citizenLike) {
			w.step("REPORT", "REPORTED", reporter, reporterRole, reported, "VERIFY", 60, null);
		}
		else {
			w.step("REPORT", "VERIFIED", reporter, reporterRole, reported, "FILE", 30, null);
		}
		int steps = 1;
		String satisfaction = null;
		Instant closedAt = null;
		walk: {
			if (r.nextDouble() < 0.03) {
				w.step("LINK_DUPLICATE", "DUPLICATE", 0, "SYSTEM", reported, "NONE", 0, "generated duplicate");
				break walk;
			}
			if (citizenLike) {
				if (steps++ >= stepsAllowed || r.nextDouble() < 0.06 && voidIt(w, r, leader)) {
					break walk;
				}
				w.step("VERIFY", "VERIFIED", inspector, "INSPECTOR", w.next(r, 0.93), "FILE", 30, null);
			}
			if (steps++ >= stepsAllowed) {
				break walk;
			}
			w.step("FILE", "FILED", leader, "SHIFT_LEADER", w.next(r, 0.95), "DISPATCH", 30, null);
			String department = category[1];
			if (steps++ >= stepsAllowed) {
				break walk;
			}
			w.lead = department;
			w.step("DISPATCH", "DISPATCHED", dispatcher, "DISPATCHER", w.next(r, 0.95), "HANDLE", 24 * 60, null);
			long handler = HANDLERS + departments.indexOf(department);
			if (r.nextDouble() < 0.03) {
				w.step("REQUEST_RETURN", "DISPATCHED", handler, "HANDLER", w.next(r, 1.0), "HANDLE", 0, null);
				w.lead = null;
				w.step("APPROVE_RETURN", "FILED", dispatcher, "DISPATCHER", w.at.plusSeconds(600), "DISPATCH", 30,
						"approved");
				w.lead = departments.get(r.nextInt(departments.size()));
				handler = HANDLERS + departments.indexOf(w.lead);
				w.step("DISPATCH", "DISPATCHED", dispatcher, "DISPATCHER", w.next(r, 0.9), "HANDLE", 24 * 60, null);
			}
			if (r.nextDouble() < 0.02) {
				w.step("REQUEST_SHELVING", "DISPATCHED", handler, "HANDLER", w.next(r, 1.0), "HANDLE", 0, null);
				w.step("APPROVE_SHELVING", "SHELVED", dispatcher, "DISPATCHER", w.at.plusSeconds(1800), "NONE", 0,
						"approved");
				break walk;
			}
			if (steps++ >= stepsAllowed) {
				break walk;
			}
			w.step("HANDLE", "HANDLED", handler, "HANDLER", w.next(r, 0.88), "CHECK", 60, null);
			if (r.nextDouble() < 0.05) {
				w.step("CHECK_FAIL", "DISPATCHED", inspector, "INSPECTOR", w.next(r, 0.9), "HANDLE", 24 * 60, null);
				w.step("HANDLE", "HANDLED", handler, "HANDLER", w.next(r, 0.8), "CHECK", 60, null);
			}
			if (steps++ >= stepsAllowed) {
				break walk;
			}
			w.step("CHECK_PASS", "CHECKED", inspector, "INSPECTOR", w.next(r, 0.93), "CLOSE", 30, null);
			if (steps++ >= stepsAllowed) {
				break walk;
			}
			boolean answerBack = citizenLike;
			w.step("CLOSE", "CLOSED", leader, "SHIFT_LEADER", w.next(r, 0.96), answerBack ? "ANSWER_BACK" : "NONE",
					answerBack ? 2 * 24 * 60 : 0, null);
			closedAt = w.at;
			if (answerBack && steps++ < stepsAllowed && r.nextDouble() < 0.9) {
				double s = r.nextDouble();
				satisfaction = s < 0.85 ? "SATISFIED" : s < 0.95 ? "BASICALLY_SATISFIED" : "UNSATISFIED";
				boolean reopened = satisfaction.equals("UNSATISFIED");
				w.step("FEEDBACK", reopened ? "DISPATCHED" : "ANSWERED", reporter, reporterRole, w.next(r, 1.0),
						reopened ? "HANDLE" : "NONE", reopened ? 24 * 60 : 0, satisfaction);
				if (reopened) {
					closedAt = null;
				}
			}
		}
		Chunk c = chunk;
		c.caseId.add(id);
		c.number.add("G" + id);
		c.status.add(w.status);
		c.channel.add(channel);
		c.category.add(category[0]);
		c.lon.add(116.70 + 0.2 * r.nextDouble());
		c.lat.add(33.85 + 0.2 * r.nextDouble());
		c.grid.add(grid);
		c.reporter.add(reporter);
		c.reportedAt.add(Timestamp.from(reported));
		c.lead.add(w.lead);
		c.stage.add(w.stage);
		c.stageStarted.add(Timestamp.from(w.stageStarted == null ? reported : w.stageStarted));
		c.stageDeadline.add(w.deadline == null ? null : Timestamp.from(w.deadline));
		c.satisfaction.add(satisfaction);
		c.closedAt.add(closedAt == null ? null : Timestamp.from(closedAt));
		c.lateSteps.add(w.lateSteps);
		c.lateWorking.add(w.worstWorking);
		c.lateWall.add(w.worstWall);
	}

	private static boolean voidIt(Walk w, SplittableRandom r, long leader) {
		w.step("VOID", "VOIDED", leader, "SHIFT_LEADER", w.next(r, 0.9), "NONE", 0, null);
		return true;
	}

	private static void insertCases(Connection c, Chunk k) throws Exception {
		try (PreparedStatement insert = c.prepareStatement("""
				INSERT INTO cases."case" (id, version, number, status, channel, category_code, description, location,
				    grid_code, community_code, street_code, district_code, region_code, reporter_id, reported_at,
				    lead_department, stage, stage_started_at, stage_deadline, warning, pending_request, satisfaction,
				    closed_at, updated_at, late_steps, worst_late_working_ms, worst_late_wall_ms)
				SELECT id, 1, number, status, channel, category, '生成的历史案卷', point(lon, lat), grid, substr(grid, 1, 12),
				       substr(grid, 1, 9), substr(grid, 1, 6), grid, reporter, reported_at, lead, stage, stage_started,
				       stage_deadline, 'GREEN', 'NONE', satisfaction, closed_at, now(), late_steps, late_working, late_wall
				FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[], ?::text[],
				            ?::bigint[], ?::timestamptz[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[],
				            ?::text[], ?::timestamptz[], ?::int[], ?::bigint[], ?::bigint[])
				  AS t(id, number, status, channel, category, lon, lat, grid, reporter, reported_at, lead, stage,
				       stage_started, stage_deadline, satisfaction, closed_at, late_steps, late_working, late_wall)""")) {
			List<List<Object>> columns = List.of(k.caseId, k.number, k.status, k.channel, k.category, k.lon, k.lat, k.grid,
					k.reporter, k.reportedAt, k.lead, k.stage, k.stageStarted, k.stageDeadline, k.satisfaction, k.closedAt,
					k.lateSteps, k.lateWorking, k.lateWall);
			String[] types = { "bigint", "text", "text", "text", "text", "float8", "float8", "text", "bigint",
					"timestamptz", "text", "text", "timestamptz", "timestamptz", "text", "timestamptz", "int4", "bigint",
					"bigint" };
			bind(c, insert, columns, types);
			insert.executeUpdate();
		}
	}

	private static void insertTransitions(Connection c, Chunk k) throws Exception {
		try (PreparedStatement insert = c.prepareStatement("""
				INSERT INTO cases.transition (case_id, action, from_status, to_status, at, actor_id, actor_role, stage,
				    deadline, detail, category_code, lead_department)
				SELECT * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::bigint[],
				                     ?::text[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[])""")) {
			List<List<Object>> columns = List.of(k.tCase, k.tAction, k.tFrom, k.tTo, k.tAt, k.tActor, k.tRole, k.tStage,
					k.tDeadline, k.tDetail, k.tCategory, k.tLead);
			String[] types = { "bigint", "text", "text", "text", "timestamptz", "bigint", "text", "text", "timestamptz",
					"text", "text", "text" };
			bind(c, insert, columns, types);
			insert.executeUpdate();
		}
	}

	private static void bind(Connection c, PreparedStatement insert, List<List<Object>> columns, String[] types)
			throws Exception {
		for (int i = 0; i < columns.size(); i++) {
			Array array = c.createArrayOf(types[i], columns.get(i).toArray());
			insert.setArray(i + 1, array);
		}
	}

	// ------------------------------------------------------------------------------------------- queries

	private void queries() throws Exception {
		Assessment assessment = context.getBean(Assessment.class);
		CaseManagement caseManagement = context.getBean(CaseManagement.class);
		Actor leader = new Actor(1, "bench-leader", "压测领导", Set.of(Role.LEADER, Role.ADMIN), "3406", null, Set.of());
		LocalDate today = LocalDate.now(ZONE);
		YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
		Period month = Period.parse(lastMonth.toString(), today);
		int quarter = (lastMonth.getMonthValue() - 1) / 3 + 1;
		Period lastQuarter = Period.parse(lastMonth.getYear() + "-Q" + quarter, today);
		System.out.println();
		System.out.printf("== queries (in-process, %d timed runs after one warm-up; target: each under 500 ms) ==%n",
				repeat);
		List<String[]> rows = new ArrayList<>();
		for (String kind : Assessment.KINDS) {
			rows.add(time("monthly assessment of every " + kind + " (" + month.label() + ")",
					() -> assessment.evaluate(leader, kind, month, null).units().size()));
		}
		for (String kind : List.of("district", "street", "community", "department", "inspector")) {
			rows.add(time("quarter's ranking of " + kind + "s (" + lastQuarter.label() + ")",
					() -> assessment.evaluate(leader, kind, lastQuarter, null).units().size()));
		}
		rows.add(time("dashboard: public scoreboard (" + month.label() + ")",
				() -> assessment.scoreboard(month).districts().size()));
		rows.add(time("dashboard: the city's queue counts (open and overdue cases)",
				() -> caseManagement.queueCounts(leader, null)));
		rows.add(time("dashboard: the district ranking this month (as of now)",
				() -> assessment.evaluate(leader, "district", Period.parse(null, today), null).units().size()));
		rows.addAll(caseFigures(leader, month));
		int pass = 0;
		for (String[] row : rows) {
			System.out.printf("   %-72s p50 %7s ms  max %7s ms  %s%n", row[0], row[1], row[2], row[3]);
			pass += row[3].equals("PASS") ? 1 : 0;
		}
		System.out.printf("%d of %d queries under 500 ms at %,d cases (durable=%s, %d cores)%n", pass, rows.size(), cases,
				durable, Runtime.getRuntime().availableProcessors());
		exports(month);
	}

	/** The dashboard's heat map (500 m cells) and the late cases behind a score, over a month of the city's cases. */
	private List<String[]> caseFigures(Actor leader, Period month) {
		CaseFigures figures = context.getBean(CaseFigures.class);
		Instant from = month.from().atStartOfDay(ZONE).toInstant();
		Instant to = month.to().plusDays(1).atStartOfDay(ZONE).toInstant();
		double cellLat = 500 / 111_195.0;
		double cellLon = cellLat / Math.cos(Math.toRadians(33.955));
		List<String[]> rows = new ArrayList<>();
		rows.add(time("dashboard: heat map of the city's cases (" + month.label() + ", 500 m cells)",
				() -> figures.heat(leader, new CaseFigures.HeatQuery(null, from, to, false, cellLat, cellLon, null))
					.cellCount()));
		rows.add(time("dashboard: heat map of the city's late cases (" + month.label() + ")",
				() -> figures.heat(leader, new CaseFigures.HeatQuery(null, from, to, true, cellLat, cellLon, null))
					.cellCount()));
		rows.add(time("late cases behind the city's score (" + month.label() + ", worst 200)",
				() -> figures.late(leader, new CaseFigures.LateQuery(null, null, null, null, CaseFigures.STAGE_STEPS,
						true, from, to, 200)).total()));
		rows.add(time("late cases behind a district's score (340603, " + month.label() + ")",
				() -> figures.late(leader, new CaseFigures.LateQuery("340603", null, null, null,
						CaseFigures.STAGE_STEPS, true, from, to, 200)).total()));
		return rows;
	}

	/**
	 * How long the monthly report's downloads take over HTTP for a month and a year (no target: what the page's
	 * progress bar covers), as a city leader.
	 */
	private void exports(Period month) throws Exception {
		String password = "bench-pass-2026";
		context.getBean(UserAdministration.class)
			.create(NewUser.staff("bench-export-leader", "压测领导", password, "3406", Role.LEADER));
		String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"bench-export-leader\",\"password\":\"" + password + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		String token = tools.jackson.databind.json.JsonMapper.builder().build().readTree(signIn.body()).get("token")
			.asString();
		System.out.println();
		System.out.println("== exports over HTTP (3 timed runs after one warm-up; no target) ==");
		for (String period : List.of(month.label(), String.valueOf(month.from().getYear()))) {
			for (String kind : List.of("xlsx", "pdf")) {
				URI uri = URI.create(base + "/api/v1/assessment/report." + kind + "?period=" + period);
				long[] bytes = new long[1];
				String[] row = timeRuns(3, () -> {
					try {
						HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(uri)
							.header("Authorization", "Bearer " + token)
							.build(), HttpResponse.BodyHandlers.ofByteArray());
						bytes[0] = file.statusCode() == 200 ? file.body().length : -file.statusCode();
						return bytes[0];
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				});
				System.out.printf("   report.%-4s %-8s p50 %7s ms  max %7s ms  %,d bytes%n", kind, period, row[1], row[2],
						bytes[0]);
			}
		}
	}

	private String[] time(String name, Supplier<?> query) {
		String[] row = timeRuns(repeat, query);
		row[0] = name;
		return row;
	}

	private static String[] timeRuns(int repeat, Supplier<?> query) {
		query.get();
		long[] nanos = new long[repeat];
		for (int i = 0; i < repeat; i++) {
			long t = System.nanoTime();
			query.get();
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		double p50 = nanos[repeat / 2] / 1e6;
		double max = nanos[repeat - 1] / 1e6;
		return new String[] { null, String.format("%.1f", p50), String.format("%.1f", max),
				max < 500 ? "PASS" : "MISS" };
	}
}
