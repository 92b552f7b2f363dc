package org.chengguan.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.CaseSubject;
import org.chengguan.cases.Channel;
import org.chengguan.identity.Actors;
import org.chengguan.commerce.internal.JointVisits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Joint inspections done once (综合查一次) over HTTP: one visit holds several bodies' results; a failed item opens a
 * case about the merchant; the visit interval refuses a second routine visit (also when two arrive at once) but not
 * one a complaint demands; a visit that cannot be stored in full stores nothing.
 */
@PlatformTest
@RecordApplicationEvents
class JointInspectionTests {

	static final String TWO_BODIES = """
			{"results":[
			 {"itemCode":"ENF_OUTSIDE","passed":false,"note":"门前摆放桌椅占道","openCase":true},
			 {"itemCode":"ENF_CLEAN","passed":true},
			 {"itemCode":"FIRE_EXTINGUISHER","passed":true,"note":"2 具，有效期内"}]}""";

	static final String ALL_PASSED = """
			{"results":[{"itemCode":"ENF_CLEAN","passed":true},{"itemCode":"MKT_PRICES","passed":true}]}""";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.chengguan.cases.photos.PhotoLibrary photos;

	@Autowired
	CaseManagement cases;

	@Autowired
	JointVisits visits;

	@Autowired
	Actors actors;

	@Autowired
	ApplicationEvents events;

	CommerceFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CommerceFixtures(context, port);
	}

	@Test
	void aFailedItemOpensACaseAboutTheMerchantInItsCategoryOnTheSameVisitRecord() {
		long id = fixtures.merchant("测试联检火锅店", null).get("id").asLong();
		var recorded = fixtures.as(fixtures.inspector()).post("/api/v1/merchants/" + id + "/joint-visits", TWO_BODIES);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		JsonNode visit = recorded.json();
		assertThat(visit.get("failedItems").asInt()).isEqualTo(1);
		assertThat(visit.get("bodyCodes").toString()).isEqualTo("[\"ENFORCEMENT\",\"FIRE_SAFETY\"]");
		JsonNode failed = visit.get("results").get(0);
		assertThat(failed.get("itemCode").asString()).isEqualTo("ENF_OUTSIDE");
		long caseId = failed.get("caseId").asLong();
		assertThat(visit.get("results").get(1).has("caseId")).isFalse();

		Case opened = cases.get(actors.byUsername("t-com-inspector").orElseThrow(), caseId);
		assertThat(opened.subject().reference()).isEqualTo("merchant:" + id);
		assertThat(opened.categoryCode()).isEqualTo("E0503");
		assertThat(opened.channel()).isEqualTo(Channel.INSPECTOR);
		assertThat(opened.description()).contains("无店外经营、占道经营").contains("门前摆放桌椅占道").contains("测试联检火锅店");
		assertThat(cases.openCasesAbout(new CaseSubject("merchant", Long.toString(id)))).isEqualTo(1);
		assertThat(cases.casesAboutBetween(List.of(new CaseSubject("merchant", Long.toString(id))),
				Instant.now().minusSeconds(3600), Instant.now().plusSeconds(60)))
			.containsEntry(new CaseSubject("merchant", Long.toString(id)), Map.of(Channel.INSPECTOR, 1L));

		JsonNode record = fixtures.as(fixtures.officer()).get("/api/v1/merchants/" + id).json();
		assertThat(record.get("visits").get(0).get("id").asLong()).isEqualTo(visit.get("id").asLong());
		assertThat(record.get("visits").get(0).get("results").get(0).get("caseId").asLong()).isEqualTo(caseId);
	}

	@Test
	void recordingAVisitPublishesJointInspectionRecordedWithTheBodiesAndFailures() {
		long id = fixtures.merchant("测试联检事件店", null).get("id").asLong();
		var inspector = actors.byUsername(fixtures.userName(fixtures.inspector())).orElseThrow();
		var visit = visits.record(inspector, id, new JointVisits.VisitCommand(null, null, List.of(
				new JointVisits.ItemResult("ENF_CLEAN", false, "门前有纸屑", null, false),
				new JointVisits.ItemResult("ENV_FUMES", false, null, null, false),
				new JointVisits.ItemResult("MKT_LICENCE", true, null, null, null)), null, null));
		List<JointInspectionRecorded> published = events.stream(JointInspectionRecorded.class)
			.filter(e -> e.merchantId() == id).toList();
		assertThat(published).hasSize(1);
		JointInspectionRecorded e = published.get(0);
		assertThat(e.inspectionId()).isEqualTo(visit.id());
		assertThat(e.failedItems()).isEqualTo(2);
		assertThat(e.departmentCodes()).containsExactly("ENFORCEMENT", "MARKET_SUPERVISION", "ENVIRONMENT");
		assertThat(e.regionCode()).startsWith(fixtures.street());
	}

	@Test
	void aSecondRoutineVisitWithinTheIntervalIsRefusedButOneAComplaintDemandsIsNot() {
		long id = fixtures.merchant("测试间隔理发店", null).get("id").asLong();
		Api inspector = fixtures.as(fixtures.inspector());
		assertThat(inspector.post("/api/v1/merchants/" + id + "/joint-visits", TWO_BODIES).status()).isEqualTo(201);
		var again = inspector.post("/api/v1/merchants/" + id + "/joint-visits", ALL_PASSED);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("nextAllowedAt").asString()).isNotBlank();
		long caseId = jdbc.sql("SELECT case_id FROM commerce.visit_result r JOIN commerce.joint_visit v "
				+ "ON v.id = r.visit_id WHERE v.merchant_id = ? AND r.case_id IS NOT NULL").param(id)
			.query(Long.class).single();
		var demanded = inspector.post("/api/v1/merchants/" + id + "/joint-visits",
				ALL_PASSED.replaceFirst("\\{", "{\"complaint\":\"case:" + caseId + "\","));
		assertThat(demanded.status()).as(demanded.body()).isEqualTo(201);
		assertThat(demanded.json().get("complaint").asString()).isEqualTo("case:" + caseId);
		assertThat(visitsOf(id)).isEqualTo(2);
		var noSuchComplaint = inspector.post("/api/v1/merchants/" + id + "/joint-visits",
				ALL_PASSED.replaceFirst("\\{", "{\"complaint\":\"case:999999999\","));
		assertThat(noSuchComplaint.status()).isEqualTo(422);
	}

	@Test
	void ofTwoOfficersRecordingAVisitToOneMerchantAtOnceOnlyOnePasses() throws Exception {
		long id = fixtures.merchant("测试并发便利店", null).get("id").asLong();
		Api officer = fixtures.as(fixtures.officer());
		Api inspector = fixtures.as(fixtures.inspector());
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (Api api : List.of(officer, inspector)) {
				answers.add(pool.submit(() -> {
					start.await();
					return api.post("/api/v1/merchants/" + id + "/joint-visits", ALL_PASSED).status();
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> f : answers) {
				statuses.add(f.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(visitsOf(id)).isEqualTo(1);
	}

	@Test
	void anOfficerOpensACaseOnTheInspectorChannelInTheirOwnRole() {
		long id = fixtures.merchant("测试队员立案店", null).get("id").asLong();
		var recorded = fixtures.as(fixtures.officer()).post("/api/v1/merchants/" + id + "/joint-visits", TWO_BODIES);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		long caseId = recorded.json().get("results").get(0).get("caseId").asLong();
		var officer = actors.byUsername("t-com-officer").orElseThrow();
		Case opened = cases.get(officer, caseId);
		assertThat(opened.channel()).isEqualTo(Channel.INSPECTOR);
		assertThat(opened.status()).as("found on site by city-management staff: no verification")
			.isEqualTo(CaseStatus.VERIFIED);
		assertThat(cases.timeline(officer, caseId).get(0).by().role()).as("never counted as an inspector's report")
			.isEqualTo("OFFICER");
		assertThat(visitsOf(id)).isEqualTo(1);
	}

	@Test
	void photosOfResultsWithoutACaseAreKeptWithTheVisitAndShownToTheRegionsStaff() {
		long id = fixtures.merchant("测试留存照片店", null).get("id").asLong();
		long inspector = actors.byUsername("t-com-inspector").orElseThrow().userId();
		String photo = photos.upload(inspector, new java.io.ByteArrayInputStream(
				org.chengguan.cases.photos.TestImages.jpeg(64, 48, 8101))).id().toString();
		var recorded = fixtures.as(fixtures.inspector()).post("/api/v1/merchants/" + id + "/joint-visits", """
				{"results":[{"itemCode":"ENF_CLEAN","passed":true,"photoIds":["%s"]},
				 {"itemCode":"MKT_PRICES","passed":true}]}""".formatted(photo));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(jdbc.sql("SELECT kept_for FROM cases.photo WHERE id = ?::uuid").param(photo).query(String.class)
			.single()).isEqualTo("merchant:" + id);
		photos.collectUnused(Instant.now().plus(java.time.Duration.ofDays(30)));
		assertThat(photos.find(java.util.UUID.fromString(photo))).as("never collected as unused").isPresent();
		assertThat(fixtures.as(fixtures.officer()).get("/api/v1/photos/" + photo).status())
			.as("another of the region's staff sees the visit record's photo").isEqualTo(200);
		assertThat(fixtures.as(fixtures.stranger()).get("/api/v1/photos/" + photo).status()).isEqualTo(403);

		// a passed item's photo that does not exist fails the visit: nothing of it is saved
		long other = fixtures.merchant("测试假照片店", null).get("id").asLong();
		var refused = fixtures.as(fixtures.inspector()).post("/api/v1/merchants/" + other + "/joint-visits", """
				{"results":[{"itemCode":"ENF_CLEAN","passed":true,"photoIds":["00000000-0000-0000-0000-000000000002"]},
				 {"itemCode":"MKT_PRICES","passed":true}]}""");
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(visitsOf(other)).isZero();
	}

	@Test
	void aBadPhotoIdFailsTheWholeVisitAndNoCaseIsOpened() {
		long id = fixtures.merchant("测试坏照片店", null).get("id").asLong();
		var refused = fixtures.as(fixtures.inspector()).post("/api/v1/merchants/" + id + "/joint-visits", """
				{"results":[{"itemCode":"ENF_OUTSIDE","passed":false,"openCase":true,
				  "photoIds":["00000000-0000-0000-0000-000000000001"]}]}""");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("does not exist");
		assertThat(visitsOf(id)).isZero();
		assertThat(cases.openCasesAbout(new CaseSubject("merchant", Long.toString(id)))).isZero();
	}

	@Test
	void aVisitMustFitItsPlanAndUnknownItemsAreNamed() {
		long id = fixtures.merchant("测试计划外店", null).get("id").asLong();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		var plan = fixtures.as(fixtures.officer()).post("/api/v1/inspection-plans", """
				{"name":"测试联合检查计划","regionCode":"%s","bodyCodes":["ENFORCEMENT","MARKET_SUPERVISION"],
				 "startsOn":"%s","endsOn":"%s"}""".formatted(fixtures.street(), today.minusDays(1), today.plusDays(30)));
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);
		long planId = plan.json().get("id").asLong();
		Api officer = fixtures.as(fixtures.officer());
		var misfit = officer.post("/api/v1/merchants/" + id + "/joint-visits",
				"{\"planId\":" + planId + ",\"results\":[{\"itemCode\":\"ENF_CLEAN\",\"passed\":true},"
						+ "{\"itemCode\":\"FIRE_EXIT\",\"passed\":true}]}");
		assertThat(misfit.status()).isEqualTo(422);
		assertThat(misfit.body()).contains("FIRE_SAFETY").contains("MARKET_SUPERVISION");
		var unknown = officer.post("/api/v1/merchants/" + id + "/joint-visits",
				"{\"results\":[{\"itemCode\":\"NO_SUCH\",\"passed\":true}]}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("NO_SUCH");
		var fits = officer.post("/api/v1/merchants/" + id + "/joint-visits", "{\"planId\":" + planId + "," + ALL_PASSED.substring(1));
		assertThat(fits.status()).as(fits.body()).isEqualTo(201);
		assertThat(fits.json().get("planId").asLong()).isEqualTo(planId);
	}

	private long visitsOf(long merchantId) {
		return jdbc.sql("SELECT count(*) FROM commerce.joint_visit WHERE merchant_id = ?").param(merchantId)
			.query(Long.class).single();
	}
}
