package org.chengguan.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.chengguan.ChengguanApplication;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.cases.Satisfaction;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.UserAdministration;
import org.chengguan.identity.demo.DemoUserLoader;
import org.chengguan.platform.database.EmbeddedDatabaseServer;
import org.chengguan.regions.Location;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.task.api.Task;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The speed of issue 3, measured side by side in one run on one fresh embedded PostgreSQL:
 * <ol>
 * <li>the floor: PostgreSQL's own rate of single-row committed inserts (autocommit) of a case-sized row, from 100
 * client threads over a pool of the app's size, and over 100 connections for information;</li>
 * <li>intake over HTTP: 100 concurrent clients POSTing citizen reports to {@code /api/v1/cases} (located, checked
 * for duplicates, committed): sustained rate of 201s, p50/p99/max latency, errors by status;</li>
 * <li>the full lifecycle in-process through {@link CaseManagement}: report → verify → file → dispatch → handle →
 * check-pass → close → feedback, with 1 and 8 threads;</li>
 * <li>the peer: Flowable 7.2 standalone on its own database of the same server, running the same eight steps as a
 * BPMN model of user tasks ({@code case-lifecycle.bpmn20.xml}), with the same thread counts;</li>
 * </ol>
 * then prints the ratios against the issue's targets: intake ≥ 40 % of the floor, lifecycle ≥ 3 × Flowable's.
 * <p>
 * Run with {@code bench/lifecycle} ({@code --help} lists the options); {@code BENCH_QUICK=true bench/lifecycle} is a
 * smoke run of a few seconds per phase.
 */
public final class LifecycleBenchmark {

	/** Categories that 相山区's routing sends to 环卫处 (SANITATION), whose demo handler can handle them. */
	static final List<String> LIFECYCLE_CATEGORIES = List.of("E0102", "E0103", "E0104", "C0301", "C0305");

	/** The district whose grids the intake's reports are spread over: 相山区. */
	static final String INTAKE_DISTRICT = "340603";

	static final String PASSWORD = "bench-pass-2026";

	static final String[] DESCRIPTIONS = { "路边有暴露垃圾，影响市容，请尽快清理", "人行道上有积存垃圾渣土，行人不便",
			"公共设施损坏，存在安全隐患，请派人查看", "小区门口占道经营，影响通行", "绿地内有杂物堆放，气味难闻",
			"路灯不亮，夜间行走不安全", "墙上有乱张贴小广告，影响美观", "井盖松动，车辆经过响声很大" };

	private final Settings settings;

	private final Map<String, Measured> results = new LinkedHashMap<>();

	private final List<String> notes = new ArrayList<>();

	private ConfigurableApplicationContext context;

	private EmbeddedDatabaseServer server;

	private HikariDataSource appPool;

	private Path home;

	private int port;

	private LifecycleBenchmark(Settings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.parse(args);
		if (settings == null) {
			return;
		}
		new LifecycleBenchmark(settings).run();
		System.exit(0); // HttpClient and Hikari housekeeping threads need not delay the exit
	}

	// ------------------------------------------------------------------------------------------------ the run

	private void run() throws Exception {
		long started = System.nanoTime();
		home = Files.createTempDirectory("chengguan-lifecycle-bench-");
		try {
			start();
			printSettings();
			List<Actor> citizens = citizens();
			if (settings.phases.contains("floor")) {
				floor();
			}
			if (settings.phases.contains("intake")) {
				intake(citizens);
			}
			if (settings.phases.contains("intake-in-process")) {
				intakeInProcess(citizens);
			}
			if (settings.phases.contains("lifecycle") || settings.phases.contains("flowable")) {
				lifecycles(citizens);
			}
			report(Duration.ofNanos(System.nanoTime() - started));
		}
		finally {
			if (floorPool != null) {
				floorPool.close();
			}
			if (context != null) {
				context.close();
			}
			deleteQuietly(home);
		}
	}

