package org.chengguan.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PlatformTest
class FacilityImportTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	TestFacilities facilities;

	@BeforeEach
	void setUp() {
		facilities = new TestFacilities(context, port);
	}

	long stored(String codePrefix) {
		return jdbc.sql("SELECT count(*) FROM facilities.facility WHERE code LIKE ?").param(codePrefix + "%")
			.query(Long.class).single();
	}

	@Test
	void aCsvWithFaultsIsRejectedWholeWithEveryFaultListed() {
		String csv = TestFacilities.HEADER + """
				T5I-A1,测试导入好公厕,PUBLIC_TOILET,33.4531,116.7231,,,24/7,,,,,,,,,
				T5I-A2,,PUBLIC_TOILET,33.4532,116.7232,,,24/7,,,,,,,,,
				T5I-A3,测试导入坏类型,SPA,33.4533,116.7233,,,24/7,,,,,,,,,
				T5I-A4,测试导入城外,PUBLIC_TOILET,39.9,116.4,,,24/7,,,,,,,,,
				T5I-A5,测试导入坏时间,PUBLIC_TOILET,33.4535,116.7235,,,Mo-Fr 8-17,,,,,,,,,
				T5I-A6,测试导入无容量,PARKING,33.4536,116.7236,,,24/7,,,,,,,,,
				T5I-A7,测试导入坏桩,EV_CHARGING,33.4537,116.7237,,,24/7,,,,,,,,,AC:7|XX:9
				T5I-A1,测试导入重复,PUBLIC_TOILET,33.4538,116.7238,,,24/7,,,,,,,,,
				T5I-A9,测试导入坏坐标,PUBLIC_TOILET,north,116.7239,,,24/7,,,,,,,,,
				""";
		var response = facilities.admin.post("/api/v1/facilities/import", "text/csv", csv);
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		assertThat(response.isProblem()).isTrue();
		List<String> errors = new ArrayList<>();
		response.json().get("errors").forEach(e -> errors.add(e.asString()));
		assertThat(errors).anyMatch(e -> e.startsWith("row 3: name"))
			.anyMatch(e -> e.startsWith("row 4: type"))
			.anyMatch(e -> e.startsWith("row 5: ") && e.contains("outside the city"))
			.anyMatch(e -> e.startsWith("row 6: hours"))
			.anyMatch(e -> e.startsWith("row 7: ") && e.contains("capacity"))
			.anyMatch(e -> e.startsWith("row 8: ") && e.contains("XX:9"))
			.anyMatch(e -> e.startsWith("row 9: ") && e.contains("more than once"))
			.anyMatch(e -> e.startsWith("row 10: lat"));
		assertThat(stored("T5I-A")).isZero();
	}

	@Test
	void aValidCsvIsStoredAndAReimportUpdatesByCode() {
		String rows = """
				T5I-B1,测试导入乙公厕,PUBLIC_TOILET,33.4541,116.7241,,濉溪县测试路3号,05:30-23:00,accessible|baby-room,0561-1234567,,,,,,,
				T5I-B2,测试导入乙充电站,EV_CHARGING,33.4542,116.7242,,,24/7,,,,,,,,,AC:7|DC:120
				T5I-B3,测试导入乙摊群点,STALL_AREA,33.4543,116.7243,,,"06:00-09:00,17:00-22:00",,,,,,,30,蔬菜|水果,
				""";
		JsonNode first = facilities.importCsv(rows);
		assertThat(first.get("added").asInt()).isEqualTo(3);
		assertThat(first.get("byType").get("EV_CHARGING").asInt()).isEqualTo(1);
		JsonNode toilet = facilities.api.get("/api/v1/facilities/" + facilities.id("测试导入乙公厕")).json();
		assertThat(toilet.get("features").toString()).contains("accessible", "baby-room");
		assertThat(toilet.get("hours").asString()).isEqualTo("05:30-23:00");
		assertThat(toilet.get("streetCode").asString()).startsWith("340621");
		JsonNode stall = facilities.api.get("/api/v1/facilities/" + facilities.id("测试导入乙摊群点")).json();
		assertThat(stall.get("stalls").get("pitches").asInt()).isEqualTo(30);
		assertThat(stall.get("stalls").get("goods").toString()).contains("蔬菜");
		long id = facilities.id("测试导入乙公厕");
		JsonNode second = facilities.importCsv(rows.replace("测试导入乙公厕", "测试导入乙公厕改名"));
		assertThat(second.get("updated").asInt()).isEqualTo(3);
		assertThat(facilities.id("测试导入乙公厕改名")).isEqualTo(id);
		assertThat(stored("T5I-B")).isEqualTo(3);
	}

	@Test
	void aGeoJsonImportTakesPointsWithTheSamePropertiesAndAGcj02Point() {
		String body = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[116.7251,33.4551]},
				  "properties":{"code":"T5I-C1","name":"测试导入丙停车场","type":"PARKING","capacity":80,"fee":"免费",
				   "government_lot":true,"sharing_hours":"Mo-Fr 18:30-07:30; Sa,Su,PH 00:00-24:00","features":["ev-spaces"]}},
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[116.7252,33.4552]},
				  "properties":{"code":"T5I-C2","name":"测试导入丙充电站","type":"EV_CHARGING","crs":"gcj02",
				   "ports":[{"kind":"DC","powerKw":120},{"kind":"AC","powerKw":7}]}}]}
				""";
		var response = facilities.admin.post("/api/v1/facilities/import", "application/geo+json", body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode lot = facilities.api.get("/api/v1/facilities/" + facilities.id("测试导入丙停车场")).json();
		assertThat(lot.get("parking").get("capacity").asInt()).isEqualTo(80);
		assertThat(lot.get("parking").get("governmentLot").asBoolean()).isTrue();
		assertThat(lot.get("parking").get("sharingHours").asString()).startsWith("Mo-Fr 18:30-07:30");
		JsonNode station = facilities.api.get("/api/v1/facilities/" + facilities.id("测试导入丙充电站")).json();
		assertThat(station.get("charging").get("ports").get(0).get("kind").asString()).isEqualTo("DC");
		assertThat(station.get("charging").get("ports").get(0).get("state").asString()).isEqualTo("OFFLINE");
		// stored in WGS-84: the GCJ-02 point moved by the offset (hundreds of metres)
		assertThat(Math.abs(station.get("lon").asDouble() - 116.7252)).isGreaterThan(0.001);
	}

	@Test
	void aBrokenGeoJsonFeatureRejectsTheWholeFile() {
		String body = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[116.7261,33.4561]},
				  "properties":{"code":"T5I-D1","name":"测试导入丁公厕","type":"PUBLIC_TOILET"}},
				 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[116.7,33.4],[116.8,33.5]]},
				  "properties":{"code":"T5I-D2","name":"测试导入丁线","type":"PUBLIC_TOILET"}}]}
				""";
		var response = facilities.admin.post("/api/v1/facilities/import", "application/geo+json", body);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("errors").get(0).asString()).startsWith("feature 2: the geometry must be a Point");
		assertThat(stored("T5I-D")).isZero();
		assertThat(facilities.admin.post("/api/v1/facilities/import", "application/geo+json", "{\"type\":1").status())
			.isEqualTo(400);
	}

	@Test
	void aDryRunValidatesAndStoresNothing() {
		var response = facilities.admin.post("/api/v1/facilities/import?dryRun=true", "text/csv",
				TestFacilities.HEADER + "T5I-E1,测试导入戊公厕,PUBLIC_TOILET,33.4571,116.7271,,,24/7,,,,,,,,,\n");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("dryRun").asBoolean()).isTrue();
		assertThat(stored("T5I-E")).isZero();
	}

	@Test
	void importingIsForAdministratorsOnly() {
		String csv = TestFacilities.HEADER + "T5I-F1,测试导入己公厕,PUBLIC_TOILET,33.4581,116.7281,,,24/7,,,,,,,,,\n";
		assertThat(facilities.api.post("/api/v1/facilities/import", "text/csv", csv).status()).isEqualTo(401);
		var operator = facilities.api.as(new TestUsers(context).token(TestUsers.OPERATOR));
		var refused = operator.post("/api/v1/facilities/import", "text/csv", csv);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
		assertThat(stored("T5I-F")).isZero();
	}
}
