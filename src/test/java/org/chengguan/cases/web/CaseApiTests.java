package org.chengguan.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.identity.demo.DemoUserLoader;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The lifecycle over real HTTP, by the demo users with their demo password, as a client would drive it. */
@PlatformTest
class CaseApiTests {

	static final String PASSWORD = "demo-2026";

	private static int seed = (int) (System.nanoTime() & 0xFFFF);

	@LocalServerPort
	int port;

	@Autowired
	DemoDataLoader regions;

	@Autowired
	DemoUserLoader users;

	Api anonymous;

	@BeforeEach
	void demo() {
		regions.loadIfAbsent();
		users.loadIfAbsent();
		anonymous = new Api(port);
	}

	Api as(String username) {
		var response = anonymous.post("/api/v1/auth/token", "application/json",
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return anonymous.as(response.json().get("token").asString());
	}

	String uploadPhoto(Api api, byte[] bytes) {
		var response = upload(api, bytes, "photo.jpg");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	static Api.Response upload(Api api, byte[] bytes, String filename) {
		String boundary = "----chengguan" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.send("/api/v1/photos", b -> b.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	static String report(String category, double lat, double lon, String photoId) {
		return """
				{"categoryCode":"%s","description":"小区门口暴露垃圾 <script>alert('x')</script>","lat":%s,"lon":%s,
				 "crs":"wgs84","channel":"CITIZEN_APP","photoIds":[%s]}
				""".formatted(category, lat, lon, photoId == null ? "" : "\"" + photoId + "\"");
	}

	static JsonNode act(Api api, long id, String action, String body, int expectedStatus) {
		var response = api.post("/api/v1/cases/" + id + "/" + action, "application/json", body);
		assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(expectedStatus);
		return response.json();
	}

	@Test
	void theDemoUsersTakeACaseFromTheCitizensPhotoToTheAnswerBack() {
		Api citizen = as("citizen");
		var photo = upload(citizen, TestImages.jpegWithGps(seed++, 33.955, 116.798), "IMG_0001.jpg");
		assertThat(photo.status()).isEqualTo(201);
		assertThat(photo.json().get("takenAt").get("lat").asDouble()).isBetween(33.9549, 33.9551);
		String photoId = photo.json().get("id").asString();

		var created = citizen.post("/api/v1/cases", "application/json", report("E0102", 33.955, 116.798, photoId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.header("Location")).isPresent();
		JsonNode c = created.json();
		long id = c.get("id").asLong();
		assertThat(c.get("status").asString()).isEqualTo("REPORTED");
		assertThat(c.get("description").asString()).contains("<script>");

		Api inspector = as("inspector");
		Api shiftLeader = as("shift-leader");
		Api dispatcher = as("dispatcher");
		Api handler = as("handler");
		assertThat(inspector.get("/api/v1/cases/" + id).json().get("allowedActions").values())
			.extracting(JsonNode::asString).contains("verify");
		act(inspector, id, "verify", "{\"comment\":\"属实\"}", 200);
		JsonNode filed = act(shiftLeader, id, "file", "{}", 200);
		assertThat(filed.get("proposedDepartment").asString()).isEqualTo("SANITATION");
		act(dispatcher, id, "dispatch", "{\"expectedVersion\":" + filed.get("version").asInt() + "}", 200);
		String after = uploadPhoto(handler, TestImages.jpeg(320, 240, seed++));
		act(handler, id, "handle", "{\"comment\":\"已清运\",\"photoIds\":[\"" + after + "\"]}", 200);
		String check = uploadPhoto(inspector, TestImages.jpeg(320, 240, seed++));
		act(inspector, id, "check-pass", "{\"photoIds\":[\"" + check + "\"]}", 200);
		act(shiftLeader, id, "close", "{}", 200);
		JsonNode answered = act(citizen, id, "feedback", "{\"satisfaction\":\"SATISFIED\",\"comment\":\"很快\"}", 200);
		assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");

		var timeline = citizen.get("/api/v1/cases/" + id + "/timeline").json();
		assertThat(timeline.values()).extracting(t -> t.get("action").asString()).containsExactly("report", "verify",
				"file", "dispatch", "handle", "check-pass", "close", "feedback");
		assertThat(timeline.get(4).get("photoIds").get(0).asString()).isEqualTo(after);
		assertThat(citizen.get("/api/v1/photos/" + after).status()).as("the reporter sees the after photo").isEqualTo(200);
	}

	@Test
	void aHotlineCallersNumberIsShownInFullToOperatorsOnlyAndMaskedToEveryOtherRole() {
		var filed = as("operator").post("/api/v1/cases", "application/json", """
				{"categoryCode":"E0107","description":"电话反映路边问题","lat":33.9561,"lon":116.7992,"crs":"wgs84",
				 "channel":"HOTLINE","contactName":"王先生","contactPhone":"13912345678"}
				""");
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		long id = filed.json().get("id").asLong();
		assertThat(as("operator").get("/api/v1/cases/" + id).json().get("contact").get("phone").asString())
			.isEqualTo("13912345678");
		for (String staff : new String[] { "shift-leader", "dispatcher", "leader", "inspector" }) {
			Api.Response seen = as(staff).get("/api/v1/cases/" + id);
			assertThat(seen.status()).as(staff + ": " + seen.body()).isEqualTo(200);
			assertThat(seen.body()).as(staff).doesNotContain("13912345678");
			assertThat(seen.json().get("contact").get("phone").asString()).as(staff).isEqualTo("139****5678");
		}
	}

	@Test
	void refusesWrongRolesAndScopesWith403Problems() {
		long id = as("citizen").post("/api/v1/cases", "application/json", report("E0104", 33.955, 116.798, null))
			.json().get("id").asLong();
		act(as("inspector"), id, "verify", "{}", 200);
		assertProblem(as("shift-leader-2").post("/api/v1/cases/" + id + "/file", "application/json", "{}"), 403,
				"scope");
		assertProblem(as("dispatcher").post("/api/v1/cases/" + id + "/file", "application/json", "{}"), 403,
				"SHIFT_LEADER");
		act(as("shift-leader"), id, "file", "{}", 200);
		act(as("dispatcher"), id, "dispatch", "{}", 200);
		assertProblem(as("handler-2").post("/api/v1/cases/" + id + "/handle", "application/json", "{}"), 403,
				"SANITATION");
		JsonNode seenByOther = as("citizen-2").get("/api/v1/cases/" + id).json();
		assertThat(seenByOther.get("full").asBoolean()).isFalse();
		assertThat(seenByOther.has("reporterId")).isFalse();
		assertProblem(as("citizen-2").get("/api/v1/cases/" + id + "/timeline"), 403, "reporter");
		assertProblem(anonymous.get("/api/v1/cases/" + id), 401, "");
	}

	@Test
	void answersWrongStatesStaleVersionsAndUnknownActionsWithProblems() {
		long id = as("citizen").post("/api/v1/cases", "application/json", report("E0106", 33.955, 116.798, null))
			.json().get("id").asLong();
		var wrongState = as("shift-leader").post("/api/v1/cases/" + id + "/close", "application/json", "{}");
		assertProblem(wrongState, 409, "REPORTED");
		act(as("inspector"), id, "verify", "{}", 200);
		var stale = as("shift-leader").post("/api/v1/cases/" + id + "/file", "application/json",
				"{\"expectedVersion\":1}");
		assertProblem(stale, 409, "changed since you read it");
		assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);
		assertProblem(as("shift-leader").post("/api/v1/cases/" + id + "/explode", "application/json", "{}"), 404,
				"check-pass");
		assertProblem(as("shift-leader").post("/api/v1/cases/" + id + "/void", "application/json", "{}"), 400,
				"reason");
		assertProblem(as("shift-leader").get("/api/v1/cases/999999999"), 404, "999999999");
	}

	@Test
	void rejectsBadReportsWithClearProblems() {
		Api citizen = as("citizen");
		assertProblem(citizen.post("/api/v1/cases", "application/json", report("E0102", 39.9, 116.4, null)), 422,
				"outside the city");
		assertProblem(citizen.post("/api/v1/cases", "application/json", report("X1", 33.955, 116.798, null)), 400,
				"X1");
		assertProblem(citizen.post("/api/v1/cases", "application/json",
				"{\"categoryCode\":\"E0102\",\"description\":\"" + "长".repeat(4001)
						+ "\",\"lat\":33.955,\"lon\":116.798,\"channel\":\"CITIZEN_APP\"}"), 400, "4000");
		assertProblem(citizen.post("/api/v1/cases", "application/json",
				"{\"categoryCode\":\"E0102\",\"description\":\"x\",\"channel\":\"CITIZEN_APP\"}"), 400, "lat");
		assertProblem(citizen.post("/api/v1/cases", "application/json",
				"{\"categoryCode\":\"E0102\",\"description\":\"x\",\"lat\":95,\"lon\":116.8,\"channel\":\"CITIZEN_APP\"}"),
				400, "latitude");
		assertProblem(citizen.post("/api/v1/cases", "application/json", "{\"categoryCode\": "), 400, "could not be read");
		// PostgreSQL cannot store U+0000: the report's statement fails (its batch is then written report by report, so
		// only this one is refused) and the answer is a 400, not a 500
		assertProblem(citizen.post("/api/v1/cases", "application/json", "{\"categoryCode\":\"E0102\",\"description\":"
				+ "\"a\\u0000b\",\"lat\":33.955,\"lon\":116.798,\"channel\":\"CITIZEN_APP\"}"), 400, "U+0000");
		assertProblem(upload(citizen, "<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8), "evil.jpg"), 415,
				"not a JPEG");
		byte[] big = new byte[10 * 1024 * 1024 + 10];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThat(upload(citizen, big, "big.jpg").status()).isEqualTo(413);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyAnswersWithTheFirstCase() {
		Api citizen = as("citizen");
		String key = "retry-" + UUID.randomUUID();
		String body = report("E0108", 33.955, 116.798, null);
		var first = citizen.send("/api/v1/cases", b -> b.header("Content-Type", "application/json")
			.header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
		var retry = citizen.send("/api/v1/cases", b -> b.header("Content-Type", "application/json")
			.header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(first.header("Idempotent-Replayed")).contains("false");
		assertThat(retry.header("Idempotent-Replayed")).contains("true");
	}

	@Test
	void aDuplicateReportShowsTheMasterItsReporterNowFollows() {
		Api citizen = as("citizen");
		long master = citizen.post("/api/v1/cases", "application/json", report("E0503", 33.955, 116.798, null))
			.json().get("id").asLong();
		JsonNode duplicate = as("citizen-2").post("/api/v1/cases", "application/json",
				report("E0503", 33.9551, 116.7981, null)).json();
		assertThat(duplicate.get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(duplicate.get("master").get("id").asLong()).isEqualTo(master);
		assertThat(duplicate.get("master").get("status").asString()).isEqualTo("REPORTED");
	}

	@Test
	void showsOpenCasesNearbyToAnyoneWithoutPersonalData() {
		as("citizen").post("/api/v1/cases", "application/json", report("E0110", 33.955, 116.798, null));
		var nearby = anonymous.get("/api/v1/cases/nearby?lat=33.955&lon=116.798&radius=300");
		assertThat(nearby.status()).as(nearby.body()).isEqualTo(200);
		assertThat(nearby.json().values()).isNotEmpty().allSatisfy(c -> {
			assertThat(c.has("reporterId")).isFalse();
			assertThat(c.has("description")).isFalse();
			assertThat(c.get("distanceMetres").asLong()).isLessThanOrEqualTo(300);
		});
		assertProblem(anonymous.get("/api/v1/cases/nearby?lat=33.955&lon=116.798&radius=-1"), 400, "radius");
	}

	@Test
	void listsCasesInScopeWithFilters() {
		Api citizen = as("citizen");
		citizen.post("/api/v1/cases", "application/json", report("E0109", 33.955, 116.798, null));
		JsonNode mine = citizen.get("/api/v1/cases?status=REPORTED&size=50").json();
		assertThat(mine.get("items").values()).isNotEmpty()
			.allSatisfy(c -> assertThat(c.get("status").asString()).isEqualTo("REPORTED"));
		JsonNode street = as("shift-leader").get("/api/v1/cases?category=E0109").json();
		assertThat(street.get("total").asLong()).isGreaterThanOrEqualTo(1);
		assertProblem(as("shift-leader-2").get("/api/v1/cases?region=340602"), 403, "scope");
		assertProblem(citizen.get("/api/v1/cases?status=NOPE"), 400, "status");
	}

	static void assertProblem(Api.Response response, int status, String detailMentions) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
		if (!detailMentions.isEmpty()) {
			assertThat(response.json().get("detail").asString()).contains(detailMentions);
		}
	}
}
