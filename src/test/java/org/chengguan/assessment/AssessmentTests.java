package org.chengguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.assessment.Measure.Table;
import org.chengguan.assessment.internal.Contributions;
import org.chengguan.assessment.internal.RollupKey;
import org.chengguan.assessment.internal.RollupMaintenance;
import org.chengguan.assessment.internal.Rollups;
import org.chengguan.assessment.internal.Rollups.Coarse;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseManagementTests;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.cases.Satisfaction;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.chengguan.worktime.TimeLimitUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The assessment on real cases through the real lifecycle: the rollups the transitions maintain agree with a rebuild
 * from the audit trail on randomized histories, a unit's indicators are exact, and the API refuses what it should.
 */
@PlatformTest
class AssessmentTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	Rollups rollups;

	@Autowired
	Assessment assessment;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	RollupMaintenance maintenance;

	@Autowired
	RegionDirectory regions;

	@Autowired
	PhotoLibrary photos;

	@Autowired
	DemoDataLoader demoData;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	static int photoSeed = 7_000;

	@BeforeEach
	void geography() {
		demoData.loadIfAbsent();
	}

	/** The staff of a spot, scoped to its regions. */
	record Team(Actor citizen, Actor inspector, Actor leader, Actor dispatcher, Actor handler, Actor landscape,
			Actor operator) {
	}

	static long ids = 8_000_000;

	Team teamAt(GeoPoint p) {
		Location at = regions.locate(p).orElseThrow();
		String grid = at.grid().orElseThrow().code();
		long base = ids += 10;
		return new Team(actor(base + 1, Role.CITIZEN, null, null, Set.of()),
				actor(base + 2, Role.INSPECTOR, at.community().orElseThrow().code(), null, Set.of(grid)),
				actor(base + 3, Role.SHIFT_LEADER, at.street().code(), null, Set.of()),
				actor(base + 4, Role.DISPATCHER, at.district().code(), null, Set.of()),
				actor(base + 5, Role.HANDLER, "3406", "SANITATION", Set.of()),
				actor(base + 6, Role.HANDLER, "3406", "LANDSCAPE", Set.of()),
				actor(base + 7, Role.OPERATOR, at.district().code(), null, Set.of()));
	}

	static Actor actor(long id, Role role, String scope, String department, Set<String> grids) {
		return new Actor(id, "t" + id, "测试" + id, Set.of(role), scope, department, grids);
	}

	String photo(Actor by) {
		return photos.upload(by.userId(), new ByteArrayInputStream(TestImages.jpeg(32, 24, photoSeed++))).id().toString();
	}

	static ActionCommand say(String comment) {
		return ActionCommand.comment(comment);
	}

	static ActionCommand photo(String id) {
		return new ActionCommand(null, null, null, List.of(id), null, null, null, null, null, null, null);
	}

	static ActionCommand decide(boolean approved) {
		return new ActionCommand("决定", null, null, null, null, null, approved, null, null, null, null);
	}

	long report(Team t, GeoPoint p, String category, boolean byInspector) {
		Actor by = byInspector ? t.inspector() : t.citizen();
		return cases.report(by, new ReportCommand(category, "测试问题", p.lat(), p.lon(), "wgs84",
				byInspector ? Channel.INSPECTOR : Channel.CITIZEN_APP, List.of(), null, null, false, null), null)
			.reported()
			.id();
	}

	/** Takes a case one random path through the lifecycle; each path is one the standard allows. */
	void randomPath(Random random, Team t, long id, boolean byInspector) {
		if (!byInspector) {
			if (random.nextInt(8) == 0) {
				cases.act(t.leader(), id, Action.VOID, say("不属于受理范围"));
				return;
			}
			cases.act(t.inspector(), id, Action.VERIFY, say("属实"));
		}
		if (random.nextInt(10) == 0) {
			cases.act(t.leader(), id, Action.VOID, say("不予立案"));
			return;
		}
		cases.act(t.leader(), id, Action.FILE, say(null));
		cases.act(t.dispatcher(), id, Action.DISPATCH,
				new ActionCommand(null, "SANITATION", List.of(), null, null, null, null, null, null, null, null));
		int path = random.nextInt(6);
		if (path == 0) {
			return; // left with the department
		}
		if (path == 1) {
			cases.act(t.handler(), id, Action.REQUEST_SHELVING, say("需大修"));
			cases.act(t.dispatcher(), id, Action.APPROVE_SHELVING, decide(true));
			return;
		}
		if (path == 2) {
			cases.act(t.handler(), id, Action.REQUEST_RETURN, say("非本部门"));
			cases.act(t.dispatcher(), id, Action.APPROVE_RETURN, decide(true));
			cases.act(t.dispatcher(), id, Action.DISPATCH,
					new ActionCommand(null, "LANDSCAPE", List.of(), null, null, null, null, null, null, null, null));
			cases.act(t.landscape(), id, Action.HANDLE, photo(photo(t.landscape())));
		}
		else {
			if (path == 3) {
				cases.act(t.handler(), id, Action.REQUEST_EXTENSION, new ActionCommand("需更多时间", null, null, null, null,
						null, null, null, BigDecimal.ONE, TimeLimitUnit.WORK_DAYS, null));
				cases.act(t.dispatcher(), id, Action.APPROVE_EXTENSION, decide(random.nextBoolean()));
			}
			cases.act(t.handler(), id, Action.HANDLE, photo(photo(t.handler())));
			if (path == 4) {
				cases.act(t.inspector(), id, Action.CHECK_FAIL, new ActionCommand("仍有垃圾", null, null,
						List.of(photo(t.inspector())), null, null, null, null, null, null, null));
				cases.act(t.handler(), id, Action.HANDLE, photo(photo(t.handler())));
			}
		}
		cases.act(t.inspector(), id, Action.CHECK_PASS, photo(photo(t.inspector())));
		cases.act(t.leader(), id, Action.CLOSE, say(null));
		if (!byInspector && random.nextBoolean()) {
			Satisfaction s = Satisfaction.values()[random.nextInt(Satisfaction.values().length)];
			cases.act(t.citizen(), id, Action.FEEDBACK,
					new ActionCommand("评价", null, null, null, s, null, null, null, null, null, null));
		}
	}

	@Test
	void theRollupsKeptByTheTransitionsEqualARebuildFromTheAuditTrail() {
		// start from a rebuild: repository tests store cases without the lifecycle's events, which only a rebuild sees
		maintenance.rebuild();
		Random random = new Random(20261126L);
		for (int i = 0; i < 30; i++) {
			GeoPoint p = CaseManagementTests.nextSpot();
			Team t = teamAt(p);
			boolean byInspector = random.nextInt(3) == 0;
			long id = report(t, p, random.nextBoolean() ? "E0102" : "E0104", byInspector);
			if (random.nextInt(6) == 0) {
				// a second report of the same problem: a duplicate
				report(t, new GeoPoint(p.lat() + 0.0001, p.lon()), cases.get(null, id).categoryCode(), false);
			}
			randomPath(random, t, id, byInspector);
		}
		Map<Table, Map<RollupKey, long[]>> kept = readAll();
		Map<Coarse, Map<String, long[]>> keptCoarse = readCoarse();
		maintenance.rebuild();
		Map<Table, Map<RollupKey, long[]>> rebuilt = readAll();
		for (Table table : Table.values()) {
			assertThat(Contributions.difference(kept.get(table), rebuilt.get(table)))
				.as("%s: the incremental rows minus the rebuilt ones", table)
				.isEmpty();
			assertThat(rebuilt.get(table)).as("%s has data", table).isNotEmpty();
		}
		// the coarse copies, kept by the same folds and derived by the rebuild, are the region rows summed
		Map<Coarse, Map<String, long[]>> rebuiltCoarse = readCoarse();
		for (Coarse coarse : Coarse.values()) {
			Map<String, long[]> expected = new java.util.TreeMap<>();
			rebuilt.get(Table.REGION).forEach((key, v) -> {
				String unit = coarse == Coarse.AREA_DAY
						? key.day() + " " + key.unit().substring(0, Math.min(12, key.unit().length()))
						: key.day().withDayOfMonth(1) + " " + key.unit();
				long[] sum = expected.computeIfAbsent(unit, u -> new long[v.length]);
				for (int i = 0; i < v.length; i++) {
					sum[i] += v[i];
				}
			});
			assertThat(nonZero(keptCoarse.get(coarse))).as("%s kept by the folds", coarse)
				.isEqualTo(nonZero(expected))
				.isNotEmpty();
			assertThat(nonZero(rebuiltCoarse.get(coarse))).as("%s after the rebuild", coarse).isEqualTo(nonZero(expected));
		}
	}

	@Test
	void everyPeriodAndLevelReadsTheSameFiguresAsTheDailyRegionRows() {
		Random random = new Random(7L);
		for (int i = 0; i < 6; i++) {
			GeoPoint p = CaseManagementTests.nextSpot();
			Team t = teamAt(p);
			boolean byInspector = random.nextBoolean();
			randomPath(random, t, report(t, p, "E0102", byInspector), byInspector);
		}
		maintenance.foldAll();
		java.time.LocalDate today = assessment.today();
		List<Period> periods = List.of(Period.parse(null, today), // this month, as of today: days
				Period.parse(today.withDayOfMonth(1).minusMonths(1).plusDays(14) + ".." + today.withDayOfMonth(1)
					.plusMonths(1).minusDays(1), today), // half a month, then a whole one
				Period.parse(today.minusDays(3) + ".." + today.plusMonths(2).withDayOfMonth(1).plusDays(2), today),
				Period.parse(String.valueOf(today.getYear()), today));
		Actor admin = actor(ids += 10, Role.ADMIN, null, null, Set.of());
		for (Period period : periods) {
			for (var level : Map.of("grid", 15, "community", 12, "street", 9, "district", 6, "city", 4).entrySet()) {
				Map<String, Map<String, Long>> expected = new java.util.TreeMap<>();
				jdbc.query("SELECT substr(region_code, 1, ?) AS unit, sum(reported) AS reported, sum(closed) AS closed,"
						+ " sum(should_close) AS should_close, sum(satisfied) AS satisfied FROM assessment.region_day"
						+ " WHERE day BETWEEN ? AND ? AND length(region_code) >= ? GROUP BY 1", rs -> {
							expected.put(rs.getString("unit"), Map.of("reported", rs.getLong("reported"), "closed",
									rs.getLong("closed"), "should_close", rs.getLong("should_close"), "satisfied",
									rs.getLong("satisfied")));
						}, level.getValue(), java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.to()),
						level.getValue());
				Map<String, Map<String, Long>> read = new java.util.TreeMap<>();
				assessment.evaluate(admin, level.getKey(), period, null).units().forEach(u -> read.put(u.code(),
						Map.of("reported", u.counts().get("reported"), "closed", u.counts().get("closed"),
								"should_close", u.counts().get("should_close"), "satisfied",
								u.counts().get("satisfied"))));
				assertThat(read).as("%s over %s", level.getKey(), period.label()).isEqualTo(expected);
				if (period.from().isBefore(today) && !period.to().isBefore(today)) {
					assertThat(read).as("%s over %s has the new cases", level.getKey(), period.label()).isNotEmpty();
				}
			}
		}
	}

	@Test
	void aCampaignsSliceCountsOnlyItsCategoriesAndRegions() {
		Random random = new Random(11L);
		for (int i = 0; i < 8; i++) {
			GeoPoint p = CaseManagementTests.nextSpot();
			Team t = teamAt(p);
			randomPath(random, t, report(t, p, i % 2 == 0 ? "E0102" : "E0104", false), false);
		}
		maintenance.foldAll();
		Actor admin = actor(ids += 10, Role.ADMIN, null, null, Set.of());
		Period period = Period.parse(null, assessment.today());
		String street = jdbc.queryForObject("SELECT substr(region_code, 1, 9) FROM assessment.region_day WHERE day "
				+ "BETWEEN ? AND ? AND category_code = 'E0102' AND reported > 0 LIMIT 1", String.class,
				java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.to()));
		for (String level : List.of("grid", "street", "district")) {
			int length = Map.of("grid", 15, "street", 9, "district", 6).get(level);
			Map<String, Long> expected = new java.util.TreeMap<>();
			jdbc.query("SELECT substr(region_code, 1, ?) AS unit, sum(reported) AS n FROM assessment.region_day WHERE "
					+ "day BETWEEN ? AND ? AND category_code = 'E0102' AND region_code LIKE ? GROUP BY 1",
					rs -> {
						expected.put(rs.getString("unit"), rs.getLong("n"));
					}, length, java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.to()), street + "%");
			Map<String, Long> read = new java.util.TreeMap<>();
			assessment.evaluate(admin, level, period, null, new Slice(Set.of("E0102"), Set.of(street)))
				.units()
				.forEach(u -> read.put(u.code(), u.counts().get("reported")));
			assertThat(read).as("%s: E0102 cases in %s", level, street).isEqualTo(expected).isNotEmpty();
		}
		// a region set alone reads the per-day areas (the community level up)
		Long inStreet = jdbc.queryForObject("SELECT sum(reported) FROM assessment.region_day WHERE day BETWEEN ? AND ? "
				+ "AND region_code LIKE ?", Long.class, java.sql.Date.valueOf(period.from()),
				java.sql.Date.valueOf(period.to()), street + "%");
		var districts = assessment.evaluate(admin, "district", period, null, new Slice(Set.of(), Set.of(street))).units();
		assertThat(districts).hasSize(1);
		assertThat(districts.get(0).counts().get("reported")).isEqualTo(inStreet);
		Map<String, Long> byDepartment = new java.util.TreeMap<>();
		jdbc.query("SELECT department, sum(dispatched) AS n FROM assessment.department_day WHERE day BETWEEN ? AND ? "
				+ "AND category_code = 'E0104' GROUP BY 1", rs -> {
					byDepartment.put(rs.getString("department"), rs.getLong("n"));
				}, java.sql.Date.valueOf(period.from()), java.sql.Date.valueOf(period.to()));
		Map<String, Long> read = new java.util.TreeMap<>();
		assessment.evaluate(admin, "department", period, null, new Slice(Set.of("E0104"), Set.of()))
			.units()
			.forEach(u -> read.put(u.code(), u.counts().get("dispatched")));
		assertThat(read).isEqualTo(byDepartment);
	}

	private Map<Coarse, Map<String, long[]>> readCoarse() {
		Map<Coarse, Map<String, long[]>> all = new java.util.EnumMap<>(Coarse.class);
		for (Coarse coarse : Coarse.values()) {
			all.put(coarse, rollups.read(coarse));
		}
		return all;
	}

	/** The rows with a figure other than zero, as lists (arrays compare by identity). */
	private static Map<String, List<Long>> nonZero(Map<String, long[]> rows) {
		Map<String, List<Long>> out = new java.util.TreeMap<>();
		rows.forEach((k, v) -> {
			if (java.util.Arrays.stream(v).anyMatch(x -> x != 0)) {
				out.put(k, java.util.Arrays.stream(v).boxed().toList());
			}
		});
		return out;
	}

	private Map<Table, Map<RollupKey, long[]>> readAll() {
		maintenance.foldAll();
		Map<Table, Map<RollupKey, long[]>> all = new java.util.EnumMap<>(Table.class);
		for (Table table : Table.values()) {
			all.put(table, rollups.read(table));
		}
		return all;
	}

	@Test
	void aGridsIndicatorsAreExactAndTheApiShowsThemWithTheirNumeratorsAndDenominators() {
		GeoPoint p = CaseManagementTests.nextSpot();
		Team t = teamAt(p);
		String grid = regions.locate(p).orElseThrow().grid().orElseThrow().code();
		long closed = report(t, p, "E0105", false);
		cases.act(t.inspector(), closed, Action.VERIFY, say(null));
		cases.act(t.leader(), closed, Action.FILE, say(null));
		cases.act(t.dispatcher(), closed, Action.DISPATCH,
				new ActionCommand(null, "SANITATION", List.of(), null, null, null, null, null, null, null, null));
		cases.act(t.handler(), closed, Action.HANDLE, photo(photo(t.handler())));
		cases.act(t.inspector(), closed, Action.CHECK_PASS, photo(photo(t.inspector())));
		cases.act(t.leader(), closed, Action.CLOSE, say(null));
		long open = report(t, p, "E0106", true);
		cases.act(t.leader(), open, Action.FILE, say(null));
		long voided = report(t, p, "E0107", false);
		cases.act(t.leader(), voided, Action.VOID, say("重复"));

		String token = new TestUsers(context).token(NewUser.staff("t-assess-leader", "测试领导", TestUsers.PASSWORD, "3406",
				Role.LEADER));
		Api leader = new Api(port).as(token);
		var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String period = today.minusDays(1) + ".." + today.plusDays(1);
		var response = leader.get("/api/v1/assessment/grid?period=" + period + "&region=" + grid);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var unit = response.json().get("units").get(0);
		assertThat(unit.get("code").asString()).isEqualTo(grid);
		var counts = unit.get("counts");
		assertThat(counts.get("reported").asLong()).isEqualTo(3);
		assertThat(counts.get("by_inspector").asLong()).isEqualTo(1);
		assertThat(counts.get("voided").asLong()).isEqualTo(1);
		assertThat(counts.get("filed").asLong()).isEqualTo(2);
		assertThat(counts.get("should_close").asLong()).isEqualTo(2);
		assertThat(counts.get("closed").asLong()).isEqualTo(1);
		var closure = indicator(unit, "closureRate");
		assertThat(closure.get("numerator").asLong()).isEqualTo(1);
		assertThat(closure.get("denominator").asLong()).isEqualTo(2);
		assertThat(closure.get("rate").asDouble()).isEqualTo(0.5);
		var supervision = indicator(unit, "supervisionReportRate");
		assertThat(supervision.get("numerator").asLong()).isEqualTo(1);
		assertThat(supervision.get("denominator").asLong()).isEqualTo(3);
		assertThat(unit.get("grade").asString()).isIn("A", "B", "C", "D", "E");
		assertThat(unit.get("points").asDouble()).isEqualTo(20 * unit.get("composite").asDouble() / 100, within());
		assertThat(response.json().get("rulesVersion").asInt()).isEqualTo(1);
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(0.01);
	}

	private static tools.jackson.databind.JsonNode indicator(tools.jackson.databind.JsonNode unit, String key) {
		for (var i : unit.get("indicators")) {
			if (i.get("key").asString().equals(key)) {
				return i;
			}
		}
		throw new AssertionError("no indicator " + key + " in " + unit);
	}

	@Test
	void theApiRefusesWhatItShouldWithProblems() {
		TestUsers users = new TestUsers(context);
		Api api = new Api(port);
		Api leader = api.as(users.token(NewUser.staff("t-assess-leader", "测试领导", TestUsers.PASSWORD, "3406",
				Role.LEADER)));
		Api streetLeader = api.as(users.token(NewUser.staff("t-assess-street", "测试街道领导", TestUsers.PASSWORD,
				"340603001", Role.LEADER)));
		Api citizen = api.as(users.token(NewUser.staff("t-assess-handler", "测试处置员", TestUsers.PASSWORD, "3406",
				Role.HANDLER).withDepartment("SANITATION")));
		assertThat(api.get("/api/v1/assessment/district").status()).isEqualTo(401);
		assertThat(citizen.get("/api/v1/assessment/district").status()).isEqualTo(403);
		var badKind = leader.get("/api/v1/assessment/planet");
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.isProblem()).isTrue();
		assertThat(leader.get("/api/v1/assessment/district?period=2026-W60").status()).isEqualTo(400);
		assertThat(leader.get("/api/v1/assessment/district?period=2026-13").status()).isEqualTo(400);
		assertThat(leader.get("/api/v1/assessment/district?period=2026-12-01..2026-11-01").status()).isEqualTo(400);
		assertThat(streetLeader.get("/api/v1/assessment/community?region=340604").status()).isEqualTo(403);
		var week = leader.get("/api/v1/assessment/department?period=2026-W48");
		assertThat(week.status()).as(week.body()).isEqualTo(200);
		assertThat(week.json().get("period").get("from").asString()).isEqualTo("2026-11-23");
		assertThat(week.json().get("period").get("to").asString()).isEqualTo("2026-11-29");
		for (var unit : week.json().get("units")) {
			if (unit.get("code").asString().equals("SANITATION")) {
				assertThat(unit.get("name").asString()).as("a department by its name").isEqualTo("环卫处");
			}
		}
		// a campaign's slice: known codes, inside the scope, and only what the kind is kept by
		assertThat(leader.get("/api/v1/assessment/street?categories=E0102,E0104&regions=340603").status())
			.isEqualTo(200);
		var unknownCategory = leader.get("/api/v1/assessment/street?categories=E0102,X9999");
		assertThat(unknownCategory.status()).isEqualTo(400);
		assertThat(unknownCategory.body()).contains("X9999");
		assertThat(leader.get("/api/v1/assessment/street?regions=999999").status()).isEqualTo(400);
		assertThat(streetLeader.get("/api/v1/assessment/grid?regions=340604").status()).isEqualTo(403);
		assertThat(leader.get("/api/v1/assessment/department?regions=340603").status()).isEqualTo(400);
		assertThat(leader.get("/api/v1/assessment/inspector?categories=E0102").status()).isEqualTo(400);
		assertThat(leader.get("/api/v1/assessment/department?categories=E0102").status()).isEqualTo(200);
		assertThat(leader.post("/api/v1/assessment/rebuild", "").status()).isEqualTo(403);
		var board = api.get("/api/v1/public/scoreboard");
		assertThat(board.status()).as("no sign-in: " + board.body()).isEqualTo(200);
		assertThat(board.json().get("city").get("code").asString()).isEqualTo("3406");
		assertThat(board.json().get("districts").size()).isPositive();
		assertThat(board.body()).doesNotContain("reporter").doesNotContain("phone").doesNotContain("测试领导");
		assertThat(api.get("/api/v1/public/scoreboard?period=someday").status()).isEqualTo(400);
		var rebuild = api.as(users.admin()).post("/api/v1/assessment/rebuild", "");
		assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(200);
	}
}
