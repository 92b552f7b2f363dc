package org.chengguan.facilities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.facilities.stalls.PitchFixtures.OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.OTHER_OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.SHIFT_LEADER;
import static org.chengguan.facilities.stalls.PitchFixtures.STREET_OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR_2;
import static org.chengguan.facilities.stalls.PitchFixtures.body;
import static org.chengguan.facilities.stalls.PitchFixtures.today;

import java.util.ArrayList;
import java.util.List;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.facilities.stalls.PitchFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Pitch applications over real HTTP on the shared embedded PostgreSQL: a vendor applies, an officer of the area's
 * street decides, the public calendar shows the pitch taken; and every refusal is a problem that changes nothing.
 * The races are in {@link PitchApprovalRaceTests}.
 */
@PlatformTest
class PitchApplicationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	PitchFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PitchFixtures(context, port);
		fixtures.verifiedVendors();
	}

	@Test
	void aVendorAppliesAndAnOfficerOfTheCommunityApprovesWithAPitchThatThePublicCalendarShowsTaken() {
		long area = fixtures.stallArea(20);
		var applied = fixtures.as(VENDOR).post("/api/v1/facilities/" + area + "/pitch-applications",
				body("\"蔬菜\", \"水果\"", 1, 7, 5));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		JsonNode created = applied.json();
		long id = created.get("id").asLong();
		assertThat(applied.header("Location")).contains("/api/v1/pitch-applications/" + id);
		assertThat(created.get("state").asString()).isEqualTo("PENDING");
		assertThat(created.get("contactPhone").asString()).as("stored as digits").isEqualTo("13800138000");
		assertThat(created.get("goods").valueStream().map(JsonNode::asString)).containsExactly("蔬菜", "水果");
		assertThat(created.get("from").asString()).isEqualTo(today().plusDays(1).toString());
		assertThat(created.get("preferredPitch").asInt()).isEqualTo(5);

		assertThat(ids(fixtures.as(VENDOR).get("/api/v1/pitch-applications?mine=true"))).contains(id);
		JsonNode pending = find(fixtures.as(OFFICER).get("/api/v1/pitch-applications?state=PENDING"), id);
		assertThat(pending.get("contactPhone").asString()).as("the deciding officer sees the phone").isEqualTo("13800138000");
		assertThat(pending.get("applicantName").asString()).isEqualTo("测试摊贩甲");
		String idNumber = PitchFixtures.idNumber(VENDOR.username());
		assertThat(pending.get("vendor").get("state").asString()).as("the vendor's registration").isEqualTo("VERIFIED");
		assertThat(pending.get("vendor").get("maskedIdNumber").asString())
			.isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
		assertThat(pending.get("vendor").get("maskedPhone").asString()).isEqualTo("139****9000");
		assertThat(pending.toString()).doesNotContain(idNumber);

		var approved = fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/approve", "{\"pitch\": 3}");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().get("pitch").asInt()).isEqualTo(3);
		assertThat(approved.json().get("decidedBy").asLong()).isEqualTo(fixtures.actor(OFFICER).userId());
		assertThat(approved.json().get("decidedAt").asString()).isNotBlank();

		JsonNode mine = fixtures.as(VENDOR).get("/api/v1/pitch-applications/" + id).json();
		assertThat(mine.get("state").asString()).isEqualTo("APPROVED");
		assertThat(mine.has("vendor")).as("only in the officers' answers").isFalse();
		assertThat(mine.get("steps").valueStream().map(s -> s.get("action").asString())).containsExactly("APPLIED", "APPROVED");
		JsonNode decision = mine.get("steps").get(1);
		assertThat(decision.get("actorId").asLong()).isEqualTo(fixtures.actor(OFFICER).userId());
		assertThat(decision.get("role").asString()).isEqualTo("OFFICER");
		assertThat(decision.get("pitch").asInt()).isEqualTo(3);
		assertThat(decision.get("at").asString()).isNotBlank();

		var calendar = fixtures.anonymous().get("/api/v1/facilities/" + area + "/pitches?date=" + today().plusDays(4));
		assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
		JsonNode day = calendar.json();
		assertThat(day.get("pitches").asInt()).isEqualTo(20);
		assertThat(day.get("taken")).hasSize(1);
		assertThat(day.get("taken").get(0).get("pitch").asInt()).isEqualTo(3);
		assertThat(day.get("free").valueStream().map(JsonNode::asInt)).hasSize(19).doesNotContain(3);
		assertThat(calendar.body()).as("no applicant data in public").doesNotContain("13800138000").doesNotContain("applicant")
			.doesNotContain("测试摊贩甲");
		JsonNode dayAfter = fixtures.anonymous().get("/api/v1/facilities/" + area + "/pitches?date=" + today().plusDays(8))
			.json();
		assertThat(dayAfter.get("taken")).isEmpty();
	}

	@Test
	void anOfficerOfTheStreetOrOfAnotherCommunityOfItDecidesButNotOneOfAnotherStreetNorOtherStaff() {
		long area = fixtures.stallArea(10);
		long first = fixtures.apply(VENDOR, area, 1, 2, null);
		long second = fixtures.apply(VENDOR_2, area, 1, 2, null);

		for (var refused : List.of(OTHER_OFFICER, SHIFT_LEADER, VENDOR_2)) {
			assertProblem(fixtures.as(refused).post("/api/v1/pitch-applications/" + first + "/approve", "{\"pitch\": 1}"),
					403, "");
			assertProblem(fixtures.as(refused).post("/api/v1/pitch-applications/" + first + "/reject",
					"{\"reason\": \"不行\"}"), 403, "");
			assertProblem(fixtures.as(refused).get("/api/v1/pitch-applications/" + first), 403, "");
		}
		assertThat(ids(fixtures.as(OTHER_OFFICER).get("/api/v1/pitch-applications?state=PENDING"))).doesNotContain(first,
				second);
		assertProblem(fixtures.as(SHIFT_LEADER).get("/api/v1/pitch-applications"), 403, "OFFICER");
		assertProblem(fixtures.as(VENDOR).get("/api/v1/pitch-applications?state=PENDING"), 403, "mine=true");
		assertThat(ids(fixtures.as(VENDOR_2).get("/api/v1/pitch-applications?mine=true"))).contains(second)
			.doesNotContain(first);
		assertThat(fixtures.anonymous().get("/api/v1/pitch-applications?mine=true").status()).isEqualTo(401);
		assertThat(fixtures.as(VENDOR).get("/api/v1/pitch-applications/" + first).json().get("state").asString())
			.as("the refusals changed nothing").isEqualTo("PENDING");

		var byNeighbour = fixtures.as(fixtures.neighbourOfficer())
			.post("/api/v1/pitch-applications/" + first + "/approve", "{\"pitch\": 1}");
		assertThat(byNeighbour.status()).as(byNeighbour.body()).isEqualTo(200);
		var byStreet = fixtures.as(STREET_OFFICER)
			.post("/api/v1/pitch-applications/" + second + "/reject", "{\"reason\": \"该时段已满\"}");
		assertThat(byStreet.status()).as(byStreet.body()).isEqualTo(200);
		assertThat(byStreet.json().get("state").asString()).isEqualTo("REJECTED");
		assertThat(byStreet.json().get("reason").asString()).isEqualTo("该时段已满");
	}

	@Test
	void staffDoNotApplyAndNobodyAppliesWithoutSigningIn() {
		long area = fixtures.stallArea(5);
		assertProblem(fixtures.as(OFFICER).post("/api/v1/facilities/" + area + "/pitch-applications",
				body("\"蔬菜\"", 1, 2, null)), 403, "citizen");
		var anonymous = fixtures.anonymous().post("/api/v1/facilities/" + area + "/pitch-applications",
				body("\"蔬菜\"", 1, 2, null));
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.isProblem()).isTrue();
		assertThat(fixtures.as(OFFICER).get("/api/v1/pitch-applications?state=PENDING").json().get("items").valueStream()
			.filter(a -> a.get("facilityId").asLong() == area)).isEmpty();
	}

	@Test
	void goodsNotAllowedAndAMalformedRequestAreRefusedWithEveryFault() {
		long area = fixtures.stallArea(5);
		String path = "/api/v1/facilities/" + area + "/pitch-applications";
		var notAllowed = fixtures.as(VENDOR).post(path, body("\"蔬菜\", \"服装\", \"烟花\"", 1, 2, null));
		assertProblem(notAllowed, 422, "'服装' is not allowed");
		assertThat(notAllowed.json().get("errors").valueStream().map(JsonNode::asString))
			.anyMatch(e -> e.startsWith("goods: '服装'"))
			.anyMatch(e -> e.startsWith("goods: '烟花'"))
			.hasSize(2);

		var malformed = fixtures.as(VENDOR).post(path, """
				{"goods": [], "from": "%s", "to": "%s", "preferredPitch": 0, "contactPhone": "12345"}
				""".formatted(today().plusDays(3), today().plusDays(1)));
		assertProblem(malformed, 400, "goods");
		assertThat(malformed.json().get("errors").valueStream().map(JsonNode::asString))
			.anyMatch(e -> e.startsWith("goods:"))
			.anyMatch(e -> e.startsWith("to:"))
			.anyMatch(e -> e.startsWith("preferredPitch:"))
			.anyMatch(e -> e.startsWith("contactPhone:"));
		assertProblem(fixtures.as(VENDOR).post(path, "{\"goods\": [\"蔬菜\"], \"from\": \"tomorrow\"}"), 400, "");
		assertProblem(fixtures.as(VENDOR).post(path, body("\"蔬菜\"", 1, 2, 6)), 422, "pitches 1–5");
		assertThat(fixtures.as(VENDOR).get("/api/v1/pitch-applications?mine=true").json().get("items").valueStream()
			.filter(a -> a.get("facilityId").asLong() == area)).as("nothing was saved").isEmpty();
	}

	@Test
	void aPeriodOutsideTheAreasWindowsIsRefused() {
		// a weekend market: open Saturdays and Sundays only
		long weekend = fixtures.area("EARLY_NIGHT_MARKET", 30, "Sa,Su 06:00-10:00", "蔬菜|早点");
		int toMonday = 8 - today().getDayOfWeek().getValue();
		String path = "/api/v1/facilities/" + weekend + "/pitch-applications";
		var onMonday = fixtures.as(VENDOR).post(path, body("\"早点\"", toMonday, toMonday + 4, null));
		assertProblem(onMonday, 422, "does not open on " + today().plusDays(toMonday));
		assertThat(onMonday.json().get("errors").valueStream().map(JsonNode::asString))
			.anyMatch(e -> e.startsWith("from:")).anyMatch(e -> e.startsWith("to:"));
		var weekends = fixtures.as(VENDOR).post(path, body("\"早点\"", toMonday + 5, toMonday + 13, null));
		assertThat(weekends.status()).as("Saturday to the next Sunday: " + weekends.body()).isEqualTo(201);

		long area = fixtures.stallArea(5);
		String daily = "/api/v1/facilities/" + area + "/pitch-applications";
		assertProblem(fixtures.as(VENDOR).post(daily, body("\"蔬菜\"", -1, 2, null)), 422, "is in the past");
		assertProblem(fixtures.as(VENDOR).post(daily, body("\"蔬菜\"", 1, 100, null)), 422, "at most 92 days");
		assertProblem(fixtures.as(VENDOR).post(daily, body("\"蔬菜\"", 200, 201, null)), 422, "at most 180 days ahead");
	}

	@Test
	void aSeasonalStallTakesApplicationsOnlyInItsSeason() {
		String season = today().plusDays(10) + "/" + today().plusDays(40);
		long stall = fixtures.area("SEASONAL_STALL", 6, "Mo-Su off; " + season + " 06:00-10:00", "西瓜|桃");
		String path = "/api/v1/facilities/" + stall + "/pitch-applications";
		assertProblem(fixtures.as(VENDOR).post(path, body("\"西瓜\"", 5, 15, null)), 422,
				"does not open on " + today().plusDays(5));
		assertProblem(fixtures.as(VENDOR).post(path, body("\"西瓜\"", 30, 45, null)), 422,
				"does not open on " + today().plusDays(45));
		var inSeason = fixtures.as(VENDOR).post(path, body("\"西瓜\"", 12, 30, null));
		assertThat(inSeason.status()).as(inSeason.body()).isEqualTo(201);
	}

	@Test
	void onlyStallLikeFacilitiesTakeApplications() {
		long toilet = fixtures.area("PUBLIC_TOILET", 0, "24/7", "");
		assertProblem(fixtures.as(VENDOR).post("/api/v1/facilities/" + toilet + "/pitch-applications",
				body("\"蔬菜\"", 1, 2, null)), 422, "pitches are applied for at");
		assertProblem(fixtures.anonymous().get("/api/v1/facilities/" + toilet + "/pitches"), 404, "stall area");
		assertProblem(fixtures.as(VENDOR).post("/api/v1/facilities/999999999/pitch-applications",
				body("\"蔬菜\"", 1, 2, null)), 404, "no facility");
		long area = fixtures.stallArea(5);
		assertProblem(fixtures.anonymous().get("/api/v1/facilities/" + area + "/pitches?date=26-11-2026"), 400, "yyyy-MM-dd");
		assertProblem(fixtures.anonymous().get("/api/v1/facilities/" + area + "/pitches?from=" + today() + "&to="
				+ today().minusDays(1)), 400, "to:");
	}

	@Test
	void aPitchGivenForSomeDaysIsFreeOnOthersAndAnAreaGivesNoPitchItDoesNotHave() {
		long area = fixtures.stallArea(4);
		long first = fixtures.apply(VENDOR, area, 1, 5, null);
		long later = fixtures.apply(VENDOR_2, area, 6, 8, null);
		approve(first, 1, 200);
		approve(later, 1, 200);
		long overlapping = fixtures.apply(VENDOR_2, area, 1, 1, null);
		assertProblem(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + overlapping + "/approve",
				"{\"pitch\": 1}"), 409, "already given");
		assertProblem(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + overlapping + "/approve",
				"{\"pitch\": 5}"), 422, "pitches 1–4");
		assertProblem(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + overlapping + "/approve",
				"{\"pitch\": 0}"), 422, "pitches 1–4");
		assertProblem(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + overlapping + "/approve", "{}"), 400,
				"pitch");
		assertThat(fixtures.as(VENDOR_2).get("/api/v1/pitch-applications/" + overlapping).json().get("state").asString())
			.isEqualTo("PENDING");
		approve(overlapping, 2, 200);

		JsonNode week = fixtures.anonymous()
			.get("/api/v1/facilities/" + area + "/pitches?from=" + today().plusDays(1) + "&to=" + today().plusDays(8))
			.json();
		assertThat(week.get("taken")).hasSize(3);
		assertThat(week.get("free").valueStream().map(JsonNode::asInt)).containsExactly(3, 4);
	}

	@Test
	void approvingWithoutAPitchGivesTheApplicantsPreferredOne() {
		long area = fixtures.stallArea(8);
		long id = fixtures.apply(VENDOR, area, 2, 3, 7);
		var approved = fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("pitch").asInt()).isEqualTo(7);
	}

	@Test
	void aRejectionNeedsAReasonAndIsFinal() {
		long area = fixtures.stallArea(5);
		long id = fixtures.apply(VENDOR, area, 1, 3, null);
		assertProblem(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/reject", "{\"reason\": \"  \"}"),
				400, "reason");
		assertProblem(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/reject", ""), 400, "reason");
		var rejected = fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/reject",
				"{\"reason\": \"经营品种与摊群点定位不符\"}");
		assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
		assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("steps").get(1).get("reason").asString()).isEqualTo("经营品种与摊群点定位不符");

		var approveAfter = fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/approve", "{\"pitch\": 1}");
		assertProblem(approveAfter, 409, "REJECTED");
		assertThat(approveAfter.json().get("currentState").asString()).isEqualTo("REJECTED");
		assertProblem(fixtures.as(VENDOR).post("/api/v1/pitch-applications/" + id + "/withdraw", ""), 409, "REJECTED");
		JsonNode mine = fixtures.as(VENDOR).get("/api/v1/pitch-applications/" + id).json();
		assertThat(mine.get("reason").asString()).isEqualTo("经营品种与摊群点定位不符");
		assertThat(mine.get("steps")).hasSize(2);
	}

	@Test
	void theApplicantWithdrawsAPendingApplicationAndMayThenApplyAgain() {
		long area = fixtures.stallArea(5);
		long id = fixtures.apply(VENDOR, area, 1, 3, null);
		assertProblem(fixtures.as(VENDOR).post("/api/v1/facilities/" + area + "/pitch-applications",
				body("\"水果\"", 3, 4, null)), 409, "open (pending or approved) application");
		assertProblem(fixtures.as(VENDOR_2).post("/api/v1/pitch-applications/" + id + "/withdraw", ""), 403, "applied");
		assertProblem(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/withdraw", ""), 403, "applied");

		var withdrawn = fixtures.as(VENDOR).post("/api/v1/pitch-applications/" + id + "/withdraw", "");
		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().get("state").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.json().get("steps").get(1).get("action").asString()).isEqualTo("WITHDRAWN");
		assertProblem(fixtures.as(VENDOR).post("/api/v1/pitch-applications/" + id + "/withdraw", ""), 409, "WITHDRAWN");
		assertProblem(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/approve", "{\"pitch\": 1}"), 409,
				"WITHDRAWN");

		long again = fixtures.apply(VENDOR, area, 1, 3, null);
		approve(again, 2, 200);
		assertProblem(fixtures.as(VENDOR).post("/api/v1/pitch-applications/" + again + "/withdraw", ""), 409,
				"APPROVED");
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		JsonNode paths = fixtures.anonymous().get("/v3/api-docs").json().get("paths");
		assertThat(paths.has("/api/v1/facilities/{id}/pitch-applications")).isTrue();
		assertThat(paths.has("/api/v1/pitch-applications/{id}/approve")).isTrue();
		assertThat(paths.get("/api/v1/pitch-applications/{id}/approve").get("post").has("security")).isTrue();
		assertThat(paths.get("/api/v1/facilities/{id}/pitches").get("get").has("security")).as("public").isFalse();
	}

	private void approve(long id, int pitch, int status) {
		var response = fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/approve",
				"{\"pitch\": " + pitch + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(status);
	}

	static List<Long> ids(Api.Response list) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		list.json().get("items").forEach(a -> ids.add(a.get("id").asLong()));
		return ids;
	}

	static JsonNode find(Api.Response list, long id) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json().get("items").valueStream().filter(a -> a.get("id").asLong() == id).findFirst().orElseThrow();
	}

	static void assertProblem(Api.Response response, int status, String detail) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
		assertThat(response.json().get("detail").asString()).contains(detail);
	}
}
