package org.chengguan.facilities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.facilities.stalls.PitchFixtures.OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.OTHER_OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.SHIFT_LEADER;
import static org.chengguan.facilities.stalls.PitchFixtures.STREET;
import static org.chengguan.facilities.stalls.PitchFixtures.STREET_OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.body;
import static org.chengguan.facilities.stalls.PitchFixtures.idNumber;
import static org.chengguan.facilities.web.PitchApplicationApiTests.assertProblem;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.facilities.stalls.PitchFixtures;
import org.chengguan.identity.NewUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Vendor registration (摊贩登记) over real HTTP: a citizen registers once, an officer of the street verifies or
 * rejects it, the personal data is masked for everyone but the vendor, and only a verified vendor applies for a pitch.
 */
@PlatformTest
class VendorRegistrationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	PitchFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PitchFixtures(context, port);
	}

	/** A citizen of this test only: registrations are one per citizen in the shared database. */
	static NewUser citizen(String tag) {
		return NewUser.citizen("t-vendor-" + tag + "-" + System.nanoTime(), "测试登记摊贩" + tag, TestUsers.PASSWORD, null);
	}

	static String registration(NewUser vendor, String street) {
		return """
				{"name": "王小贩", "phone": "13912345678", "idNumber": "%s", "goods": ["蔬菜", " 水果 ", "蔬菜"],
				 "streetCode": "%s"}""".formatted(idNumber(vendor.username()), street);
	}

	Api.Response register(NewUser vendor) {
		return fixtures.as(vendor).put("/api/v1/vendors/me", "application/json", registration(vendor, STREET));
	}

	@Test
	void aCitizenRegistersAndSeesEverythingWhileTheStreetsOfficerSeesThePhoneAndIdNumberMasked() {
		NewUser vendor = citizen("a");
		String id = idNumber(vendor.username());
		assertProblem(fixtures.as(vendor).get("/api/v1/vendors/me"), 404, "not registered");
		var registered = register(vendor);
		assertThat(registered.status()).as(registered.body()).isEqualTo(200);
		JsonNode mine = registered.json();
		long vendorId = mine.get("id").asLong();
		assertThat(mine.get("state").asString()).isEqualTo("PENDING");
		assertThat(mine.get("phone").asString()).isEqualTo("13912345678");
		assertThat(mine.get("idNumber").asString()).isEqualTo(id);
		assertThat(mine.get("masked").asBoolean()).isFalse();
		assertThat(mine.get("goods").valueStream().map(JsonNode::asString)).containsExactly("蔬菜", "水果");

		JsonNode listed = fixtures.as(OFFICER).get("/api/v1/vendors?state=PENDING").json().get("items").valueStream()
			.filter(v -> v.get("id").asLong() == vendorId)
			.findFirst()
			.orElseThrow();
		assertThat(listed.get("name").asString()).isEqualTo("王小贩");
		assertThat(listed.get("phone").asString()).isEqualTo("139****5678");
		assertThat(listed.get("idNumber").asString()).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
		assertThat(listed.get("masked").asBoolean()).isTrue();
		var one = fixtures.as(OFFICER).get("/api/v1/vendors/" + vendorId);
		assertThat(one.body()).doesNotContain(id).doesNotContain("13912345678");

		for (NewUser refused : List.of(OTHER_OFFICER, SHIFT_LEADER, citizen("other"))) {
			assertProblem(fixtures.as(refused).get("/api/v1/vendors/" + vendorId), 403, "");
			assertProblem(fixtures.as(refused).post("/api/v1/vendors/" + vendorId + "/verify", ""), 403, "");
		}
		assertThat(fixtures.anonymous().get("/api/v1/vendors/" + vendorId).status()).isEqualTo(401);
		assertProblem(fixtures.as(SHIFT_LEADER).get("/api/v1/vendors"), 403, "OFFICER");
		assertThat(fixtures.as(OTHER_OFFICER).get("/api/v1/vendors?state=PENDING").json().get("items").valueStream()
			.map(v -> v.get("id").asLong())).doesNotContain(vendorId);

		var verified = fixtures.as(STREET_OFFICER).post("/api/v1/vendors/" + vendorId + "/verify",
				"{\"version\": " + mine.get("version").asInt() + "}");
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);
		assertThat(verified.json().get("state").asString()).isEqualTo("VERIFIED");
		assertThat(verified.json().get("decidedBy").asLong()).isEqualTo(fixtures.actor(STREET_OFFICER).userId());
		assertThat(verified.json().get("idNumber").asString()).as("masked in the officer's answer too").contains("*");
		assertProblem(fixtures.as(vendor).put("/api/v1/vendors/me", "application/json", registration(vendor, STREET)),
				409, "verified already");
	}

	@Test
	void aRegistrationWithFaultsIsRefusedWithEveryFaultAndNothingIsSaved() {
		NewUser vendor = citizen("bad");
		String wrongCheck = idNumber(vendor.username()).substring(0, 17)
				+ (idNumber(vendor.username()).endsWith("1") ? "2" : "1");
		var refused = fixtures.as(vendor).put("/api/v1/vendors/me", "application/json", """
				{"name": "", "phone": "1234", "idNumber": "%s", "goods": [], "streetCode": "340603"}""".formatted(wrongCheck));
		assertProblem(refused, 400, "Invalid vendor registration");
		assertThat(refused.json().get("errors").valueStream().map(JsonNode::asString))
			.anyMatch(e -> e.startsWith("name:"))
			.anyMatch(e -> e.startsWith("phone:"))
			.anyMatch(e -> e.startsWith("idNumber:"))
			.anyMatch(e -> e.startsWith("goods:"))
			.anyMatch(e -> e.startsWith("streetCode:"));
		assertThat(refused.body()).as("the refusal does not echo the number").doesNotContain(wrongCheck);
		assertProblem(fixtures.as(vendor).get("/api/v1/vendors/me"), 404, "");
		assertProblem(fixtures.as(OFFICER).put("/api/v1/vendors/me", "application/json", registration(vendor, STREET)),
				403, "citizen");
	}

	@Test
	void oneIdCardNumberRegistersOneVendor() {
		NewUser first = citizen("first");
		NewUser second = citizen("second");
		assertThat(register(first).status()).isEqualTo(200);
		var again = fixtures.as(second).put("/api/v1/vendors/me", "application/json",
				registration(first, STREET));
		assertProblem(again, 409, "ID card number is registered to another vendor");
		assertProblem(fixtures.as(second).get("/api/v1/vendors/me"), 404, "");
	}

	@Test
	void onlyAVerifiedVendorAppliesForAPitchAndARejectedOneMayCorrectAndResubmit() {
		long area = fixtures.stallArea(5);
		String path = "/api/v1/facilities/" + area + "/pitch-applications";
		NewUser vendor = citizen("apply");
		assertProblem(fixtures.as(vendor).post(path, body("\"蔬菜\"", 1, 2, null)), 403, "register first");

		long vendorId = register(vendor).json().get("id").asLong();
		assertProblem(fixtures.as(vendor).post(path, body("\"蔬菜\"", 1, 2, null)), 403, "not verified it yet");

		assertProblem(fixtures.as(OFFICER).post("/api/v1/vendors/" + vendorId + "/reject", "{\"reason\": \" \"}"), 400,
				"reason");
		var rejected = fixtures.as(OFFICER).post("/api/v1/vendors/" + vendorId + "/reject",
				"{\"reason\": \"身份证号与姓名不符\"}");
		assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
		assertThat(rejected.json().get("state").asString()).isEqualTo("REJECTED");
		assertProblem(fixtures.as(vendor).post(path, body("\"蔬菜\"", 1, 2, null)), 403, "REJECTED");
		assertThat(fixtures.as(vendor).get("/api/v1/pitch-applications?mine=true").json().get("count").asInt())
			.as("nothing saved").isZero();

		var resubmitted = register(vendor);
		assertThat(resubmitted.json().get("state").asString()).isEqualTo("PENDING");
		assertThat(resubmitted.json().has("reason")).as("the reason is gone").isFalse();
		assertThat(fixtures.as(OFFICER).post("/api/v1/vendors/" + vendorId + "/verify", "").status()).isEqualTo(200);
		var applied = fixtures.as(vendor).post(path, body("\"蔬菜\"", 1, 2, null));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
	}

	@Test
	void aDecisionOverAStaleVersionOrAfterAnotherIsRefused() {
		NewUser vendor = citizen("stale");
		JsonNode v = register(vendor).json();
		long id = v.get("id").asLong();
		int version = v.get("version").asInt();
		var stale = fixtures.as(OFFICER).post("/api/v1/vendors/" + id + "/verify", "{\"version\": " + (version + 7) + "}");
		assertProblem(stale, 409, "changed meanwhile");
		assertThat(stale.json().get("currentState").asString()).isEqualTo("PENDING");
		assertThat(fixtures.as(OFFICER).post("/api/v1/vendors/" + id + "/verify", "{\"version\": " + version + "}")
			.status()).isEqualTo(200);
		var second = fixtures.as(STREET_OFFICER).post("/api/v1/vendors/" + id + "/reject", "{\"reason\": \"迟到\"}");
		assertProblem(second, 409, "VERIFIED");
		assertThat(second.json().get("currentState").asString()).isEqualTo("VERIFIED");
	}

	@Test
	void twoOfficersDecidingOneRegistrationAtOnceLetExactlyOneWin() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Api officer = fixtures.as(OFFICER);
			Api streetOfficer = fixtures.as(STREET_OFFICER);
			for (int round = 0; round < 4; round++) {
				NewUser vendor = citizen("race" + round);
				long id = register(vendor).json().get("id").asLong();
				CyclicBarrier start = new CyclicBarrier(2);
				Future<Api.Response> a = threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return officer.post("/api/v1/vendors/" + id + "/verify", "");
				});
				Future<Api.Response> b = threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return streetOfficer.post("/api/v1/vendors/" + id + "/reject", "{\"reason\": \"资料不全\"}");
				});
				List<Api.Response> answers = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
				assertThat(answers).extracting(Api.Response::status).as("round " + round)
					.containsExactlyInAnyOrder(200, 409);
				String won = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
					.get("state").asString();
				assertThat(fixtures.as(vendor).get("/api/v1/vendors/me").json().get("state").asString()).isEqualTo(won);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void thePhotoIsForTheVendorAndTheStreetsOfficersOnly() {
		NewUser vendor = citizen("photo");
		long id = register(vendor).json().get("id").asLong();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
		var uploaded = fixtures.as(vendor).send("/api/v1/vendors/me/photo", b -> b.header("Content-Type", "image/png")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png)));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(204);
		var notImage = fixtures.as(vendor).put("/api/v1/vendors/me/photo", "image/jpeg", "hello");
		assertProblem(notImage, 422, "no JPEG or PNG");
		assertThat(fixtures.as(vendor).get("/api/v1/vendors/me").json().get("hasPhoto").asBoolean()).isTrue();
		var byOfficer = fixtures.as(OFFICER).get("/api/v1/vendors/" + id + "/photo");
		assertThat(byOfficer.status()).isEqualTo(200);
		assertThat(byOfficer.contentType()).isEqualTo("image/png");
		assertThat(fixtures.as(OTHER_OFFICER).get("/api/v1/vendors/" + id + "/photo").status()).isEqualTo(403);
		assertThat(fixtures.anonymous().get("/api/v1/vendors/" + id + "/photo").status()).isEqualTo(401);
	}
}