	/** Starts the platform on a fresh embedded PostgreSQL in a temporary directory, with the demo data and users. */
	private void start() {
		System.out.printf("Starting the platform on a fresh embedded PostgreSQL in %s (durable: %s) …%n", home,
				settings.durable);
		long t0 = System.nanoTime();
		// HttpCeiling: the bench's no-op endpoint, for the HTTP ceiling (not part of the platform)
		SpringApplication app = new SpringApplication(ChengguanApplication.class, HttpCeiling.class);
		// bench/ compiles with the tests: keep their nested @Configuration classes out of the app's component scan
		app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("benchExcludesTestClasses",
				new ExcludeTestClasses()));
		List<String> arguments = new ArrayList<>(List.of("--chengguan.embedded-db.data-dir=" + home.resolve("pg"),
				"--chengguan.embedded-db.durable=" + settings.durable, "--chengguan.demo-data=true", "--server.port=0",
				"--chengguan.photos.dir=" + home.resolve("photos"),
				// the demo's simulated parking and charging feeds would be background load in every window
				"--chengguan.facilities.demo-feeder.enabled=false",
				// bcrypt's cost applies to creating users and signing in only, both outside every timed window
				"--chengguan.identity.password-strength=4", "--spring.main.banner-mode=off", "--bench.http-ceiling=true",
				"--logging.level.root=WARN", "--logging.level.org.chengguan=WARN"));
		settings.appProperties.forEach((k, v) -> arguments.add("--" + k + "=" + v));
		if (settings.pgStatements) {
			// brackets keep the underscores of the setting's name in the map key
			arguments.add("--chengguan.embedded-db.settings[shared_preload_libraries]=pg_stat_statements");
			arguments.add("--chengguan.embedded-db.settings[pg_stat_statements.track_planning]=on");
		}
		context = app.run(arguments.toArray(String[]::new));
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		context.getBean(DemoUserLoader.class).loadIfAbsent();
		server = context.getBean(EmbeddedDatabaseServer.class);
		if (settings.pgStatements) {
			try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
				s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
			}
			catch (SQLException e) {
				throw new IllegalStateException("pg_stat_statements could not be loaded", e);
			}
		}
		appPool = context.getBean(DataSource.class) instanceof HikariDataSource h ? h
				: unwrap(context.getBean(DataSource.class));
		port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
		System.out.printf("… started with demo data in %.1f s (port %d)%n", (System.nanoTime() - t0) / 1e9, port);
	}

	private static HikariDataSource unwrap(DataSource dataSource) {
		try {
			return dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException e) {
			throw new IllegalStateException("the app's DataSource is not a Hikari pool: " + dataSource, e);
		}
	}

	private void printSettings() throws SQLException {
		try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
			String version = scalar(s, "SHOW server_version");
			String fsync = scalar(s, "SHOW fsync");
			String syncCommit = scalar(s, "SHOW synchronous_commit");
			String fullPages = scalar(s, "SHOW full_page_writes");
			String maxConnections = scalar(s, "SHOW max_connections");
			String walSync = scalar(s, "SHOW wal_sync_method");
			System.out.println();
			System.out.println("== settings ==");
			System.out.printf("machine: %d cores (%s), %d GiB, Java %s, data directory on %s%n",
					Runtime.getRuntime().availableProcessors(), cpuModel(),
					Math.round(totalMemoryBytes() / (1024.0 * 1024 * 1024)), System.getProperty("java.version"), home);
			System.out.printf("PostgreSQL %s (embedded, zonky): durable=%s → fsync=%s, synchronous_commit=%s, "
					+ "full_page_writes=%s, wal_sync_method=%s, max_connections=%s%n", version, settings.durable, fsync,
					syncCommit, fullPages, walSync, maxConnections);
			System.out.printf("app: Hikari pool of %d connections; logging at WARN; bench users' bcrypt cost 4 "
					+ "(sign-in only, untimed)%s%n", appPool.getMaximumPoolSize(), settings.appProperties.isEmpty() ? ""
							: "; EXTRA PROPERTIES " + settings.appProperties);
			System.out.printf("mode: %s; floor %s + %s warm-up (%d-connection floor %s); intake %d clients, %s + "
					+ "%s warm-up (then on until the JIT settles, at most %s more), the floor's and the intake's windows "
					+ "in %d alternating slices (in-process "
					+ "diagnostic %s + %s); lifecycle and Flowable threads %s, %s each after a warm-up of %s (first "
					+ "thread count) or %s, in %d alternating slices%n",
					settings.quick ? "QUICK (smoke run)" : "full", secs(settings.floorWindow), secs(settings.floorWarmup),
					settings.clients, secs(settings.floorWideWindow), settings.clients, secs(settings.intakeWindow),
					secs(settings.intakeWarmup), secs(settings.settleMax), settings.rounds, secs(settings.inProcessWindow),
					secs(settings.inProcessWarmup), Arrays.toString(settings.threads),
					secs(settings.lifecycleWindow), secs(settings.lifecycleFirstWarmup), secs(settings.lifecycleWarmup),
					settings.rounds);
		}
	}

	/** Citizens to report as (many, so no one user's keys or cases serialise the load). */
	private List<Actor> citizens() {
		var admin = context.getBean(UserAdministration.class);
		var actors = context.getBean(Actors.class);
		List<Actor> citizens = new ArrayList<>();
		for (int i = 1; i <= settings.citizens; i++) {
			String name = String.format("bench-citizen-%04d", i);
			citizens.add(actors.byUsername(name)
				.orElseGet(() -> admin.create(NewUser.citizen(name, "压测市民 " + name.substring(14), PASSWORD, null))));
		}
		return citizens;
	}

	// ------------------------------------------------------------------------------------------------ a. floor

	private void floor() throws Exception {
		int poolSize = appPool.getMaximumPoolSize();
		try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
			s.execute("CREATE SCHEMA IF NOT EXISTS bench");
			// the columns a case row fills at intake, with values of the same widths; only the primary key as index
			s.execute("""
					CREATE TABLE IF NOT EXISTS bench.insert_floor (
					    id bigserial PRIMARY KEY, version integer NOT NULL, number text NOT NULL, status text NOT NULL,
					    channel text NOT NULL, category_code text NOT NULL, description text NOT NULL, location point NOT NULL,
					    grid_code text, community_code text, street_code text NOT NULL, district_code text NOT NULL,
					    region_code text NOT NULL, reporter_id bigint, reported_at timestamptz NOT NULL,
					    assisting_departments text[] NOT NULL DEFAULT '{}', handling_limit_amount numeric, stage text NOT NULL,
					    stage_started_at timestamptz NOT NULL, stage_limit_amount numeric, stage_limit_unit text,
					    stage_deadline timestamptz, warning text NOT NULL, pending_request text NOT NULL,
					    rework_count integer NOT NULL DEFAULT 0, supervised boolean NOT NULL DEFAULT false,
					    updated_at timestamptz NOT NULL)
					""");
		}
		// for information only: the same inserts over as many connections as clients, alone
		int connections = Math.min(settings.clients, freeConnections() - 20);
		if (connections < settings.clients) {
			notes.add("the " + settings.clients + "-connection floor ran with " + connections
					+ " connections: max_connections leaves no more");
		}
		try (HikariDataSource wide = pool("bench-floor-wide", "postgres", connections)) {
			Measured m = measure("floor (" + connections + " connections)", settings.clients, settings.floorWarmup,
					settings.floorWideWindow, wide, floorOp(wide));
			m.unit = "inserts";
			results.put("floor-wide", m);
			System.out.println(m.line());
		}
		// the floor of the ratio: a pool of the app's size; measured in rounds alternating with the intake's
		floorPool = pool("bench-floor", "postgres", poolSize);
		floor = new Contender("floor (pool " + poolSize + ")", floorOp(floorPool), floorPool, null);
		measure(floor.label() + " (warm-up)", settings.clients, Duration.ZERO, settings.floorWarmup, null, floor.op());
		if (!settings.phases.contains("intake")) {
			Measured m = measure(floor.label(), settings.clients, Duration.ZERO, settings.floorWindow, floorPool,
					floor.op());
			m.unit = "inserts";
			results.put("floor", m);
			System.out.println(m.line());
		}
	}

	private HikariDataSource floorPool;

	private Contender floor;

	private double floorRowBytes;

	/** One autocommit INSERT of a case-sized row. */
	private Op floorOp(HikariDataSource pool) {
		AtomicLong sequence = new AtomicLong();
		String sql = """
				INSERT INTO bench.insert_floor (version, number, status, channel, category_code, description, location,
				    grid_code, community_code, street_code, district_code, region_code, reporter_id, reported_at,
				    stage, stage_started_at, stage_limit_amount, stage_limit_unit, stage_deadline, warning,
				    pending_request, updated_at)
				VALUES (1, ?, 'REPORTED', 'CITIZEN_APP', ?, ?, point(?, ?), ?, ?, ?, ?, ?, ?, ?, 'VERIFY', ?, 1,
				    'WORK_HOURS', ?, 'GREEN', 'NONE', ?)
				""";
		return thread -> {
			long n = sequence.incrementAndGet();
			Timestamp now = new Timestamp(System.currentTimeMillis());
			try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
				ps.setString(1, String.format("%s%06d", "20261126", n));
				ps.setString(2, "E0102");
				ps.setString(3, DESCRIPTIONS[(int) (n % DESCRIPTIONS.length)]);
				ps.setDouble(4, 116.798 + (n % 1000) * 1e-5);
				ps.setDouble(5, 33.955 + (n % 997) * 1e-5);
				ps.setString(6, "340603001006070");
				ps.setString(7, "340603001006");
				ps.setString(8, "340603001");
				ps.setString(9, "340603");
				ps.setString(10, "340603001006070");
				ps.setLong(11, 100 + n % 100);
				ps.setTimestamp(12, now);
				ps.setTimestamp(13, now);
				ps.setTimestamp(14, now);
				ps.setTimestamp(15, now);
				ps.executeUpdate();
			}
			return null;
		};
	}

	// ------------------------------------------------------------------------------------------------ b. intake

	private long intakeCases;

	private Map<String, Long> intakeStatuses = Map.of();

	private double caseRowBytes;

	private String rowsPerReport = "";

	private void intake(List<Actor> citizens) throws Exception {
		var regions = context.getBean(RegionDirectory.class);
		List<GeoPoint> points = intakePoints(regions);
		List<String> categories = intakeCategories();
		System.out.printf("intake: %d citizens, reports spread over %d points in the grids of %s, %d categories "
				+ "(not the lifecycle's); HTTP client: %s%n", citizens.size(), points.size(), INTAKE_DISTRICT,
				categories.size(), settings.httpClient.equals("jdk") ? "java.net.http.HttpClient, shared"
						: "one keep-alive connection per client (bench PlainHttp)");
		List<String> tokens = new ArrayList<>();
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10)).build();
		for (Actor citizen : citizens) {
			tokens.add(signIn(client, citizen.username(), PASSWORD));
		}
		long before = maxId("cases.\"case\"");
		long transitionsBefore = count("SELECT count(*) FROM cases.transition");
		long timersBefore = count("SELECT count(*) FROM scheduled_tasks");
		long keysBefore = count("SELECT count(*) FROM cases.idempotency_key");
		URI uri = URI.create("http://localhost:" + port + "/api/v1/cases");
		URI ceilingUri = URI.create("http://localhost:" + port + "/api/v1/bench/ceiling");
		SplittableRandom[] randoms = IntStream.range(0, settings.clients).mapToObj(i -> new SplittableRandom(42 + i))
			.toArray(SplittableRandom[]::new);
		Map<String, String> firstBodies = new java.util.concurrent.ConcurrentHashMap<>();
		// one keep-alive connection per client thread (PlainHttp), or all threads on the JDK's HttpClient
		PlainHttp[] plain = settings.httpClient.equals("jdk") ? null
				: IntStream.range(0, settings.clients).mapToObj(i -> new PlainHttp("localhost", port))
					.toArray(PlainHttp[]::new);
		// the intake, then the same requests to the bench's no-op endpoint (HttpCeiling)
		String[] path = { "/api/v1/cases" };
		Op op = thread -> {
			SplittableRandom random = randoms[thread];
			GeoPoint p = points.get(random.nextInt(points.size()));
			String body = String.format(Locale.ROOT, "{\"categoryCode\":\"%s\",\"description\":\"%s\","
					+ "\"lat\":%.7f,\"lon\":%.7f,\"crs\":\"wgs84\",\"channel\":\"CITIZEN_APP\",\"photoIds\":[]}",
					categories.get(random.nextInt(categories.size())),
					DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)], p.lat(), p.lon());
			String token = tokens.get(thread % tokens.size());
			String key = settings.idempotencyKeys ? new UUID(random.nextLong(), random.nextLong()).toString() : null;
			int status;
			String answer;
			if (plain != null) {
				PlainHttp.Answer a = key == null
						? plain[thread].send("POST", path[0], body, "Authorization: Bearer " + token)
						: plain[thread].send("POST", path[0], body, "Authorization: Bearer " + token,
								"Idempotency-Key: " + key);
				status = a.status();
				answer = a.body();
			}
			else {
				var request = HttpRequest.newBuilder(path[0].equals("/api/v1/cases") ? uri : ceilingUri)
					.timeout(Duration.ofSeconds(120))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json");
				if (key != null) {
					request.header("Idempotency-Key", key);
				}
				HttpResponse<String> response = client.send(request.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				status = response.statusCode();
				answer = response.body();
			}
			if (status == 201) {
				return null;
			}
			firstBodies.putIfAbsent("HTTP " + status, answer);
			return "HTTP " + status;
		};
		measure("intake over HTTP (warm-up)", settings.clients, Duration.ZERO, settings.intakeWarmup, null, op);
		settle("intake over HTTP", op);
		// the window in slices alternating with the floor's, so both see the same background load
		int rounds = settings.rounds;
		List<Measured> floorParts = new ArrayList<>();
		List<Measured> intakeParts = new ArrayList<>();
		Duration settle = Duration.ofMillis(500);
		for (int round = 0; round < rounds; round++) {
			if (floor != null) {
				Measured part = measure(floor.label(), settings.clients, settle, settings.floorWindow.dividedBy(rounds),
						floorPool, floor.op());
				part.unit = "inserts";
				floorParts.add(part);
			}
			Measured part = measure("intake over HTTP", settings.clients, settle,
					settings.intakeWindow.dividedBy(rounds), appPool, op);
			part.unit = "reports";
			intakeParts.add(part);
		}
		if (floor != null) {
			Measured f = Measured.merge(floor.label(), floorParts);
			results.put("floor", f);
			System.out.println(f.line());
		}
		if (settings.phases.contains("http-ceiling")) {
			// answered with a real case of this run, as the intake answered it
			HttpResponse<String> sample = client.send(HttpRequest.newBuilder(uri)
				.header("Authorization", "Bearer " + tokens.get(0))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"categoryCode\":\"" + categories.get(0)
						+ "\",\"description\":\"" + DESCRIPTIONS[0] + "\",\"lat\":" + points.get(0).lat()
						+ ",\"lon\":" + points.get(0).lon() + ",\"crs\":\"wgs84\",\"channel\":\"CITIZEN_APP\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			@SuppressWarnings("unchecked")
			Map<String, Object> answer = JsonMapper.builder().build().readValue(sample.body(), Map.class);
			HttpCeiling.answer = answer;
			path[0] = "/api/v1/bench/ceiling";
			measure("HTTP ceiling (warm-up)", settings.clients, Duration.ZERO, settings.ceilingWarmup, null, op);
			settle("HTTP ceiling", op);
			Measured ceiling = measure("HTTP ceiling (no-op endpoint)", settings.clients, Duration.ofMillis(500),
					settings.ceilingWindow, appPool, op);
			ceiling.unit = "requests";
			results.put("http-ceiling", ceiling);
			System.out.println(ceiling.line());
		}
		if (plain != null) {
			Arrays.stream(plain).forEach(PlainHttp::close);
		}
		Measured m = Measured.merge("intake over HTTP", intakeParts);
		m.firstErrors.putAll(firstBodies);
		results.put("intake", m);
		System.out.println(m.line());
		intakeStatuses = new TreeMap<>();
		try (Connection c = adminConnection("postgres");
				PreparedStatement ps = c.prepareStatement(
						"SELECT status, count(*) FROM cases.\"case\" WHERE id > ? GROUP BY status")) {
			ps.setLong(1, before);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					intakeStatuses.put(rs.getString(1), rs.getLong(2));
				}
			}
			try (PreparedStatement width = c.prepareStatement(
					"SELECT coalesce(round(avg(pg_column_size(c.*))), 0) FROM cases.\"case\" c WHERE id > ?")) {
				width.setLong(1, before);
				try (ResultSet rs = width.executeQuery()) {
					rs.next();
					caseRowBytes = rs.getDouble(1);
				}
			}
		}
		intakeCases = intakeStatuses.values().stream().mapToLong(Long::longValue).sum();
		if (intakeCases > 0) {
			rowsPerReport = String.format(Locale.ROOT,
					"per report the app wrote 1 case row, %.1f transition rows, %.1f db-scheduler timers, %.1f idempotency keys",
					(count("SELECT count(*) FROM cases.transition") - transitionsBefore) / (double) intakeCases,
					(count("SELECT count(*) FROM scheduled_tasks") - timersBefore) / (double) intakeCases,
					(count("SELECT count(*) FROM cases.idempotency_key") - keysBefore) / (double) intakeCases);
		}
		System.out.printf("   cases created (warm-up and window): %,d by status %s; %s%n", intakeCases, intakeStatuses,
				rowsPerReport);
		if (settings.statements) {
			explainDuplicateSearch(points, categories);
		}
	}

	/**
	 * Prints the plan of the platform's duplicate search for a batch of eight reports, as the app runs it: the
	 * statement of {@code Cases.findDuplicateCandidates}, with the generic plan the driver's prepared statement gets
	 * after five runs.
	 */
	private void explainDuplicateSearch(List<GeoPoint> points, List<String> categories) throws SQLException {
		StringBuilder probes = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			GeoPoint p = points.get(i * points.size() / 8);
			double dLat = 50 / 111_195.0;
			double dLon = dLat / Math.cos(Math.toRadians(p.lat()));
			probes.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "(%d, '%s', %.7f, %.7f, %.9f, %.9f)",
					i, categories.get(i % categories.size()), p.lon(), p.lat(), dLon, dLat));
		}
		try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
			s.execute("SET plan_cache_mode = force_generic_plan");
			s.execute("""
					PREPARE probe(int[], text[], float8[], float8[], float8[], float8[], text[], timestamptz) AS
					SELECT p.i AS probe, c.* FROM unnest($1, $2, $3, $4, $5, $6, $7)
					    AS p(i, category, lon, lat, dlon, dlat, subject)
					CROSS JOIN LATERAL (
					    SELECT * FROM cases."case" k
					    WHERE k.category_code = p.category AND k.reported_at >= $8
					      AND k.subject IS NOT DISTINCT FROM p.subject
					      AND k.status NOT IN ('VOIDED', 'CLOSED', 'ANSWERED', 'DUPLICATE')
					      AND k.location <@ box(point(p.lon - p.dlon, p.lat - p.dlat), point(p.lon + p.dlon, p.lat + p.dlat))
					    ORDER BY k.location <-> point(p.lon, p.lat)
					    LIMIT 10) c
					ORDER BY p.i, c.location <-> point(p.lon, p.lat)""");
			System.out.println("   the duplicate search's plan now (8 reports, generic plan):");
			try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE probe("
					+ arrays(probes.toString()) + ", array_fill(NULL::text, ARRAY[8]), now() - interval '72 hours')")) {
				while (rs.next()) {
					System.out.println("      " + rs.getString(1));
				}
			}
		}
	}

	/** The six arrays of the probes' VALUES rows, as SQL array literals in parameter order. */
	private static String arrays(String rows) {
		List<List<String>> columns = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			columns.add(new ArrayList<>());
		}
		for (String row : rows.substring(1, rows.length() - 1).split("\\), \\(")) {
			String[] v = row.split(", ");
			for (int i = 0; i < 6; i++) {
				columns.get(i).add(v[i]);
			}
		}
		String[] types = { "int[]", "text[]", "float8[]", "float8[]", "float8[]", "float8[]" };
		List<String> arrays = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			arrays.add("ARRAY[" + String.join(", ", columns.get(i)) + "]::" + types[i]);
		}
		return String.join(", ", arrays);
	}

	/**
	 * For diagnosis, not a target: the same reports with the same clients, straight into {@link CaseManagement}
	 * without HTTP, JSON, the security filters and token look-ups. The gap to the HTTP figure is what the web layer
	 * costs.
	 */
	private void intakeInProcess(List<Actor> citizens) throws Exception {
		var cases = context.getBean(CaseManagement.class);
		List<GeoPoint> points = intakePoints(context.getBean(RegionDirectory.class));
		List<String> categories = intakeCategories();
		SplittableRandom[] randoms = IntStream.range(0, settings.clients).mapToObj(i -> new SplittableRandom(4242 + i))
			.toArray(SplittableRandom[]::new);
		Measured m = measure("intake in-process (diagnostic)", settings.clients, settings.inProcessWarmup,
				settings.inProcessWindow, appPool, thread -> {
					SplittableRandom random = randoms[thread];
					GeoPoint p = points.get(random.nextInt(points.size()));
					var command = new ReportCommand(categories.get(random.nextInt(categories.size())),
							DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)], p.lat(), p.lon(), "wgs84",
							Channel.CITIZEN_APP, List.of(), null, null, false, null);
					cases.report(citizens.get(thread % citizens.size()), command,
							settings.idempotencyKeys ? UUID.randomUUID().toString() : null);
					return null;
				});
		m.unit = "reports";
		results.put("intake-in-process", m);
		System.out.println(m.line());
	}

	private List<String> intakeCategories() {
		return context.getBean(CatalogueManagement.class)
			.categories()
			.stream()
			.filter(Category::active)
			.map(Category::code)
			.filter(code -> !LIFECYCLE_CATEGORIES.contains(code))
			.toList();
	}

	/**
	 * Points uniformly spread over the extent of the district's unit grids (from its grids.geojson), keeping those
	 * that lie in one of its grids.
	 */
	private List<GeoPoint> intakePoints(RegionDirectory regions) throws Exception {
		if (intakePoints != null) {
			return intakePoints;
		}
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/regions/" + INTAKE_DISTRICT + "/grids.geojson")).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("grids.geojson answered " + response.statusCode() + ": " + response.body());
		}
		double[] extent = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
		extend(JsonMapper.builder().build().readTree(response.body()), extent);
		SplittableRandom random = new SplittableRandom(2026);
		List<GeoPoint> points = new ArrayList<>();
		int tries = 0;
		while (points.size() < 50_000 && tries++ < 2_000_000) {
			GeoPoint p = new GeoPoint(extent[1] + random.nextDouble() * (extent[3] - extent[1]),
					extent[0] + random.nextDouble() * (extent[2] - extent[0]));
			regions.locate(p)
				.filter(l -> l.grid().isPresent() && l.district().code().equals(INTAKE_DISTRICT))
				.ifPresent(l -> points.add(p));
		}
		intakePoints = points;
		return points;
	}

	private List<GeoPoint> intakePoints;

	/** Widens {@code extent} (minLon, minLat, maxLon, maxLat) by every coordinate pair under the node. */
	private static void extend(JsonNode node, double[] extent) {
		if (node.isArray() && node.size() >= 2 && node.get(0).isNumber() && node.get(1).isNumber()) {
			double lon = node.get(0).asDouble();
			double lat = node.get(1).asDouble();
			extent[0] = Math.min(extent[0], lon);
			extent[1] = Math.min(extent[1], lat);
			extent[2] = Math.max(extent[2], lon);
			extent[3] = Math.max(extent[3], lat);
			return;
		}
		if (node.isArray() || node.isObject()) {
			for (JsonNode child : node) {
				extend(child, extent);
			}
		}
	}

	private String signIn(HttpClient client, String username, String password) throws Exception {
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password
					+ "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("sign-in of " + username + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return JsonMapper.builder().build().readTree(response.body()).get("token").asString();
	}

	// ------------------------------------------------------------------------------------------------ c. lifecycle

	/** A place and category for one lifecycle: distinct pairs never meet as duplicates. */
	record Spot(GeoPoint point, String category, Location location) {
	}

	private List<Spot> spots;

	/** One side of the lifecycle comparison: how it runs one lifecycle, on which pool, with which photos. */
	record Contender(String label, Op op, HikariDataSource pool, PhotoPool photos) {
	}

	/**
	 * The platform and Flowable, each with the same threads, measured in alternating rounds (platform, Flowable,
	 * platform, …) so that both sides see the same background load of this shared machine.
	 */
	private void lifecycles(List<Actor> citizens) throws Exception {
		FlowableSide flowable = settings.phases.contains("flowable") ? startFlowable() : null;
		try {
			for (int threads : settings.threads) {
				Contender ours = settings.phases.contains("lifecycle") ? platform(threads, citizens) : null;
				Contender theirs = flowable == null ? null : flowable.contender(threads);
				compare(threads, ours, theirs);
				if (ours != null) {
					try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
						System.out.println("   check: " + scalar(s, """
								SELECT count(*) || ' cases answered so far, their timelines ' || min(n) || ' to ' || max(n)
								    || ' transitions long' FROM (SELECT count(t.id) AS n FROM cases."case" c
								    JOIN cases.transition t ON t.case_id = c.id WHERE c.status = 'ANSWERED' GROUP BY c.id) x
								"""));
					}
				}
				if (flowable != null) {
					flowable.check(threads);
				}
			}
		}
		finally {
			if (flowable != null) {
				flowable.close();
			}
		}
	}

	private void compare(int threads, Contender ours, Contender theirs) throws Exception {
		String suffix = ", " + threads + " thread" + (threads == 1 ? "" : "s");
		List<Contender> sides = java.util.stream.Stream.of(ours, theirs).filter(java.util.Objects::nonNull).toList();
		Map<Contender, Double> rates = new HashMap<>();
		for (Contender side : sides) {
			rates.put(side, warmUp(side, threads, warmupFor(threads)));
		}
		int rounds = settings.rounds;
		Duration slice = settings.lifecycleWindow.dividedBy(rounds);
		Duration settle = Duration.ofMillis(500);
		for (Contender side : sides) {
			if (side.photos() != null) {
				side.photos().ensure((long) (rates.get(side)
						* (secondsOf(settings.lifecycleWindow) + rounds * secondsOf(settle)) * 1.5) + 50L * threads);
				side.photos().resetExhausted();
			}
		}
		Map<Contender, List<Measured>> parts = new HashMap<>();
		for (int round = 0; round < rounds; round++) {
			for (Contender side : sides) {
				Measured part = measure(side.label() + suffix, threads, settle, slice, side.pool(), side.op());
				part.unit = "lifecycles";
				parts.computeIfAbsent(side, k -> new ArrayList<>()).add(part);
			}
		}
		for (Contender side : sides) {
			Measured m = Measured.merge(side.label() + suffix, parts.get(side));
			if (side.photos() != null && side.photos().exhausted()) {
				notes.add(m.name + ": the pre-uploaded photo pool ran out; the figure is a lower bound");
			}
			results.put((side == ours ? "lifecycle-" : "flowable-") + threads, m);
			System.out.println(m.line());
		}
	}

	/**
	 * Warms a side up in chunks of 5 s, topping its photo pool up between them by the rate just seen (which rises
	 * while the JIT compiler works); returns the best rate seen.
	 */
	private double warmUp(Contender side, int threads, Duration warmup) throws Exception {
		double rate = 30.0 * threads;
		for (Duration left = warmup; !left.isNegative() && !left.isZero();) {
			Duration chunk = left.compareTo(Duration.ofSeconds(5)) < 0 ? left : Duration.ofSeconds(5);
			if (side.photos() != null) {
				side.photos().ensure((long) (rate * secondsOf(chunk) * 1.5) + 50L * threads);
			}
			rate = Math.max(rate, measure(side.label() + " (warm-up)", threads, Duration.ZERO, chunk, null, side.op())
				.perSecond());
			left = left.minus(chunk);
		}
		return rate;
	}

	/** The platform's lifecycle, in-process through {@link CaseManagement}. */
	private Contender platform(int threads, List<Actor> citizens) {
		var cases = context.getBean(CaseManagement.class);
		var actors = context.getBean(Actors.class);
		Actor inspector = actors.byUsername("inspector").orElseThrow();
		Actor shiftLeader = actors.byUsername("shift-leader").orElseThrow();
		Actor dispatcher = actors.byUsername("dispatcher").orElseThrow();
		Actor handler = actors.byUsername("handler").orElseThrow();
		List<Spot> all = spots();
		// each thread cycles through its own spots, so a spot is reused only after its earlier case was answered
		List<List<Spot>> owned = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			owned.add(IntStream.range(0, all.size()).filter(i -> i % threads == thread).mapToObj(all::get)
				.collect(Collectors.toCollection(ArrayList::new)));
		}
		int[] next = new int[threads];
		AtomicLong sequence = new AtomicLong();
		var photos = new PhotoPool(context.getBean(PhotoLibrary.class), handler.userId(), inspector.userId());
		Op op = thread -> {
			List<Spot> mine = owned.get(thread);
			if (mine.isEmpty()) {
				return "no spot left for this thread";
			}
			Spot spot = mine.get(next[thread]++ % mine.size());
			String[] pair = photos.take();
			if (pair == null) {
				return "photo pool exhausted";
			}
			long k = sequence.incrementAndGet();
			Actor citizen = citizens.get((int) (k % citizens.size()));
			Case reported = cases.report(citizen, new ReportCommand(spot.category(), DESCRIPTIONS[(int) (k % 2)],
					spot.point().lat(), spot.point().lon(), "wgs84", Channel.CITIZEN_APP, List.of(), null, null, false,
					null), null).reported();
			if (reported.status() != CaseStatus.REPORTED) {
				mine.remove(spot); // an open case is in the way: never use this spot again
				return "report became " + reported.status();
			}
			long id = reported.id();
			try {
				cases.act(inspector, id, Action.VERIFY, ActionCommand.comment("属实"));
				cases.act(shiftLeader, id, Action.FILE, ActionCommand.comment(null));
				cases.act(dispatcher, id, Action.DISPATCH, ActionCommand.comment(null));
				cases.act(handler, id, Action.HANDLE, photos(pair[0], "已清理"));
				cases.act(inspector, id, Action.CHECK_PASS, photos(pair[1], "已核查"));
				cases.act(shiftLeader, id, Action.CLOSE, ActionCommand.comment(null));
				Case answered = cases.act(citizen, id, Action.FEEDBACK, new ActionCommand("满意", null, null, null,
						Satisfaction.SATISFIED, null, null, null, null, null, null));
				if (answered.status() != CaseStatus.ANSWERED) {
					mine.remove(spot);
					return "ended " + answered.status();
				}
				return null;
			}
			catch (RuntimeException e) {
				mine.remove(spot); // the case stays open there
				throw e;
			}
		};
		return new Contender("lifecycle", op, appPool, photos);
	}

	/** The first thread count of each engine warms its code up from cold, so it gets the longer warm-up. */
	private Duration warmupFor(int threads) {
		return threads == settings.threads[0] ? settings.lifecycleFirstWarmup : settings.lifecycleWarmup;
	}

	private static ActionCommand photos(String photoId, String comment) {
		return new ActionCommand(comment, null, null, List.of(photoId), null, null, null, null, null, null, null);
	}

	/**
	 * Spots in the demo staff's scope: the city centre's community (the demo inspector's grids), on a lattice of
	 * ~75 m, each with every category that 相山区 routes to 环卫处.
	 */
	private List<Spot> spots() {
		if (spots != null) {
			return spots;
		}
		var regions = context.getBean(RegionDirectory.class);
		Location centre = regions.locate(DemoUserLoader.CITY_CENTRE).orElseThrow();
		String community = centre.community().map(Region::code).orElseThrow();
		List<GeoPoint> points = new ArrayList<>();
		double dLat = 0.00068; // ≈ 75 m
		double dLon = 0.00081; // ≈ 75 m at 34° N
		for (int i = -40; i <= 40; i++) {
			for (int j = -40; j <= 40; j++) {
				GeoPoint p = new GeoPoint(DemoUserLoader.CITY_CENTRE.lat() + i * dLat, DemoUserLoader.CITY_CENTRE.lon()
						+ j * dLon);
				regions.locate(p)
					.filter(l -> l.grid().isPresent() && l.community().map(Region::code).orElse("").equals(community))
					.ifPresent(l -> points.add(p));
			}
		}
		List<Spot> list = new ArrayList<>();
		for (String category : LIFECYCLE_CATEGORIES) {
			for (GeoPoint p : points) {
				list.add(new Spot(p, category, regions.locate(p).orElseThrow()));
			}
		}
		java.util.Collections.shuffle(list, new java.util.Random(7));
		spots = list;
		System.out.printf("lifecycle: %d spots (%d points ≥ 75 m apart in community %s × %d categories routed to "
				+ "SANITATION)%n", list.size(), points.size(), community, LIFECYCLE_CATEGORIES.size());
		return list;
	}

	/** Photos uploaded before the timed windows: one by the handler and one by the inspector per lifecycle. */
	static final class PhotoPool {

		private final PhotoLibrary library;

		private final long handlerId;

		private final long inspectorId;

		private final ConcurrentLinkedQueue<String[]> pairs = new ConcurrentLinkedQueue<>();

		private final byte[] jpeg = TestImages.jpeg(64, 48, 3);

		private volatile boolean exhausted;

		PhotoPool(PhotoLibrary library, long handlerId, long inspectorId) {
			this.library = library;
			this.handlerId = handlerId;
			this.inspectorId = inspectorId;
		}

		/** Uploads photo pairs until the pool holds {@code pairs}. */
		void ensure(long wanted) throws Exception {
			upload((int) Math.max(0, wanted - pairs.size()));
		}

		void resetExhausted() {
			exhausted = false;
		}

		void upload(int count) throws Exception {
			if (count <= 0) {
				return;
			}
			long t0 = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(8);
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					futures.add(pool.submit(() -> {
						String h = library.upload(handlerId, new ByteArrayInputStream(jpeg)).id().toString();
						String c = library.upload(inspectorId, new ByteArrayInputStream(jpeg)).id().toString();
						pairs.add(new String[] { h, c });
					}));
				}
				for (Future<?> f : futures) {
					f.get();
				}
			}
			finally {
				pool.shutdown();
			}
			System.out.printf("   (pre-uploaded %,d photo pairs in %.1f s, untimed)%n", count,
					(System.nanoTime() - t0) / 1e9);
		}

		String[] take() {
			String[] pair = pairs.poll();
			if (pair == null) {
				exhausted = true;
			}
			return pair;
		}

		int size() {
			return pairs.size();
		}

		boolean exhausted() {
			return exhausted;
		}
	}

	// ------------------------------------------------------------------------------------------------ d. Flowable

	private String flowableHistory = "";

	/** Flowable 7.2 standalone on its own database of the same server, with the model deployed. */
	private FlowableSide startFlowable() throws Exception {
		try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE flowable");
		}
		int poolSize = appPool.getMaximumPoolSize();
		HikariDataSource pool = pool("flowable", "flowable", poolSize);
		long t0 = System.nanoTime();
		HistoryLevel history = HistoryLevel.getHistoryLevelForKey(settings.flowableHistory);
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneProcessEngineConfiguration()
			.setDataSource(pool)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setAsyncExecutorActivate(false)
			.setHistoryLevel(history)
			.setEngineName("bench");
		// neither is used by the model; the platform's identity is its own
		configuration.setDisableIdmEngine(true);
		configuration.setDisableEventRegistry(true);
		ProcessEngine engine = configuration.buildProcessEngine();
		try (InputStream model = bpmn()) {
			engine.getRepositoryService().createDeployment().name("case lifecycle")
				.addInputStream("case-lifecycle.bpmn20.xml", model).deploy();
		}
		flowableHistory = history.getKey();
		System.out.printf("Flowable 7.2 standalone: schema created and model deployed in %.1f s (database "
				+ "'flowable' on the same server, Hikari pool of %d, history level %s, async executor off)%n",
				(System.nanoTime() - t0) / 1e9, poolSize, history.getKey());
		return new FlowableSide(engine, pool);
	}

	/** The running Flowable engine: a contender per thread count, and a check that every process finished. */
	final class FlowableSide {

		private final ProcessEngine engine;

		private final HikariDataSource pool;

		private final AtomicLong sequence = new AtomicLong();

		FlowableSide(ProcessEngine engine, HikariDataSource pool) {
			this.engine = engine;
			this.pool = pool;
		}

		Contender contender(int threads) {
			List<Spot> all = spots();
			RuntimeService runtime = engine.getRuntimeService();
			TaskService tasks = engine.getTaskService();
			Op op = thread -> {
				long k = sequence.incrementAndGet();
				Spot spot = all.get((int) (k % all.size()));
				Location l = spot.location();
				String reporter = String.valueOf(1000 + k % settings.citizens);
				Map<String, Object> variables = new HashMap<>();
				variables.put("caseNumber", String.format("FL%010d", k));
				variables.put("channel", "CITIZEN_APP");
				variables.put("categoryCode", spot.category());
				variables.put("description", DESCRIPTIONS[(int) (k % 2)]);
				variables.put("lat", spot.point().lat());
				variables.put("lon", spot.point().lon());
				variables.put("gridCode", l.grid().map(Region::code).orElse(null));
				variables.put("communityCode", l.community().map(Region::code).orElse(null));
				variables.put("streetCode", l.street().code());
				variables.put("districtCode", l.district().code());
				variables.put("reporterId", reporter);
				String process = runtime.startProcessInstanceByKey("caseLifecycle", (String) variables.get("caseNumber"),
						variables).getId();
				String photo = UUID.randomUUID().toString();
				complete(tasks, process, "INSPECTOR", null, Map.of("verified", true, "verifyComment", "属实",
						"verifiedBy", 2L));
				complete(tasks, process, "SHIFT_LEADER", null, Map.of("proposedDepartment", "SANITATION", "filedBy", 3L));
				complete(tasks, process, "DISPATCHER", null, Map.of("leadDepartment", "SANITATION", "dispatchedBy", 4L));
				complete(tasks, process, "SANITATION", null, Map.of("handleComment", "已清理", "handlePhotos", photo,
						"handledBy", 5L));
				complete(tasks, process, "INSPECTOR", null, Map.of("checkPassed", true, "checkComment", "已核查",
						"checkPhotos", photo, "checkedBy", 2L));
				complete(tasks, process, "SHIFT_LEADER", null, Map.of("closedBy", 3L));
				complete(tasks, process, null, reporter, Map.of("satisfaction", "SATISFIED", "feedbackComment", "满意"));
				return null;
			};
			return new Contender("Flowable", op, pool, null);
		}

		/** Notes any process started and not finished (each lifecycle must end at 已回访). */
		void check(int threads) {
			long started = sequence.get();
			long finished = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
			if (finished != started) {
				notes.add("Flowable after " + threads + " threads: " + started + " processes started, " + finished
						+ " finished");
			}
			else {
				System.out.println("   check: " + finished + " Flowable processes started and finished so far");
			}
		}

		void close() {
			engine.close();
			pool.close();
		}
	}

	private static void complete(TaskService tasks, String process, String group, String assignee,
			Map<String, Object> variables) {
		var query = tasks.createTaskQuery().processInstanceId(process);
		Task task = (group != null ? query.taskCandidateGroup(group) : query.taskAssignee(assignee)).singleResult();
		if (task == null) {
			throw new IllegalStateException("no task for " + (group != null ? group : assignee) + " in " + process);
		}
		tasks.complete(task.getId(), variables);
	}

	private InputStream bpmn() throws IOException {
		Path file = Path.of(System.getProperty("bench.home", "."), "bench/src/org/chengguan/bench/case-lifecycle.bpmn20.xml");
		if (Files.isRegularFile(file)) {
			return Files.newInputStream(file);
		}
		InputStream resource = LifecycleBenchmark.class.getResourceAsStream("case-lifecycle.bpmn20.xml");
		if (resource == null) {
			throw new IllegalStateException("the BPMN model is neither at " + file + " nor on the classpath");
		}
		return resource;
	}

	// ------------------------------------------------------------------------------------------------ e. report

	private void report(Duration total) throws SQLException {
		if (floor != null) {
			try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
				floorRowBytes = Double.parseDouble(scalar(s,
						"SELECT round(avg(pg_column_size(f.*))) FROM bench.insert_floor f"));
			}
		}
		System.out.println();
		System.out.println("== figures ==");
		results.values().forEach(m -> System.out.println(m.line()));
		System.out.println();
		System.out.println("== what each side did ==");
		if (results.containsKey("floor")) {
			System.out.printf("floor: one autocommit INSERT of one row (%.0f bytes on average) into a table with only "
					+ "a primary key%n", floorRowBytes);
		}
		if (results.containsKey("intake")) {
			System.out.printf("intake: POST /api/v1/cases with a bearer token%s: locate, duplicate check (same "
					+ "category, 50 m, 72 h), insert, audit row, deadline timers, one commit; no routing (the platform "
					+ "routes at filing); case rows %.0f bytes on average%n",
					settings.idempotencyKeys ? " and an Idempotency-Key" : "", caseRowBytes);
		}
		if (results.containsKey("http-ceiling")) {
			System.out.println("HTTP ceiling: the intake's requests (same clients, bodies, bearer tokens and keys) to "
					+ "the bench's no-op endpoint POST /api/v1/bench/ceiling, behind the same security chain: the "
					+ "body read into a ReportCommand, the actor resolved, a 201 with a real case's JSON answered; no "
					+ "database");
		}
		if (intakeCases > 0) {
			long duplicates = intakeStatuses.getOrDefault("DUPLICATE", 0L);
			System.out.printf("intake: %,d reports became cases, %,d of them (%.1f %%) duplicates of an open case; %s%n",
					intakeCases, duplicates, 100.0 * duplicates / intakeCases, rowsPerReport);
		}
		System.out.println("lifecycle (platform and Flowable, each thread count): warm-up, then the window in "
				+ settings.rounds + " alternating slices (platform, Flowable, platform, …) so both see the same "
				+ "background load");
		System.out.println("lifecycle (platform): report → verify → file → dispatch → handle (1 photo) → check-pass "
				+ "(1 photo) → close → feedback, in-process through CaseManagement as the demo staff and "
				+ settings.citizens + " citizens; verify is included (a citizen's report needs it); 8 transactions, "
				+ "each checking role and scope, state and version, writing the audit trail and the deadline timers");
		System.out.println("lifecycle (Flowable): the same 8 steps as a BPMN process (start + 7 user tasks, found by "
				+ "candidate group or assignee and completed with variables), history level "
				+ (flowableHistory.isEmpty() ? settings.flowableHistory : flowableHistory));
		System.out.println();
		System.out.println("== ratios ==");
		Measured floor = results.get("floor");
		Measured intake = results.get("intake");
		if (floor != null && intake != null && floor.perSecond() > 0) {
			double ratio = intake.perSecond() / floor.perSecond();
			System.out.printf("intake / PostgreSQL insert floor (pool %d): %,.0f / %,.0f = %.1f %%   target ≥ 40 %%   %s%n",
					appPool.getMaximumPoolSize(), intake.perSecond(), floor.perSecond(), 100 * ratio,
					ratio >= 0.40 ? "PASS" : "MISS");
			Measured wide = results.get("floor-wide");
			if (wide != null && wide.perSecond() > 0) {
				System.out.printf("   for information: intake / floor with %d connections = %.1f %%%n", wide.threads,
						100 * intake.perSecond() / wide.perSecond());
			}
			Measured inProcess = results.get("intake-in-process");
			if (inProcess != null) {
				System.out.printf("   for information: intake in-process (no HTTP) / floor = %.1f %%%n",
						100 * inProcess.perSecond() / floor.perSecond());
			}
			Measured ceiling = results.get("http-ceiling");
			if (ceiling != null && ceiling.perSecond() > 0) {
				System.out.printf("   for information: HTTP ceiling (the same requests to a no-op endpoint) / floor = "
						+ "%.1f %%; intake / HTTP ceiling = %.1f %%%n", 100 * ceiling.perSecond() / floor.perSecond(),
						100 * intake.perSecond() / ceiling.perSecond());
			}
		}
		for (int threads : settings.threads) {
			Measured ours = results.get("lifecycle-" + threads);
			Measured flowable = results.get("flowable-" + threads);
			if (ours != null && flowable != null && flowable.perSecond() > 0) {
				double ratio = ours.perSecond() / flowable.perSecond();
				System.out.printf("lifecycle / Flowable, %d thread%s: %,.1f / %,.1f = %.2f ×   target ≥ 3 ×   %s%n",
						threads, threads == 1 ? "" : "s", ours.perSecond(), flowable.perSecond(), ratio,
						ratio >= 3 ? "PASS" : "MISS");
			}
		}
		notes.forEach(n -> System.out.println("note: " + n));
		System.out.printf("(durable=%s, %d cores, %s mode, whole run %.0f s)%n", settings.durable,
				Runtime.getRuntime().availableProcessors(), settings.quick ? "QUICK" : "full", secondsOf(total));
	}

	// ------------------------------------------------------------------------------------------------ measuring

	/** One operation of a load thread; returns null on success, else a label of what went wrong. */
	interface Op {

		String call(int thread) throws Exception;
	}

	/** The results of one phase's measured window. */
	static final class Measured {

		final String name;

		final int threads;

		long ok;

		double seconds;

		long[] latencies = new long[0];

		final Map<String, Long> errors = new TreeMap<>();

		final Map<String, String> firstErrors = new TreeMap<>();

		String unit = "operations";

		CpuUse cpu;

		String waits = "";

		String database = "";

		String rounds = "";

		Measured(String name, int threads) {
			this.name = name;
			this.threads = threads;
		}

		double perSecond() {
			return seconds == 0 ? 0 : ok / seconds;
		}

		/** The rounds of one side taken together: counts and latencies summed, CPU averaged. */
		static Measured merge(String name, List<Measured> parts) {
			Measured m = new Measured(name, parts.get(0).threads);
			m.unit = parts.get(0).unit;
			m.latencies = parts.stream().flatMapToLong(p -> Arrays.stream(p.latencies)).sorted().toArray();
			for (Measured p : parts) {
				m.ok += p.ok;
				m.seconds += p.seconds;
				p.errors.forEach((k, v) -> m.errors.merge(k, v, Long::sum));
				p.firstErrors.forEach(m.firstErrors::putIfAbsent);
			}
			m.cpu = CpuUse.merge(parts.stream().map(p -> p.cpu).toList());
			m.database = parts.get(0).database;
			m.waits = parts.get(0).waits;
			if (parts.size() > 1) {
				m.rounds = parts.stream()
					.map(p -> String.format(Locale.ROOT, "%,.1f/s (rest of the machine %.2f)", p.perSecond(),
							p.cpu.rest()))
					.collect(Collectors.joining(", ", "slices: ", ""));
			}
			return m;
		}

		double percentileMillis(double p) {
			if (latencies.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.min(latencies.length - 1, Math.max(0, Math.ceil(p * latencies.length) - 1));
			return latencies[index] / 1e6;
		}

		String line() {
			StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
					"%-36s %,10.1f %s/s  (%,d in %.1f s; p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d threads)", name,
					perSecond(), unit, ok, seconds, percentileMillis(0.50), percentileMillis(0.99),
					percentileMillis(1.0), threads));
			if (!errors.isEmpty()) {
				b.append("\n   errors: ").append(errors);
				firstErrors.forEach((label, message) -> b.append("\n   first ").append(label).append(": ")
					.append(message.length() > 300 ? message.substring(0, 300) + "…" : message));
			}
			if (cpu != null) {
				b.append("\n   ").append(cpu);
			}
			if (!rounds.isEmpty()) {
				b.append("\n   ").append(rounds);
			}
			if (!database.isEmpty()) {
				b.append("\n   ").append(database);
			}
			if (!waits.isEmpty()) {
				b.append("\n   ").append(waits);
			}
			return b.toString();
		}
	}

	/** What one load thread saw inside the measured window. */
	static final class Recorder {

		long[] latencies = new long[1024];

		int count;

		long ok;

		final Map<String, Long> errors = new HashMap<>();

		final Map<String, String> firstErrors = new HashMap<>();

		void record(long nanos, String error, String message) {
			if (error == null) {
				ok++;
				if (count == latencies.length) {
					latencies = Arrays.copyOf(latencies, count * 2);
				}
				latencies[count++] = nanos;
			}
			else {
				errors.merge(error, 1L, Long::sum);
				if (message != null) {
					firstErrors.putIfAbsent(error, message);
				}
			}
		}
	}

	/**
	 * Goes on warming up in 5 s chunks, up to {@code --settle-max} (default 120 s), while the JIT compilers still use
	 * more than 5 % of a core: on this 2-core machine C2 was still compiling the intake's code at 0.3–0.6 of a core
	 * a minute into its load, which the window would otherwise measure as the intake's own cost. Prints how long it
	 * took.
	 */
	private void settle(String name, Op op) {
		Duration chunk = Duration.ofSeconds(settings.quick ? 1 : 5);
		Duration waited = Duration.ZERO;
		double jit;
		do {
			long before = CpuMeter.compilationMillis();
			long start = System.nanoTime();
			measure(name + " (warm-up until the JIT settles)", settings.clients, Duration.ZERO, chunk, null, op);
			jit = (CpuMeter.compilationMillis() - before) / 1e3 / ((System.nanoTime() - start) / 1e9);
			waited = waited.plus(chunk);
		}
		while (jit > 0.05 && waited.compareTo(settings.settleMax) < 0);
		System.out.printf(Locale.ROOT, "%s: %d s more warm-up until the JIT compilers used %.2f of a core (limit %d s)%n",
				name, waited.toSeconds(), jit, settings.settleMax.toSeconds());
	}

	/**
	 * Runs {@code threads} threads doing {@code op} in a loop: a warm-up, then a measured window. Counts the
	 * operations that completed inside the window (their latencies too); the threads stop after the window.
	 */
	private Measured measure(String name, int threads, Duration warmup, Duration window, HikariDataSource watched,
			Op op) {
		AtomicBoolean stop = new AtomicBoolean();
		// the window's start and end in System.nanoTime(), published to the load threads
		var bounds = new AtomicLongArray(new long[] { Long.MAX_VALUE, Long.MAX_VALUE });
		AtomicLong completed = new AtomicLong();
		Recorder[] recorders = new Recorder[threads];
		Thread[] workers = new Thread[threads];
		for (int i = 0; i < threads; i++) {
			int index = i;
			Recorder recorder = recorders[i] = new Recorder();
			workers[i] = new Thread(() -> {
				while (!stop.get()) {
					long t0 = System.nanoTime();
					String error;
					String message = null;
					try {
						error = op.call(index);
					}
					catch (Throwable e) {
						Throwable root = e;
						while (root.getCause() != null && root.getCause() != root) {
							root = root.getCause();
						}
						error = e.getClass().getSimpleName()
								+ (root != e ? " (" + root.getClass().getSimpleName() + ")" : "");
						message = String.valueOf(e.getMessage());
					}
					long t1 = System.nanoTime();
					if (error == null) {
						completed.incrementAndGet();
					}
					if (t1 >= bounds.get(0) && t1 <= bounds.get(1)) {
						recorder.record(t1 - t0, error, message);
					}
					if ("photo pool exhausted".equals(error) || "no spot left for this thread".equals(error)) {
						return;
					}
				}
			}, "bench-" + i);
			workers[i].setDaemon(true);
		}
		for (Thread worker : workers) {
			worker.start();
		}
		Thread progress = null;
		if (settings.progress) {
			progress = new Thread(() -> {
				long last = 0;
				long start = System.nanoTime();
				while (!stop.get()) {
					sleep(Duration.ofSeconds(5));
					long now = completed.get();
					System.out.printf(Locale.ROOT, "   … %s: %.0f s, %.1f/s in the last 5 s%n", name,
							(System.nanoTime() - start) / 1e9, (now - last) / 5.0);
					last = now;
				}
			}, "bench-progress");
			progress.setDaemon(true);
			progress.start();
		}
		sleep(warmup);
		String database = watched == null ? "postgres"
				: watched.getJdbcUrl().replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
		long[] db0 = databaseCounters(database);
		CpuMeter cpu = new CpuMeter(server);
		WaitSampler sampler = new WaitSampler(watched);
		sampler.start();
		resetServerStatements();
		bounds.set(0, System.nanoTime());
		sleep(window);
		bounds.set(1, System.nanoTime());
		String serverStatements = serverStatements(database, (bounds.get(1) - bounds.get(0)) / 1e9);
		long[] db1 = databaseCounters(database);
		CpuUse cpuUse = cpu.summary();
		String waitLine = sampler.finish() + serverStatements;
		stop.set(true);
		for (Thread worker : workers) {
			try {
				worker.join(120_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		Measured m = new Measured(name, threads);
		m.seconds = (bounds.get(1) - bounds.get(0)) / 1e9;
		int total = 0;
		for (Recorder r : recorders) {
			m.ok += r.ok;
			total += r.count;
			r.errors.forEach((k, v) -> m.errors.merge(k, v, Long::sum));
			r.firstErrors.forEach(m.firstErrors::putIfAbsent);
		}
		long[] all = new long[total];
		int at = 0;
		for (Recorder r : recorders) {
			System.arraycopy(r.latencies, 0, all, at, r.count);
			at += r.count;
		}
		Arrays.sort(all);
		m.latencies = all;
		m.cpu = cpuUse;
		m.waits = waitLine;
		if (m.ok > 0 && db0 != null && db1 != null) {
			m.database = String.format(Locale.ROOT, "database '%s' per %s (pg_stat_database, approximate): %.1f "
					+ "transactions, %.1f rows inserted, %.1f updated, %.1f deleted", database,
					m.unit.endsWith("s") ? m.unit.substring(0, m.unit.length() - 1) : m.unit,
					(db1[0] - db0[0]) / (double) m.ok, (db1[1] - db0[1]) / (double) m.ok,
					(db1[2] - db0[2]) / (double) m.ok, (db1[3] - db0[3]) / (double) m.ok);
		}
		return m;
	}

	/** CPU used during a window, in cores; {@link #merge} averages windows by their length. */
	record CpuUse(double seconds, double jvm, double bench, double jit, double postgres, double rest, double idle,
			double iowait, Instant from, Instant to) {

		static CpuUse merge(List<CpuUse> uses) {
			double total = uses.stream().mapToDouble(CpuUse::seconds).sum();
			java.util.function.ToDoubleFunction<java.util.function.ToDoubleFunction<CpuUse>> avg = f -> uses.stream()
				.mapToDouble(u -> f.applyAsDouble(u) * u.seconds()).sum() / total;
			return new CpuUse(total, avg.applyAsDouble(CpuUse::jvm), avg.applyAsDouble(CpuUse::bench),
					avg.applyAsDouble(CpuUse::jit), avg.applyAsDouble(CpuUse::postgres), avg.applyAsDouble(CpuUse::rest),
					avg.applyAsDouble(CpuUse::idle),
					avg.applyAsDouble(CpuUse::iowait), uses.get(0).from(), uses.get(uses.size() - 1).to());
		}

		@Override
		public String toString() {
			var utc = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").withZone(java.time.ZoneOffset.UTC);
			return String.format(Locale.ROOT, "CPU (cores of %d): this JVM %.2f (of which the bench's and the HTTP "
					+ "client's threads %.2f, the JIT compiler %.2f), PostgreSQL %.2f, rest of the machine %.2f, idle %.2f "
					+ "(I/O wait %.2f); %s–%s UTC", Runtime.getRuntime().availableProcessors(), jvm, bench, jit, postgres,
					rest, idle, iowait, utc.format(from), utc.format(to));
		}
	}

	/**
	 * The database's commit and row counters (the statistics collector's, which lag by up to half a second;
	 * read-only autocommit statements count as transactions too): transactions committed, rows inserted, updated,
	 * deleted.
	 */
	private long[] databaseCounters(String database) {
		try (Connection c = adminConnection("postgres"); PreparedStatement ps = c.prepareStatement("""
				SELECT xact_commit, tup_inserted, tup_updated, tup_deleted FROM pg_stat_database WHERE datname = ?
				""")) {
			// both ends lag alike, so the difference covers a window as long as the measured one
			ps.setString(1, database);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) } : null;
			}
		}
		catch (SQLException e) {
			return null;
		}
	}

	/**
	 * CPU used during the window, in cores: this JVM (the app, and the load threads), the PostgreSQL server's
	 * processes, and the rest of the machine (another user's work, the kernel).
	 */
	static final class CpuMeter {

		private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

		private final long wall = System.nanoTime();

		private final long jvm = jvmCpuNanos();

		private final long compiling = compilationMillis();

		private final long[] machine = machineTicks();

		private final Map<Long, Long> postgres;

		private final long postmaster;

		private final Map<Long, Long> loadGenerator = loadGeneratorCpuNanos();

		private final Instant wallClock = Instant.now();

		CpuMeter(EmbeddedDatabaseServer server) {
			this.postmaster = postmasterPid(server);
			this.postgres = postgresTicks(postmaster);
		}

		/** CPU of the load's own threads (the bench's workers and the HTTP client's), by thread id. */
		private static Map<Long, Long> loadGeneratorCpuNanos() {
			var threads = ManagementFactory.getThreadMXBean();
			Map<Long, Long> cpu = new HashMap<>();
			for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (info != null && (info.getThreadName().startsWith("bench-")
						|| info.getThreadName().startsWith("HttpClient-"))) {
					cpu.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
				}
			}
			return cpu;
		}

		/** The CPU the load's threads used since the start; threads that ended meanwhile are not counted. */
		private long loadGeneratorDelta() {
			long sum = 0;
			for (var e : loadGeneratorCpuNanos().entrySet()) {
				sum += Math.max(0, e.getValue() - loadGenerator.getOrDefault(e.getKey(), 0L));
			}
			return sum;
		}

		CpuUse summary() {
			double seconds = (System.nanoTime() - wall) / 1e9;
			double jvmCores = (jvmCpuNanos() - jvm) / 1e9 / seconds;
			long[] now = machineTicks();
			double busyCores = (now[0] - machine[0]) / TICKS_PER_SECOND / seconds;
			double iowaitCores = (now[1] - machine[1]) / TICKS_PER_SECOND / seconds;
			Map<Long, Long> after = postgresTicks(postmaster);
			long pgTicks = 0;
			for (var e : after.entrySet()) {
				pgTicks += e.getValue() - postgres.getOrDefault(e.getKey(), 0L);
			}
			double pgCores = pgTicks / TICKS_PER_SECOND / seconds;
			double loadCores = loadGeneratorDelta() / 1e9 / seconds;
			double jitCores = (compilationMillis() - compiling) / 1e3 / seconds;
			return new CpuUse(seconds, jvmCores, loadCores, jitCores, pgCores,
					Math.max(0, busyCores - jvmCores - pgCores),
					Math.max(0, Runtime.getRuntime().availableProcessors() - busyCores), iowaitCores, wallClock,
					Instant.now());
		}

		/**
		 * CPU time of this JVM's JIT compiler threads (C1, C2), in milliseconds, from /proc/self/task; 0 where there
		 * is no /proc. (The CompilationMXBean's compilation time is elapsed time, which counts waiting for a core.)
		 */
		static long compilationMillis() {
			long ticks = 0;
			try (var tasks = Files.list(Path.of("/proc/self/task"))) {
				for (Path task : (Iterable<Path>) tasks::iterator) {
					try {
						String comm = Files.readString(task.resolve("comm")).strip();
						if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
							ticks += statTicks(task.resolve("stat"));
						}
					}
					catch (IOException | RuntimeException ended) {
						// the thread ended meanwhile
					}
				}
			}
			catch (IOException | RuntimeException e) {
				return 0;
			}
			return Math.round(ticks * 1000 / TICKS_PER_SECOND);
		}

		private static long jvmCpuNanos() {
			return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
					? os.getProcessCpuTime() : 0;
		}

		/** Busy and I/O-wait ticks of the whole machine, from /proc/stat. */
		private static long[] machineTicks() {
			try {
				String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				long user = Long.parseLong(f[1]), nice = Long.parseLong(f[2]), system = Long.parseLong(f[3]);
				long iowait = Long.parseLong(f[5]), irq = Long.parseLong(f[6]), softirq = Long.parseLong(f[7]);
				long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
				return new long[] { user + nice + system + irq + softirq + steal, iowait };
			}
			catch (IOException | RuntimeException e) {
				return new long[] { 0, 0 };
			}
		}

		private static long postmasterPid(EmbeddedDatabaseServer server) {
			try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
				rs.next();
				long backend = rs.getLong(1);
				String stat = Files.readString(Path.of("/proc/" + backend + "/stat"));
				return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
			}
			catch (SQLException | IOException | RuntimeException e) {
				return -1;
			}
		}

		private static Map<Long, Long> postgresTicks(long postmaster) {
			Map<Long, Long> ticks = new HashMap<>();
			if (postmaster < 0) {
				return ticks;
			}
			ProcessHandle.of(postmaster).ifPresent(p -> {
				ticks.put(p.pid(), processTicks(p.pid()));
				p.children().forEach(child -> ticks.put(child.pid(), processTicks(child.pid())));
			});
			return ticks;
		}

		private static long processTicks(long pid) {
			return statTicks(Path.of("/proc/" + pid + "/stat"));
		}

		/** User and system ticks from a /proc {@code stat} file (a process's or a thread's); 0 if it is gone. */
		private static long statTicks(Path statFile) {
			try {
				String stat = Files.readString(statFile);
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
			}
			catch (IOException | RuntimeException e) {
				return 0;
			}
		}
	}

	private void resetServerStatements() {
		if (!settings.pgStatements) {
			return;
		}
		try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
			s.execute("SELECT pg_stat_statements_reset()");
		}
		catch (SQLException e) {
			System.out.println("   (pg_stat_statements_reset failed: " + e.getMessage() + ")");
		}
	}

	/**
	 * With {@code --pg-statements}: the statements that took the server's time during the window (pg_stat_statements:
	 * execution time, planning excluded), in the database of the phase, the largest first.
	 */
	private String serverStatements(String database, double seconds) {
		if (!settings.pgStatements) {
			return "";
		}
		StringBuilder out = new StringBuilder("\n   server time by statement (pg_stat_statements, database '" + database
				+ "'; ms of execution and of planning per second of window, calls per second, mean ms of execution):");
		try (Connection c = adminConnection("postgres"); PreparedStatement ps = c.prepareStatement("""
				SELECT s.total_exec_time, s.calls, s.mean_exec_time,
				       left(regexp_replace(s.query, '\\s+', ' ', 'g'), 110), s.total_plan_time
				FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
				WHERE d.datname = ? ORDER BY s.total_exec_time + s.total_plan_time DESC""")) {
			ps.setString(1, database);
			double calls = 0;
			double exec = 0;
			double plan = 0;
			int listed = 0;
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					calls += rs.getLong(2) / seconds;
					exec += rs.getDouble(1) / seconds;
					plan += rs.getDouble(5) / seconds;
					if (listed++ < settings.pgStatementsListed) {
						out.append(String.format(Locale.ROOT, "%n      %7.1f + %5.1f ms/s %8.1f calls/s %7.3f ms  %s",
								rs.getDouble(1) / seconds, rs.getDouble(5) / seconds, rs.getLong(2) / seconds,
								rs.getDouble(3), rs.getString(4)));
					}
				}
				out.append(String.format(Locale.ROOT, "%n      %7.1f + %5.1f ms/s %8.1f calls/s            all %d statements",
						exec, plan, calls, listed));
			}
		}
		catch (SQLException e) {
			out.append(" failed: ").append(e.getMessage());
		}
		return out.toString();
	}

	/**
	 * Samples, ten times a second during a window, what the server's client backends are doing (pg_stat_activity:
	 * on CPU, waiting for the WAL to be flushed, waiting for the client, …) and how busy the watched pool is.
	 */
	final class WaitSampler extends Thread {

		private final HikariDataSource watched;

		private final Map<String, Long> states = new HashMap<>();

		private final Map<String, Long> statements = new HashMap<>();

		private volatile boolean done;

		private long samples;

		private long active;

		private long waiting;

		WaitSampler(HikariDataSource watched) {
			super("bench-wait-sampler");
			this.watched = watched;
			setDaemon(true);
		}

		@Override
		public void run() {
			try (Connection c = adminConnection("postgres"); PreparedStatement ps = c.prepareStatement("""
					SELECT state, wait_event_type, wait_event, left(regexp_replace(query, '\\s+', ' ', 'g'), 70)
					FROM pg_stat_activity
					WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'
					""")) {
				while (!done) {
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							String state = rs.getString(1);
							String type = rs.getString(2);
							String key = "idle in transaction".equals(state) ? "idle in transaction (waiting for the app)"
									: type == null ? "running (CPU)" : type + ":" + rs.getString(3);
							states.merge(key, 1L, Long::sum);
							if ("active".equals(state)) {
								statements.merge(rs.getString(4), 1L, Long::sum);
							}
						}
					}
					if (watched != null && watched.getHikariPoolMXBean() != null) {
						active += watched.getHikariPoolMXBean().getActiveConnections();
						waiting += watched.getHikariPoolMXBean().getThreadsAwaitingConnection();
					}
					samples++;
					Thread.sleep(100);
				}
			}
			catch (SQLException | InterruptedException e) {
				// a diagnostic only
			}
		}

		String finish() {
			done = true;
			try {
				join(5_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			if (samples == 0) {
				return "";
			}
			String top = states.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(6)
				.map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue() / (double) samples))
				.collect(Collectors.joining(", "));
			String line = String.format(Locale.ROOT, "backends busy (avg): %s; pool: %.1f of %d connections in use, "
					+ "%.1f threads waiting for one", top.isEmpty() ? "none" : top, active / (double) samples,
					watched == null ? 0 : watched.getMaximumPoolSize(), waiting / (double) samples);
			if (settings.statements) {
				long all = statements.values().stream().mapToLong(Long::longValue).sum();
				line += statements.entrySet()
					.stream()
					.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
					.limit(8)
					.map(e -> String.format(Locale.ROOT, "%n      %4.1f %%  %s", 100.0 * e.getValue() / all, e.getKey()))
					.collect(Collectors.joining("", "\n   statements seen running:", ""));
			}
			return line;
		}
	}

	// ------------------------------------------------------------------------------------------------ helpers

	private HikariDataSource pool(String name, String database, int size) {
		var pool = new HikariDataSource();
		pool.setJdbcUrl(jdbcUrl(database));
		pool.setUsername("postgres");
		pool.setPoolName(name);
		pool.setMaximumPoolSize(size);
		pool.setMinimumIdle(size);
		pool.setConnectionTimeout(120_000);
		return pool;
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + server.port() + "/" + database;
	}

	private Connection adminConnection(String database) throws SQLException {
		return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
	}

	private int freeConnections() throws SQLException {
		try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
			int max = Integer.parseInt(scalar(s, "SHOW max_connections"));
			int used = Integer.parseInt(scalar(s, "SELECT count(*) FROM pg_stat_activity"));
			return max - used;
		}
	}

	private long maxId(String table) throws SQLException {
		return count("SELECT coalesce(max(id), 0) FROM " + table);
	}

	private long count(String sql) {
		try (Connection c = adminConnection("postgres"); Statement s = c.createStatement()) {
			return Long.parseLong(scalar(s, sql));
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String scalar(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static double secondsOf(Duration d) {
		return d.toMillis() / 1000.0;
	}

	private static String secs(Duration d) {
		return String.format(Locale.ROOT, "%.0f s", secondsOf(d));
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (IOException e) {
			return "unknown CPU";
		}
	}

	private static long totalMemoryBytes() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
				? os.getTotalMemorySize() : 0;
	}

	static void deleteQuietly(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException | RuntimeException e) {
			System.err.println("could not delete " + dir + ": " + e.getMessage());
		}
	}

	/** Keeps classes compiled from the test sources (test-classes) out of the application's component scan. */
	static final class ExcludeTestClasses extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ExcludeTestClasses;
		}

		@Override
		public int hashCode() {
			return ExcludeTestClasses.class.hashCode();
		}
	}

	/** The options: {@code --name=value} arguments, or {@code bench.name} system properties. */
	static final class Settings {

		boolean durable = true;

		boolean quick;

		boolean idempotencyKeys = true;

		/** The intake's load: "plain" (one keep-alive socket per client, bench PlainHttp) or "jdk" (HttpClient). */
		String httpClient = "plain";

		boolean progress;

		int rounds = 3;

		boolean statements;

		boolean pgStatements;

		int pgStatementsListed = 12;

		int clients = 100;

		int citizens = 100;

		int[] threads = { 1, 8 };

		Duration floorWarmup;

		Duration floorWindow;

		Duration floorWideWindow;

		Duration intakeWarmup;

		Duration intakeWindow;

		Duration lifecycleWarmup;

		Duration lifecycleFirstWarmup;

		Duration ceilingWarmup;

		Duration settleMax;

		Duration ceilingWindow;

		Duration inProcessWarmup;

		Duration inProcessWindow;

		Duration lifecycleWindow;

		String flowableHistory = "audit";

		Set<String> phases = Set.of("floor", "intake", "http-ceiling", "intake-in-process", "lifecycle",
				"flowable");

		/** Extra properties for the platform, for experiments: {@code --app.NAME=VALUE}. */
		Map<String, String> appProperties = new TreeMap<>();

		static Settings parse(String[] args) {
			Map<String, String> options = new HashMap<>();
			System.getProperties().forEach((k, v) -> {
				if (k.toString().startsWith("bench.") && !v.toString().isBlank()) {
					options.put(k.toString().substring(6), v.toString());
				}
			});
			for (String arg : args) {
				if (arg.equals("--help") || arg.equals("-h")) {
					System.out.println("""
							bench/lifecycle [options]   (BENCH_QUICK=true for a smoke run of a few seconds per phase)
							  --durable=true|false       fsync and synchronous_commit on (default) or off, for every phase
							  --quick                    1 s warm-up and 3 s windows
							  --clients=100              concurrent HTTP clients (and floor threads)
							  --citizens=100             citizen users to report as
							  --threads=1,8              threads of the lifecycle and Flowable phases
							  --floor-seconds=10 --floor-warmup=3 --floor-wide-seconds=5
							  --intake-seconds=20 --intake-warmup=60 --in-process-seconds=7 --in-process-warmup=3
							  --lifecycle-seconds=15 --lifecycle-first-warmup=15 --lifecycle-warmup=10
							                             (the first thread count warms up longer)
							  --rounds=3                 floor and intake, lifecycle and Flowable alternate in this many
							                             slices of their windows
							  --idempotency-keys=true    send an Idempotency-Key with every report
							  --http-client=plain        the intake's clients: plain (a keep-alive socket each, a write
							                             and a read per report) or jdk (java.net.http.HttpClient,
							                             about 0.19 ms of the machine's CPU per request)
							  --flowable-history=audit   none, activity, audit or full
							  --ceiling-seconds=10 --ceiling-warmup=10
							  --settle-max=120           after the intake's and the ceiling's warm-ups, go on in 5 s
							                             steps while the JIT compilers use over 5 % of a core, at most
							                             this long
							  --phases=floor,intake,http-ceiling,intake-in-process,lifecycle,flowable
							                             (http-ceiling: the intake's requests to a no-op endpoint
							                             of the bench, after the intake's windows)
							  --progress                 print each phase's rate every 5 s (to see the JIT warm up)
							  --app.NAME=VALUE           a property for the platform, for experiments (printed)
							  --statements               list the SQL statements the server was seen running, and the
							                             plan of the duplicate search after the intake
							  --pg-statements[=12]       load pg_stat_statements and list each window's statements by
							                             the server's execution time (the 12, or N, largest; then all)
							""");
					return null;
				}
				if (!arg.startsWith("--")) {
					throw new IllegalArgumentException("unknown argument " + arg + " (try --help)");
				}
				String[] kv = arg.substring(2).split("=", 2);
				options.put(kv[0], kv.length == 2 ? kv[1] : "true");
			}
			Settings s = new Settings();
			s.quick = Boolean.parseBoolean(options.getOrDefault("quick", "false"));
			s.durable = Boolean.parseBoolean(options.getOrDefault("durable", "true"));
			s.idempotencyKeys = Boolean.parseBoolean(options.getOrDefault("idempotency-keys", "true"));
			s.httpClient = options.getOrDefault("http-client", "plain");
			if (!Set.of("plain", "jdk").contains(s.httpClient)) {
				throw new IllegalArgumentException("--http-client is plain or jdk");
			}
			s.progress = Boolean.parseBoolean(options.getOrDefault("progress", "false"));
			s.rounds = Integer.parseInt(options.getOrDefault("rounds", s.quick ? "1" : "3"));
			s.statements = Boolean.parseBoolean(options.getOrDefault("statements", "false"));
			String pgStatements = options.getOrDefault("pg-statements", "false");
			s.pgStatements = !pgStatements.equals("false");
			s.pgStatementsListed = pgStatements.matches("\\d+") ? Integer.parseInt(pgStatements) : 12;
			s.clients = Integer.parseInt(options.getOrDefault("clients", "100"));
			s.citizens = Integer.parseInt(options.getOrDefault("citizens", "100"));
			s.threads = Arrays.stream(options.getOrDefault("threads", "1,8").split(","))
				.map(String::trim)
				.mapToInt(Integer::parseInt)
				.toArray();
			s.floorWarmup = seconds(options, "floor-warmup", s.quick ? 1 : 3);
			s.floorWindow = seconds(options, "floor-seconds", s.quick ? 3 : 10);
			s.floorWideWindow = seconds(options, "floor-wide-seconds", s.quick ? 2 : 5);
			s.intakeWarmup = seconds(options, "intake-warmup", s.quick ? 1 : 60);
			s.intakeWindow = seconds(options, "intake-seconds", s.quick ? 3 : 20);
			s.ceilingWarmup = seconds(options, "ceiling-warmup", s.quick ? 1 : 10);
			s.settleMax = seconds(options, "settle-max", s.quick ? 1 : 120);
			s.ceilingWindow = seconds(options, "ceiling-seconds", s.quick ? 2 : 10);
			s.inProcessWarmup = seconds(options, "in-process-warmup", s.quick ? 1 : 3);
			s.inProcessWindow = seconds(options, "in-process-seconds", s.quick ? 2 : 7);
			s.lifecycleWarmup = seconds(options, "lifecycle-warmup", s.quick ? 1 : 10);
			s.lifecycleFirstWarmup = seconds(options, "lifecycle-first-warmup", s.quick ? 1 : 15);
			s.lifecycleWindow = seconds(options, "lifecycle-seconds", s.quick ? 3 : 15);
			s.flowableHistory = options.getOrDefault("flowable-history", "audit");
			options.forEach((k, v) -> {
				if (k.startsWith("app.")) {
					s.appProperties.put(k.substring(4), v);
				}
			});
			s.phases = Set.of(options.getOrDefault("phases",
					"floor,intake,http-ceiling,intake-in-process,lifecycle,flowable")
				.split(","));
			return s;
		}

		private static Duration seconds(Map<String, String> options, String name, int fallback) {
			return Duration.ofMillis(Math.round(Double.parseDouble(options.getOrDefault(name,
					String.valueOf(fallback))) * 1000));
		}
	}
}
