package org.chengguan.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.commerce.JointInspectionRecorded;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Campaigns over HTTP on cases with known histories, each campaign over unit grids no other test reports in: the
 * cases and inspections in scope are tagged (as they happen and, for what came before, when the campaign is saved),
 * the progress shows exact figures against the targets, and bad input, stale versions and the wrong people are
 * refused without anything being saved.
 */
@PlatformTest
class CampaignApiTests {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	static final AtomicLong inspectionIds = new AtomicLong(System.currentTimeMillis());

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseManagement cases;

	@Autowired
	PhotoLibrary photos;

	@Autowired
	RegionDirectory regions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	TestUsers users;

	Api admin;

	Api anonymous;

	@BeforeEach
	void setUp() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		users = new TestUsers(context);
		admin = new Api(port).as(users.admin());
		anonymous = new Api(port);
	}

	static LocalDate today() {
		return LocalDate.now(CITY);
	}

	static String body(String name, List<String> categories, List<String> regions, LocalDate start, LocalDate end,
			String targets, boolean published) {
		return "{\"name\":\"" + name + "\",\"description\":\"测试\",\"categories\":" + array(categories)
				+ ",\"regions\":" + array(regions) + ",\"startDate\":\"" + start + "\",\"endDate\":\"" + end
				+ "\",\"targets\":" + targets + ",\"published\":" + published + "}";
	}

	static String withVersion(String body, int version) {
		return body.substring(0, body.length() - 1) + ",\"expectedVersion\":" + version + "}";
	}

	static String array(List<String> values) {
		return values.stream().map(v -> "\"" + v + "\"").toList().toString();
	}

	static final String TARGETS = """
			[{"measure":"CASES_REPORTED","value":4},{"measure":"CASES_CLOSED","value":2,"eachStreet":1},
			 {"measure":"CLOSURE_RATE","value":80},{"measure":"ON_TIME_RATE","value":50},
			 {"measure":"MERCHANTS_INSPECTED","value":2}]""";

	void inspection(long id, String region, Instant at) {
		transactions.executeWithoutResult(s -> events.publishEvent(
				new JointInspectionRecorded(id, 77_000 + id % 1000, region, at, List.of("CITY_ADMIN"), 1)));
	}

	static Map<String, JsonNode> figures(JsonNode unit) {
		Map<String, JsonNode> out = new java.util.HashMap<>();
		unit.get("figures").forEach(f -> out.put(f.get("measure").asString(), f));
		return out;
	}

	@Test
	void tagsTheCasesAndInspectionsInScopeAndShowsTheProgressAgainstTheTargets() {
		CampaignCases a = new CampaignCases(cases, photos, regions);
		CampaignCases b = new CampaignCases(cases, photos, regions);
		CampaignCases outside = new CampaignCases(cases, photos, regions);
		// reported and closed before the campaign exists: tagged when it is created (its period began yesterday)
		long before = a.closed("E0107");

		Api.Response created = admin.post("/api/v1/campaigns", body("三整治一提升-测试", List.of("E0107", "E0201"),
				List.of(a.grid(), b.grid()), today().minusDays(1), today().plusDays(30), TARGETS, false));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.header("Location")).contains("/api/v1/campaigns/" + id);
		assertThat(created.json().get("phase").asString()).isEqualTo("ACTIVE");
		assertThat(created.json().get("version").asInt()).isZero();

		long closed = a.closed("E0107");
		long open = a.dispatched("E0201");
		long justReported = b.reported("E0201");
		a.reported("E0102"); // another category
		outside.closed("E0107"); // another grid
		long inspected = inspectionIds.incrementAndGet();
		inspection(inspected, a.grid(), Instant.now());
		inspection(inspectionIds.incrementAndGet(), outside.grid(), Instant.now());
		inspection(inspectionIds.incrementAndGet(), b.grid(), Instant.now().minus(40, ChronoUnit.DAYS));

		JsonNode tagged = admin.get("/api/v1/campaigns/" + id + "/cases").json();
		List<Long> ids = new ArrayList<>();
		tagged.forEach(c -> ids.add(c.get("caseId").asLong()));
		assertThat(ids).containsExactlyInAnyOrder(before, closed, open, justReported);
		Map<Long, String> status = new java.util.HashMap<>();
		tagged.forEach(c -> status.put(c.get("caseId").asLong(), c.get("status").asString()));
		assertThat(status).containsEntry(before, "CLOSED").containsEntry(closed, "CLOSED")
			.containsEntry(open, "DISPATCHED").containsEntry(justReported, "REPORTED");
		assertThat(tagged.get(0).has("description")).as("no personal data").isFalse();
		assertThat(tagged.get(0).has("reporterId")).isFalse();
		assertThat(tagged.toString()).doesNotContain("13812345678");

		JsonNode inspections = admin.get("/api/v1/campaigns/" + id + "/inspections").json();
		assertThat(inspections).hasSize(1);
		assertThat(inspections.get(0).get("inspectionId").asLong()).isEqualTo(inspected);
		assertThat(inspections.get(0).get("regionCode").asString()).isEqualTo(a.grid());
		// a leader of another street of the city sees the campaign but none of its cases outside their street
		String elsewhere = a.at.district().code().equals("340604") ? "340603001" : "340604001";
		Api streetLeader = new Api(port).as(users.token(NewUser.staff("t-camp-street-leader", "测试街道领导",
				TestUsers.PASSWORD, elsewhere, Role.LEADER)));
		assertThat(streetLeader.get("/api/v1/campaigns/" + id + "/cases").status()).as("not their campaign")
			.isEqualTo(403);
		Api ownStreet = new Api(port).as(users.token(NewUser.staff("t-camp-street-" + a.at.street().code(),
				"测试本街道领导", TestUsers.PASSWORD, a.at.street().code(), Role.LEADER)));
		List<Long> theirs = new ArrayList<>();
		ownStreet.get("/api/v1/campaigns/" + id + "/cases").json().forEach(c -> theirs.add(c.get("caseId").asLong()));
		List<Long> expected = new ArrayList<>(List.of(before, closed, open));
		if (b.at.street().code().equals(a.at.street().code())) {
			expected.add(justReported);
		}
		assertThat(theirs).as("only the cases of their street").containsExactlyInAnyOrderElementsOf(expected);

		JsonNode progress = admin.get("/api/v1/campaigns/" + id + "/progress").json();
		assertThat(progress.get("taggedCases").asLong()).isEqualTo(4);
		assertThat(progress.get("taggedInspections").asLong()).isEqualTo(1);
		Map<String, JsonNode> overall = figures(progress.get("overall"));
		// 4 reported; 3 filed (should close), 2 of them closed, both handled at once (on time)
		assertThat(overall.get("CASES_REPORTED").get("actual").asDouble()).isEqualTo(4.0);
		assertThat(overall.get("CASES_REPORTED").get("percent").asDouble()).isEqualTo(100.0);
		assertThat(overall.get("CASES_REPORTED").get("met").asBoolean()).isTrue();
		assertThat(overall.get("CASES_CLOSED").get("actual").asDouble()).isEqualTo(2.0);
		assertThat(overall.get("CLOSURE_RATE").get("numerator").asLong()).isEqualTo(2);
		assertThat(overall.get("CLOSURE_RATE").get("denominator").asLong()).isEqualTo(3);
		assertThat(overall.get("CLOSURE_RATE").get("actual").asDouble()).isEqualTo(66.67);
		assertThat(overall.get("CLOSURE_RATE").get("target").asDouble()).isEqualTo(80.0);
		assertThat(overall.get("CLOSURE_RATE").get("percent").asDouble()).isEqualTo(83.33);
		assertThat(overall.get("CLOSURE_RATE").get("met").asBoolean()).isFalse();
		assertThat(overall.get("ON_TIME_RATE").get("actual").asDouble()).isEqualTo(66.67);
		assertThat(overall.get("ON_TIME_RATE").get("percent").asDouble()).isEqualTo(133.33);
		assertThat(overall.get("MERCHANTS_INSPECTED").get("actual").asDouble()).isEqualTo(1.0);
		assertThat(overall.get("MERCHANTS_INSPECTED").get("percent").asDouble()).isEqualTo(50.0);

		// per street: a's street has the closed cases; each street's CASES_CLOSED target is 1 (eachStreet)
		Map<String, Map<String, JsonNode>> streets = new java.util.HashMap<>();
		progress.get("streets").forEach(s -> streets.put(s.get("code").asString(), figures(s)));
		String streetA = a.at.street().code();
		String streetB = b.at.street().code();
		assertThat(streets.keySet()).containsOnly(streetA, streetB);
		long reportedInA = streetA.equals(streetB) ? 4 : 3;
		assertThat(streets.get(streetA).get("CASES_REPORTED").get("actual").asDouble()).isEqualTo(reportedInA);
		assertThat(streets.get(streetA).get("CASES_REPORTED").has("target")).as("a count has no per-street "
				+ "target unless one is set").isFalse();
		assertThat(streets.get(streetA).get("CASES_CLOSED").get("actual").asDouble()).isEqualTo(2.0);
		assertThat(streets.get(streetA).get("CASES_CLOSED").get("target").asDouble()).isEqualTo(1.0);
		assertThat(streets.get(streetA).get("CLOSURE_RATE").get("target").asDouble()).as("a rate applies to each")
			.isEqualTo(80.0);
		Map<String, JsonNode> districtA = null;
		for (JsonNode d : progress.get("districts")) {
			if (d.get("code").asString().equals(a.at.district().code())) {
				districtA = figures(d);
			}
		}
		assertThat(districtA).isNotNull();
		assertThat(districtA.get("CLOSURE_RATE").get("actual").asDouble()).isEqualTo(66.67);

		// widened to the third grid (which also had an inspection) and narrowed off b's: re-tagged at once
		Api.Response widened = admin.put("/api/v1/campaigns/" + id, "application/json",
				withVersion(body("三整治一提升-测试", List.of("E0107", "E0201"), List.of(a.grid(), outside.grid()),
						today().minusDays(1), today().plusDays(30), TARGETS, false), 0));
		assertThat(widened.status()).as(widened.body()).isEqualTo(200);
		assertThat(widened.json().get("version").asInt()).isEqualTo(1);
		JsonNode after = admin.get("/api/v1/campaigns/" + id + "/progress").json();
		assertThat(after.get("taggedCases").asLong()).as("b's report dropped, the other grid's closed case added")
			.isEqualTo(4);
		assertThat(after.get("taggedInspections").asLong()).isEqualTo(2);
		List<Long> afterIds = new ArrayList<>();
		admin.get("/api/v1/campaigns/" + id + "/cases").json().forEach(c -> afterIds.add(c.get("caseId").asLong()));
		assertThat(afterIds).doesNotContain(justReported).contains(before, closed, open).hasSize(4);
	}

	@Test
	void refusesBadInputWithEveryFaultAndSavesNothing() {
		long countBefore = count();
		String bad = body("坏的专项", List.of("E9999"), List.of("999999"), today(), today().minusDays(1), """
				[{"measure":"CASES_CLOSED","value":0},{"measure":"CLOSURE_RATE","value":120}]""", false);
		Api.Response refused = admin.post("/api/v1/campaigns", bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		List<String> errors = new ArrayList<>();
		refused.json().get("errors").forEach(e -> errors.add(e.asString()));
		assertThat(errors).anyMatch(e -> e.startsWith("categories:") && e.contains("E9999"))
			.anyMatch(e -> e.startsWith("regions:") && e.contains("999999"))
			.anyMatch(e -> e.startsWith("endDate:") && e.contains("before"))
			.anyMatch(e -> e.startsWith("targets[0].value:") && e.contains("above 0"))
			.anyMatch(e -> e.startsWith("targets[1].value:") && e.contains("at most 100"));
		Api.Response empty = admin.post("/api/v1/campaigns",
				body("空的专项", List.of(), List.of(), today(), today(), "[{\"measure\":\"CASES_CLOSED\",\"value\":1}]", false));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").toString()).contains("categories: at least one")
			.contains("regions: at least one");
		Api.Response unknownMeasure = admin.post("/api/v1/campaigns", body("x", List.of("E0107"), List.of("340603"),
				today(), today(), "[{\"measure\":\"HAPPINESS\",\"value\":1}]", false));
		assertThat(unknownMeasure.status()).isEqualTo(400);
		assertThat(unknownMeasure.isProblem()).isTrue();
		assertThat(count()).as("nothing saved").isEqualTo(countBefore);

		long id = admin.post("/api/v1/campaigns", body("好的专项", List.of("E0107"), List.of("340604"), today(),
				today().plusDays(10), "[{\"measure\":\"CASES_CLOSED\",\"value\":5}]", false)).json().get("id").asLong();
		Api.Response badChange = admin.put("/api/v1/campaigns/" + id, "application/json", withVersion(body("好的专项",
				List.of("E0107"), List.of("340604"), today(), today().minusDays(3),
				"[{\"measure\":\"CASES_CLOSED\",\"value\":5}]", false), 0));
		assertThat(badChange.status()).isEqualTo(400);
		JsonNode unchanged = admin.get("/api/v1/campaigns/" + id).json();
		assertThat(unchanged.get("version").asInt()).isZero();
		assertThat(unchanged.get("endDate").asString()).isEqualTo(today().plusDays(10).toString());
		assertThat(admin.get("/api/v1/campaigns/987654321").status()).isEqualTo(404);
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM campaigns.campaign").query(Long.class).single();
	}

	@Test
	void aStaleVersionIsAConflictAndOfTwoConcurrentChangesExactlyOneWins() throws Exception {
		String first = body("并发专项", List.of("E0107"), List.of("340604"), today(), today().plusDays(10),
				"[{\"measure\":\"CASES_CLOSED\",\"value\":5}]", false);
		long id = admin.post("/api/v1/campaigns", first).json().get("id").asLong();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Response>> answers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String name = "并发专项-" + i;
			answers.add(pool.submit(() -> {
				start.await();
				return admin.put("/api/v1/campaigns/" + id, "application/json", withVersion(body(name, List.of("E0107"),
						List.of("340604"), today(), today().plusDays(10), "[{\"measure\":\"CASES_CLOSED\",\"value\":5}]",
						false), 0));
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		String winner = null;
		for (Future<Api.Response> f : answers) {
			Api.Response r = f.get();
			statuses.add(r.status());
			if (r.status() == 200) {
				winner = r.json().get("name").asString();
			}
			else {
				assertThat(r.isProblem()).isTrue();
				assertThat(r.json().get("currentVersion").asInt()).isEqualTo(1);
			}
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		JsonNode now = admin.get("/api/v1/campaigns/" + id).json();
		assertThat(now.get("version").asInt()).isEqualTo(1);
		assertThat(now.get("name").asString()).isEqualTo(winner);
	}

	@Test
	void reportsMadeWhileACampaignIsCreatedAreAllTaggedOnce() throws Exception {
		CampaignCases spot = new CampaignCases(cases, photos, regions);
		List<String> categories = List.of("E0107", "E0201", "E0202", "E0501", "E0502", "E0503");
		ExecutorService pool = Executors.newFixedThreadPool(3);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Long>> reports = new ArrayList<>();
		for (String category : categories) {
			reports.add(pool.submit(() -> {
				start.await();
				return spot.reported(category);
			}));
		}
		Future<Api.Response> creating = pool.submit(() -> {
			start.await();
			return admin.post("/api/v1/campaigns", body("并发打标", categories, List.of(spot.grid()), today(),
					today().plusDays(5), "[{\"measure\":\"CASES_REPORTED\",\"value\":6}]", false));
		});
		start.countDown();
		List<Long> reported = new ArrayList<>();
		for (Future<Long> f : reports) {
			reported.add(f.get());
		}
		Api.Response created = creating.get();
		pool.shutdown();
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		List<Long> tagged = jdbc.sql("SELECT case_id FROM campaigns.campaign_case WHERE campaign_id = ?").param(id)
			.query(Long.class).list();
		assertThat(tagged).as("whether reported before or after the campaign committed").containsExactlyInAnyOrderElementsOf(
				reported);
	}

	@Test
	void leadersEditOnlyWithinTheirScopeAndStaffReadOnlyCampaignsTouchingTheirs() {
		Api leader = new Api(port).as(users.token(NewUser.staff("t-camp-leader", "测试相山领导", TestUsers.PASSWORD,
				"340603", Role.LEADER)));
		Api otherLeader = new Api(port).as(users.token(NewUser.staff("t-camp-leader-2", "测试烈山领导", TestUsers.PASSWORD,
				"340604", Role.LEADER)));
		Api dispatcher = new Api(port).as(users.token(NewUser.staff("t-camp-dispatcher", "测试烈山派遣员",
				TestUsers.PASSWORD, "340604", Role.DISPATCHER)));
		Api citizen = new Api(port).as(users.token(NewUser.citizen("t-camp-citizen", "测试市民", TestUsers.PASSWORD,
				"13900008801")));
		String inXiangshan = body("相山专项", List.of("E0201"), List.of("340603001"), today(), today().plusDays(7),
				"[{\"measure\":\"CASES_CLOSED\",\"value\":3}]", true);
		Api.Response outside = otherLeader.post("/api/v1/campaigns", inXiangshan);
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.json().get("detail").asString()).contains("340603001").contains("340604");
		assertThat(dispatcher.post("/api/v1/campaigns", inXiangshan).status()).isEqualTo(403);
		Api.Response own = leader.post("/api/v1/campaigns", inXiangshan);
		assertThat(own.status()).as(own.body()).isEqualTo(201);
		long id = own.json().get("id").asLong();

		assertThat(otherLeader.put("/api/v1/campaigns/" + id, "application/json", withVersion(inXiangshan, 0)).status())
			.isEqualTo(403);
		assertThat(dispatcher.get("/api/v1/campaigns/" + id).status()).as("another district's staff").isEqualTo(403);
		List<Long> seen = new ArrayList<>();
		dispatcher.get("/api/v1/campaigns").json().forEach(c -> seen.add(c.get("id").asLong()));
		assertThat(seen).doesNotContain(id);
		List<Long> leaders = new ArrayList<>();
		leader.get("/api/v1/campaigns").json().forEach(c -> leaders.add(c.get("id").asLong()));
		assertThat(leaders).contains(id);
		assertThat(citizen.get("/api/v1/campaigns/" + id).status()).isEqualTo(403);
		assertThat(anonymous.get("/api/v1/campaigns").status()).isEqualTo(401);
	}

	@Test
	void thePublicReadsOnlyPublishedCampaignsProgressWithoutCases() {
		CampaignCases spot = new CampaignCases(cases, photos, regions);
		spot.closed("E0201");
		String draft = body("公开专项", List.of("E0201"), List.of(spot.grid()), today(), today().plusDays(7),
				"[{\"measure\":\"CASES_CLOSED\",\"value\":2}]", false);
		long id = admin.post("/api/v1/campaigns", draft).json().get("id").asLong();
		Api.Response hidden = anonymous.get("/api/v1/public/campaigns/" + id);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.isProblem()).isTrue();
		admin.put("/api/v1/campaigns/" + id, "application/json", withVersion(draft.replace("\"published\":false",
				"\"published\":true"), 0));
		Api.Response shown = anonymous.get("/api/v1/public/campaigns/" + id);
		assertThat(shown.status()).as(shown.body()).isEqualTo(200);
		Map<String, JsonNode> overall = figures(shown.json().get("overall"));
		assertThat(overall.get("CASES_CLOSED").get("actual").asDouble()).isEqualTo(1.0);
		assertThat(overall.get("CASES_CLOSED").get("percent").asDouble()).isEqualTo(50.0);
		assertThat(shown.body()).doesNotContain("caseId").doesNotContain("13812345678");
		assertThat(anonymous.get("/api/v1/campaigns/" + id + "/cases").status()).isEqualTo(401);
		List<Long> listed = new ArrayList<>();
		anonymous.get("/api/v1/public/campaigns").json().forEach(c -> listed.add(c.get("id").asLong()));
		assertThat(listed).contains(id);
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		String docs = anonymous.get("/v3/api-docs").body();
		assertThat(docs).contains("/api/v1/campaigns").contains("/api/v1/campaigns/{id}/progress")
			.contains("/api/v1/campaigns/{id}/cases").contains("/api/v1/public/campaigns/{id}");
	}
}
