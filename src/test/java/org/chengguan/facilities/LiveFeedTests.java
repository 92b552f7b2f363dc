package org.chengguan.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PlatformTest
class LiveFeedTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	TestFacilities facilities;

	static boolean imported;

	@BeforeEach
	void setUp() {
		facilities = new TestFacilities(context, port);
		if (!imported) {
			facilities.importCsv("""
					T5L-P1,测试实时甲停车场,PARKING,33.4521,116.7221,,,24/7,,,500,2元/小时,false,,,,
					T5L-P2,测试实时乙停车场,PARKING,33.4522,116.7222,,,24/7,,,40,免费,true,"Mo-Fr 18:30-07:30; Sa,Su,PH 00:00-24:00",,,
					T5L-E1,测试实时丙充电站,EV_CHARGING,33.4523,116.7223,,,24/7,,,,,,,,,AC:7|DC:120|AC:7|DC:60|AC:7|AC:7|AC:7|DC:120|AC:7|AC:7
					T5L-W1,测试实时丁公厕,PUBLIC_TOILET,33.4524,116.7224,,,24/7,,,,,,,,,
					""");
			imported = true;
		}
	}

	Api.Response put(String path, String key, String body) {
		return facilities.api.send(path, b -> {
			b.header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body));
			if (key != null) {
				b.header("X-Api-Key", key);
			}
			return b;
		});
	}

	JsonNode facility(long id) {
		return facilities.api.get("/api/v1/facilities/" + id).json();
	}

	@Test
	void aGateSystemSetsAndCountsFreeSpacesWithItsKey() {
		long lot = facilities.id("测试实时甲停车场");
		String key = facilities.issueKey(lot);
		var set = put("/api/v1/facilities/" + lot + "/occupancy", key, "{\"freeSpaces\": 120}");
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.json().get("freeSpaces").asInt()).isEqualTo(120);
		assertThat(put("/api/v1/facilities/" + lot + "/occupancy", key, "{\"change\": -1}").json().get("freeSpaces")
			.asInt()).isEqualTo(119);
		assertThat(put("/api/v1/facilities/" + lot + "/occupancy", key, "{\"freeSpaces\": 9999}").json()
			.get("freeSpaces").asInt()).isEqualTo(500);
		JsonNode stored = facility(lot);
		assertThat(stored.get("parking").get("freeSpaces").asInt()).isEqualTo(500);
		assertThat(stored.has("liveUpdatedAt")).isTrue();
	}

	@Test
	void refusedUpdatesChangeNothing() {
		long lot = facilities.id("测试实时乙停车场");
		long toilet = facilities.id("测试实时丁公厕");
		String key = facilities.issueKey(lot);
		assertThat(put("/api/v1/facilities/" + lot + "/occupancy", key, "{\"freeSpaces\": 7}").status()).isEqualTo(200);
		String path = "/api/v1/facilities/" + lot + "/occupancy";
		expectProblem(put(path, null, "{\"freeSpaces\": 1}"), 401);
		expectProblem(put(path, "fk_wrong", "{\"freeSpaces\": 1}"), 403);
		expectProblem(put(path, facilities.issueKey(toilet), "{\"freeSpaces\": 1}"), 403);
		expectProblem(put(path, key, "{\"freeSpaces\": -1}"), 400);
		expectProblem(put(path, key, "{\"freeSpaces\": 1, \"change\": 1}"), 400);
		expectProblem(put(path, key, "{}"), 400);
		expectProblem(put("/api/v1/facilities/999999999/occupancy", key, "{\"freeSpaces\": 1}"), 404);
		String toiletKey = facilities.issueKey(toilet);
		expectProblem(put("/api/v1/facilities/" + toilet + "/occupancy", toiletKey, "{\"freeSpaces\": 1}"), 400);
		// a user's bearer token is not a facility key
		var withToken = facilities.admin.send(path, b -> b.header("Content-Type", "application/json")
			.PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"freeSpaces\": 1}")));
		assertThat(withToken.status()).isEqualTo(401);
		assertThat(facility(lot).get("parking").get("freeSpaces").asInt()).isEqualTo(7);
	}

	@Test
	void aChargingPlatformSetsPortStatesAndTheStationsFreeCountsFollow() {
		long station = facilities.id("测试实时丙充电站");
		String key = facilities.issueKey(station);
		assertThat(facility(station).get("charging").get("portsTotal").asInt()).isEqualTo(10);
		for (int p = 1; p <= 10; p++) { // other tests of this class may have fed the station already
			assertThat(put("/api/v1/facilities/" + station + "/ports/" + p, key, "{\"state\": \"OFFLINE\"}").status())
				.isEqualTo(200);
		}
		assertThat(facility(station).get("charging").get("portsFree").asInt()).isZero();
		var r = put("/api/v1/facilities/" + station + "/ports/2", key, "{\"state\": \"FREE\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("portsFreeDc").asInt()).isEqualTo(1);
		assertThat(availableNames("DC")).contains("测试实时丙充电站");
		assertThat(availableNames("AC")).doesNotContain("测试实时丙充电站");
		String path = "/api/v1/facilities/" + station + "/ports/";
		expectProblem(put(path + "2", key, "{\"state\": \"BROKEN\"}"), 400);
		expectProblem(put(path + "2", "fk_wrong", "{\"state\": \"OFFLINE\"}"), 403);
		expectProblem(put(path + "2", null, "{\"state\": \"OFFLINE\"}"), 401);
		expectProblem(put(path + "11", key, "{\"state\": \"OFFLINE\"}"), 404);
		expectProblem(put(path + "x", key, "{\"state\": \"OFFLINE\"}"), 400);
		expectProblem(put("/api/v1/facilities/999999999/ports/1", key, "{\"state\": \"FREE\"}"), 404);
		JsonNode after = facility(station);
		assertThat(after.get("charging").get("ports").get(1).get("state").asString()).isEqualTo("FREE");
		assertThat(after.get("charging").get("portsFree").asInt()).isEqualTo(1);
		assertThat(put(path + "2", key, "{\"state\": \"CHARGING\"}").json().get("portsFreeDc").asInt()).isZero();
	}

	List<String> availableNames(String kind) {
		List<String> names = new ArrayList<>();
		facilities.api.get("/api/v1/facilities?available=true&portKind=" + kind + "&q="
				+ URLEncoder.encode("测试实时", StandardCharsets.UTF_8)).json().get("items")
			.forEach(i -> names.add(i.get("name").asString()));
		return names;
	}

	@Test
	void theAvailableFilterKeepsParkingWithFreeSpacesAndStationsWithFreePorts() {
		long full = facilities.id("测试实时乙停车场");
		String key = facilities.issueKey(full);
		put("/api/v1/facilities/" + full + "/occupancy", key, "{\"freeSpaces\": 0}");
		List<String> names = new ArrayList<>();
		facilities.api.get("/api/v1/facilities?available=true&lat=33.452&lon=116.722&q="
				+ URLEncoder.encode("测试实时", StandardCharsets.UTF_8)).json().get("items")
			.forEach(i -> names.add(i.get("name").asString()));
		assertThat(names).doesNotContain("测试实时乙停车场", "测试实时丁公厕");
	}

	@Test
	void concurrentUpdatesAreNeitherLostNorCountedTwice() throws Exception {
		long lot = facilities.id("测试实时甲停车场");
		long station = facilities.id("测试实时丙充电站");
		String lotKey = facilities.issueKey(lot);
		String stationKey = facilities.issueKey(station);
		put("/api/v1/facilities/" + lot + "/occupancy", lotKey, "{\"freeSpaces\": 500}");
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 240; i++) {
			int n = i;
			results.add(pool.submit(() -> {
				if (n % 2 == 0) {
					return put("/api/v1/facilities/" + lot + "/occupancy", lotKey, "{\"change\": -1}").status();
				}
				String state = (n / 2) % 3 == 0 ? "FREE" : (n / 2) % 3 == 1 ? "CHARGING" : "FAULT";
				return put("/api/v1/facilities/" + station + "/ports/" + (1 + n % 10), stationKey,
						"{\"state\": \"" + state + "\"}").status();
			}));
		}
		for (Future<Integer> result : results) {
			assertThat(result.get()).isEqualTo(200);
		}
		pool.shutdown();
		assertThat(facility(lot).get("parking").get("freeSpaces").asInt()).isEqualTo(500 - 120);
		JsonNode charging = facility(station).get("charging");
		long free = 0;
		for (JsonNode p : charging.get("ports")) {
			free += p.get("state").asString().equals("FREE") ? 1 : 0;
		}
		assertThat((long) charging.get("portsFree").asInt()).isEqualTo(free);
		assertThat(jdbc.sql("SELECT ports_free_ac + ports_free_dc FROM facilities.facility WHERE id = ?").param(station)
			.query(Long.class).single()).isEqualTo(free);
	}

	@Test
	void onlyTheKeysHashIsStored() {
		long lot = facilities.id("测试实时甲停车场");
		String key = facilities.issueKey(lot);
		byte[] stored = jdbc.sql("SELECT api_key_hash FROM facilities.facility WHERE id = ?").param(lot)
			.query(byte[].class).single();
		assertThat(stored).hasSize(32);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(key);
		assertThat(facilities.api.get("/api/v1/facilities/" + lot).body()).doesNotContain(key).doesNotContain("apiKey");
	}

	@Test
	void issuingAKeyIsForAdministratorsOnly() {
		long lot = facilities.id("测试实时甲停车场");
		assertThat(facilities.api.post("/api/v1/facilities/" + lot + "/api-key", "").status()).isEqualTo(401);
		var operator = facilities.api.as(new org.chengguan.TestUsers(context).token(org.chengguan.TestUsers.OPERATOR));
		assertThat(operator.post("/api/v1/facilities/" + lot + "/api-key", "").status()).isEqualTo(403);
	}

	static void expectProblem(Api.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
	}
}
