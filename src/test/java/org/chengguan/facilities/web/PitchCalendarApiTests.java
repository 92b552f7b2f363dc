package org.chengguan.facilities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.facilities.stalls.PitchFixtures.OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.OTHER_OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR_2;
import static org.chengguan.facilities.stalls.PitchFixtures.today;
import static org.chengguan.facilities.web.PitchApplicationApiTests.assertProblem;

import java.util.List;

import org.chengguan.PlatformTest;
import org.chengguan.facilities.stalls.PitchFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The pitch calendar (摊位日历): per pitch and day taken or free for everyone, nobody's name in public; the officers
 * of the street also see who holds each taken pitch, the phone masked.
 */
@PlatformTest
class PitchCalendarApiTests {

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
	void thePublicCalendarSaysPerPitchAndDayTakenOrFreeAndNamesNobody() {
		long area = fixtures.stallArea(3);
		long first = fixtures.apply(VENDOR, area, 1, 2, null);
		long second = fixtures.apply(VENDOR_2, area, 2, 4, null);
		assertThat(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + first + "/approve", "{\"pitch\": 1}")
			.status()).isEqualTo(200);
		assertThat(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + second + "/approve", "{\"pitch\": 3}")
			.status()).isEqualTo(200);

		var response = fixtures.anonymous()
			.get("/api/v1/facilities/" + area + "/pitch-calendar?from=" + today().plusDays(1) + "&to=" + today().plusDays(5));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode calendar = response.json();
		assertThat(calendar.get("days")).hasSize(5);
		assertThat(calendar.get("days").get(0).asString()).isEqualTo(today().plusDays(1).toString());
		assertThat(states(calendar, 1)).containsExactly("TAKEN", "TAKEN", "FREE", "FREE", "FREE");
		assertThat(states(calendar, 2)).containsExactly("FREE", "FREE", "FREE", "FREE", "FREE");
		assertThat(states(calendar, 3)).containsExactly("FREE", "TAKEN", "TAKEN", "TAKEN", "FREE");
		assertThat(calendar.get("freeThroughout").valueStream().map(JsonNode::asInt)).containsExactly(2);
		assertThat(calendar.has("holders")).isFalse();
		assertThat(response.body()).doesNotContain("测试摊贩").doesNotContain("1380013").doesNotContain("138****");

		var page = fixtures.anonymous().get("/public/pitch-calendar?facility=" + area + "&from=" + today().plusDays(1));
		assertThat(page.status()).as("the public page, no sign-in").isEqualTo(200);
		assertThat(page.body()).contains("已占用").contains("data-state=\"TAKEN\"").doesNotContain("测试摊贩")
			.doesNotContain("138****");

		var noArea = fixtures.anonymous().get("/public/pitch-calendar");
		assertThat(noArea.status()).as("without an area: to the map, where the areas are").isEqualTo(302);
		assertThat(noArea.header("Location").orElseThrow()).endsWith("/map");

		var week = fixtures.anonymous().get("/api/v1/facilities/" + area + "/pitch-calendar").json();
		assertThat(week.get("days")).as("a week from today by default").hasSize(7);
		assertProblem(fixtures.anonymous().get("/api/v1/facilities/" + area + "/pitch-calendar?from=" + today()
				+ "&to=" + today().plusDays(31)), 400, "1–31 days");
		long toilet = fixtures.area("PUBLIC_TOILET", 0, "24/7", "");
		assertProblem(fixtures.anonymous().get("/api/v1/facilities/" + toilet + "/pitch-calendar"), 404, "stall area");
	}

	@Test
	void theStreetsOfficersSeeWhoHoldsEachPitchWithThePhoneMasked() {
		long area = fixtures.stallArea(2);
		long id = fixtures.apply(VENDOR, area, 1, 3, null);
		assertThat(fixtures.as(OFFICER).post("/api/v1/pitch-applications/" + id + "/approve", "{\"pitch\": 2}")
			.status()).isEqualTo(200);
		String path = "/api/v1/pitch-holders/" + area + "?from=" + today() + "&to="
				+ today().plusDays(3);
		var response = fixtures.as(OFFICER).get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<JsonNode> holders = response.json().get("holders").valueStream().toList();
		assertThat(holders).hasSize(1);
		assertThat(holders.get(0).get("pitch").asInt()).isEqualTo(2);
		assertThat(holders.get(0).get("applicationId").asLong()).isEqualTo(id);
		assertThat(holders.get(0).get("name").asString()).as("the registered name").isEqualTo("测试摊贩甲");
		assertThat(holders.get(0).get("maskedPhone").asString()).isEqualTo("138****8000");
		assertThat(response.body()).doesNotContain("13800138000");
		assertThat(states(response.json(), 2)).containsExactly("FREE", "TAKEN", "TAKEN", "TAKEN");

		assertProblem(fixtures.as(OTHER_OFFICER).get(path), 403, "outside the street");
		assertProblem(fixtures.as(VENDOR).get(path), 403, "OFFICER");
		assertThat(fixtures.anonymous().get(path).status()).isEqualTo(401);
		JsonNode paths = fixtures.anonymous().get("/v3/api-docs").json().get("paths");
		assertThat(paths.get("/api/v1/pitch-holders/{id}").get("get").has("security")).as("needs a token").isTrue();
		assertThat(paths.get("/api/v1/facilities/{id}/pitch-calendar").get("get").has("security")).as("public").isFalse();
	}

	private static List<String> states(JsonNode calendar, int pitch) {
		return calendar.get("rows").get(pitch - 1).get("days").valueStream().map(JsonNode::asString).toList();
	}
}
