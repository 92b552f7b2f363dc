package org.chengguan.facilities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.facilities.stalls.PitchFixtures.OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.OTHER_OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.SHIFT_LEADER;
import static org.chengguan.facilities.stalls.PitchFixtures.STREET_OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR_2;
import static org.chengguan.facilities.stalls.PitchFixtures.today;
import static org.chengguan.facilities.web.PitchApplicationApiTests.assertProblem;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.facilities.displays.LicenceNumber;
import org.chengguan.facilities.stalls.PitchFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Outdoor display applications (特色外摆) over real HTTP: a shop applies for a zone and a period, an officer of the
 * shop's street approves, and the display is on the public map in its period only; overlapping approved displays are
 * refused, also when two officers approve at once; bad input is a problem that saves nothing.
 */
@PlatformTest
class OutdoorDisplayApiTests {

	/** Each test's shops stand on their own spot in 相南街道, so approved zones of other tests never overlap. */
	private static final AtomicInteger spots = new AtomicInteger();

	/** Metres of longitude per degree at the city's latitude. */
	private static final double METRES_PER_LON = 111_320.0 * Math.cos(Math.toRadians(33.955));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	PitchFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PitchFixtures(context, port);
	}

	/** A shop's point on a fresh spot (about 15 m apart), at the city centre in 翠峰社区 of 相南街道. */
	static double[] spot() {
		int n = spots.incrementAndGet();
		return new double[] { 33.9548 + (n / 6) * 0.00014, 116.7976 + (n % 6) * 0.00016 };
	}

	static String licence(int n) {
		String first17 = "91340603MA2T" + "%05d".formatted(n);
		return first17 + LicenceNumber.checkCharacter(first17);
	}

	static String body(String shop, double[] point, int from, int to, double width) {
		return """
				{"shopName": "%s", "licenceNumber": "%s", "shopAddress": "相山区测试路%s号", "shopLat": %s, "shopLon": %s,
				 "rectangle": {"width": %s, "depth": 3, "facing": 0}, "from": "%s", "to": "%s",
				 "dailyHours": "10:00-22:00", "displayed": "特色小吃外摆桌椅", "contactPhone": "13700137000"}
				""".formatted(shop, licence(Math.abs(shop.hashCode()) % 100_000), shop.length(), point[0], point[1], width,
				today().plusDays(from), today().plusDays(to));
	}

	long apply(String shop, double[] point, int from, int to) {
		var applied = fixtures.as(VENDOR).post("/api/v1/outdoor-displays", body(shop, point, from, to, 4));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		return applied.json().get("id").asLong();
	}

	Api.Response approve(Api officer, long id) {
		return officer.post("/api/v1/outdoor-displays/" + id + "/approve", "");
	}

	/** The public map's facilities of this name, open at noon of the day (or at any time, day null). */
	List<JsonNode> onTheMap(String name, Integer day) {
		String openAt = day == null ? "" : "&openAt=" + today().plusDays(day) + "T12:00";
		var found = fixtures.anonymous()
			.get("/api/v1/facilities?type=OUTDOOR_DISPLAY&q=" + java.net.URLEncoder.encode(name,
					java.nio.charset.StandardCharsets.UTF_8) + openAt);
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		return found.json().get("items").valueStream().toList();
	}

	@Test
	void aShopAppliesAnOfficerApprovesAndTheDisplayIsOnThePublicMapInItsPeriodOnly() {
		String shop = "测试外摆面馆" + System.nanoTime() % 100_000;
		var applied = fixtures.as(VENDOR).post("/api/v1/outdoor-displays", body(shop, spot(), 2, 10, 4));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		JsonNode created = applied.json();
		long id = created.get("id").asLong();
		assertThat(applied.header("Location")).contains("/api/v1/outdoor-displays/" + id);
		assertThat(created.get("state").asString()).isEqualTo("PENDING");
		assertThat(created.get("streetCode").asString()).isEqualTo(PitchFixtures.STREET);
		assertThat(created.get("zone").get("type").asString()).isEqualTo("Polygon");
		assertThat(created.get("zone").get("coordinates").get(0)).as("4 corners, closed").hasSize(5);
		assertThat(created.get("areaSquareMetres").asDouble()).isBetween(11.9, 12.1);
		assertThat(onTheMap(shop, null)).as("not on the map before approval").isEmpty();

		assertThat(fixtures.as(OFFICER).get("/api/v1/outdoor-displays?state=PENDING").json().get("items").valueStream()
			.map(d -> d.get("id").asLong())).contains(id);
		assertProblem(approve(fixtures.as(OTHER_OFFICER), id), 403, "outside the street");
		assertProblem(approve(fixtures.as(SHIFT_LEADER), id), 403, "OFFICER");
		var approved = approve(fixtures.as(OFFICER), id);
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
		long facility = approved.json().get("facilityId").asLong();

		var onMap = fixtures.anonymous().get("/api/v1/facilities/" + facility);
		assertThat(onMap.status()).isEqualTo(200);
		JsonNode f = onMap.json();
		assertThat(f.get("type").asString()).isEqualTo("OUTDOOR_DISPLAY");
		assertThat(f.get("name").asString()).isEqualTo(shop + " 特色外摆");
		assertThat(f.get("hours").asString())
			.isEqualTo("Mo-Su off; " + today().plusDays(2) + "/" + today().plusDays(10) + " 10:00-22:00");
		assertThat(f.get("openNow").asBoolean()).as("its period starts the day after tomorrow").isFalse();
		assertThat(f.get("stalls").get("goods").get(0).asString()).isEqualTo("特色小吃外摆桌椅");
		assertThat(onMap.body()).as("no personal data on the map").doesNotContain("13700137000");
		assertThat(onTheMap(shop, 5)).as("open in its period").hasSize(1);
		assertThat(onTheMap(shop, 1)).as("closed before it").isEmpty();
		assertThat(onTheMap(shop, 11)).as("closed after it").isEmpty();

		JsonNode mine = fixtures.as(VENDOR).get("/api/v1/outdoor-displays?mine=true").json();
		assertThat(mine.get("items").valueStream().filter(d -> d.get("id").asLong() == id)
			.map(d -> d.get("state").asString())).containsExactly("APPROVED");
		assertProblem(fixtures.as(VENDOR_2).get("/api/v1/outdoor-displays/" + id), 403, "");
	}

	@Test
	void overlappingApprovedDisplaysAreRefusedButOtherDaysAndNeighboursSharingAnEdgeAreNot() {
		double[] point = spot();
		String tag = "测试外摆" + System.nanoTime() % 100_000;
		long first = apply(tag + "甲", point, 1, 5);
		assertThat(approve(fixtures.as(OFFICER), first).status()).isEqualTo(200);

		double[] shifted = { point[0], point[1] + 1.0 / METRES_PER_LON };
		assertProblem(fixtures.as(VENDOR).post("/api/v1/outdoor-displays", body(tag + "乙", shifted, 3, 8, 4)), 409,
				"overlaps an approved outdoor display");

		long later = apply(tag + "丙", shifted, 6, 9);
		assertThat(approve(fixtures.as(OFFICER), later).status()).as("the same place on other days").isEqualTo(200);

		double[] neighbour = { point[0], point[1] + 4.0 / METRES_PER_LON };
		long next = apply(tag + "丁", neighbour, 1, 5);
		var beside = approve(fixtures.as(OFFICER), next);
		assertThat(beside.status()).as("zones that only share an edge: " + beside.body()).isEqualTo(200);

		double[] between = { point[0], point[1] + 2.0 / METRES_PER_LON };
		long pendingBoth = apply(tag + "戊", between, 10, 12);
		long late = apply(tag + "己", between, 12, 14);
		assertThat(approve(fixtures.as(OFFICER), pendingBoth).status()).isEqualTo(200);
		var refused = approve(fixtures.as(STREET_OFFICER), late);
		assertProblem(refused, 409, "overlaps an approved outdoor display");
		assertThat(fixtures.as(OFFICER).get("/api/v1/outdoor-displays/" + late).json().get("state").asString())
			.as("nothing half-saved").isEqualTo("PENDING");
		assertThat(onTheMap(tag + "己", null)).as("no facility for the refused one").isEmpty();
	}

	@Test
	void twoOfficersApprovingOverlappingDisplaysAtOnceGiveThePlaceToExactlyOne() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 4; round++) {
				double[] point = spot();
				String tag = "测试外摆竞" + round + "-" + System.nanoTime() % 100_000;
				long one = apply(tag + "甲", point, 1, 3);
				long other = apply(tag + "乙", new double[] { point[0], point[1] + 1.0 / METRES_PER_LON }, 2, 4);
				Api officer = fixtures.as(OFFICER);
				Api streetOfficer = fixtures.as(STREET_OFFICER);
				CyclicBarrier start = new CyclicBarrier(2);
				Future<Api.Response> a = threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return approve(officer, one);
				});
				Future<Api.Response> b = threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return approve(streetOfficer, other);
				});
				List<Api.Response> answers = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
				assertThat(answers).extracting(Api.Response::status).as("round " + round + ": " + answers)
					.containsExactlyInAnyOrder(200, 409);
				assertThat(onTheMap(tag, null)).as("one display on the map").hasSize(1);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void twoDecisionsOfOneApplicationLetOneWinAndAStaleVersionIsRefused() {
		long id = apply("测试外摆决定" + System.nanoTime() % 100_000, spot(), 1, 2);
		var got = fixtures.as(OFFICER).get("/api/v1/outdoor-displays/" + id);
		assertThat(got.status()).as(got.body()).isEqualTo(200);
		JsonNode read = got.json();
		assertProblem(fixtures.as(OFFICER).post("/api/v1/outdoor-displays/" + id + "/approve",
				"{\"version\": " + (read.get("version").asInt() + 3) + "}"), 409, "changed meanwhile");
		assertProblem(fixtures.as(OFFICER).post("/api/v1/outdoor-displays/" + id + "/reject", "{}"), 400, "reason");
		var rejected = fixtures.as(STREET_OFFICER).post("/api/v1/outdoor-displays/" + id + "/reject",
				"{\"reason\": \"占用盲道\", \"version\": " + read.get("version").asInt() + "}");
		assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
		assertThat(rejected.json().get("reason").asString()).isEqualTo("占用盲道");
		var second = approve(fixtures.as(OFFICER), id);
		assertProblem(second, 409, "REJECTED");
		assertThat(second.json().get("currentState").asString()).isEqualTo("REJECTED");
	}

	@Test
	void badInputIsAProblemListingEveryFaultAndNothingIsSaved() {
		int before = fixtures.as(VENDOR_2).get("/api/v1/outdoor-displays?mine=true").json().get("count").asInt();
		var malformed = fixtures.as(VENDOR_2).post("/api/v1/outdoor-displays", """
				{"shopName": "", "licenceNumber": "91340603MA2T000001", "shopLat": 33.95, "shopLon": 116.79,
				 "zone": [[116.79, 33.95], [116.7901, 33.95]], "from": "%s", "to": "%s", "dailyHours": "晚上",
				 "displayed": "", "contactPhone": "555"}""".formatted(today().plusDays(3), today().plusDays(1)));
		assertProblem(malformed, 400, "Invalid outdoor display application");
		assertThat(malformed.json().get("errors").valueStream().map(JsonNode::asString))
			.anyMatch(e -> e.startsWith("shopName:"))
			.anyMatch(e -> e.startsWith("licenceNumber:"))
			.anyMatch(e -> e.startsWith("contactPhone:"))
			.anyMatch(e -> e.startsWith("displayed:"))
			.anyMatch(e -> e.startsWith("dailyHours:"))
			.anyMatch(e -> e.startsWith("to:"))
			.anyMatch(e -> e.startsWith("zone: a zone has 3–20 corners"));

		double[] point = spot();
		var tooBig = fixtures.as(VENDOR_2).post("/api/v1/outdoor-displays", body("测试外摆大", point, 1, 2, 80));
		assertProblem(tooBig, 422, "at most 200 m²");
		String outside = body("测试外摆远", new double[] { 31.2, 121.4 }, 1, 2, 4);
		assertProblem(fixtures.as(VENDOR_2).post("/api/v1/outdoor-displays", outside), 422, "outside the city");
		assertProblem(fixtures.as(VENDOR_2).post("/api/v1/outdoor-displays", body("测试外摆昨", point, -1, 2, 4)), 422,
				"in the past");
		assertProblem(fixtures.as(OFFICER).post("/api/v1/outdoor-displays", body("测试外摆官", point, 1, 2, 4)), 403,
				"citizen");
		assertThat(fixtures.anonymous().post("/api/v1/outdoor-displays", body("测试外摆匿", point, 1, 2, 4)).status())
			.isEqualTo(401);
		assertThat(fixtures.as(VENDOR_2).get("/api/v1/outdoor-displays?mine=true").json().get("count").asInt())
			.as("nothing saved").isEqualTo(before);
	}

	@Test
	void aZoneMayBeGivenAsItsCornersInGcj02() {
		double[] point = spot();
		double dLon = 3.0 / METRES_PER_LON;
		double dLat = 2.0 / 111_320.0;
		String corners = String.format(Locale.ROOT, "[[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f],[%.7f,%.7f]]", point[1], point[0],
				point[1] + dLon, point[0], point[1] + dLon, point[0] + dLat, point[1], point[0] + dLat);
		var applied = fixtures.as(VENDOR_2).post("/api/v1/outdoor-displays", """
				{"shopName": "测试外摆角", "licenceNumber": "%s", "shopLat": %s, "shopLon": %s, "crs": "gcj02",
				 "zone": %s, "from": "%s", "to": "%s", "displayed": "鲜花", "contactPhone": "13700137001"}"""
			.formatted(licence(77), point[0], point[1], corners, today().plusDays(1), today().plusDays(1)));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		assertThat(applied.json().get("areaSquareMetres").asDouble()).isBetween(5.9, 6.1);
		assertThat(applied.json().get("dailyHours").asString()).isEqualTo("08:00-22:00");
		assertThat(applied.json().get("shopLat").asDouble()).as("stored as WGS-84").isNotEqualTo(point[0]);
	}

	@Test
	void theNewApiIsDescribedInOpenApi() {
		JsonNode paths = fixtures.anonymous().get("/v3/api-docs").json().get("paths");
		for (String path : List.of("/api/v1/outdoor-displays", "/api/v1/outdoor-displays/{id}/approve",
				"/api/v1/vendors/me", "/api/v1/vendors/{id}/verify", "/api/v1/vendors")) {
			assertThat(paths.has(path)).as(path).isTrue();
		}
		assertThat(paths.get("/api/v1/outdoor-displays").get("post").has("security")).isTrue();
		assertThat(paths.get("/api/v1/vendors/me").get("put").get("summary").asString()).contains("registers as a vendor");
	}
}
