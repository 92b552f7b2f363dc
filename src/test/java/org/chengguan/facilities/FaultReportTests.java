package org.chengguan.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.CaseManagement;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * "Report a fault here" over HTTP: a citizen's report that names a facility (subject {@code facility:<id>}) is linked
 * to it, a reference to no facility is refused with nothing reported, and the facility's answer counts the open
 * reports about it. The facilities (codes T5R-…) stand on spots of 濉溪县 no other test reports at.
 */
@PlatformTest
class FaultReportTests {

	static final NewUser CITIZEN = NewUser.citizen("t-fault-citizen", "测试报修市民", TestUsers.PASSWORD, "13700008801");

	static final NewUser OTHER_CITIZEN = NewUser.citizen("t-fault-citizen-2", "测试报修市民二", TestUsers.PASSWORD,
			"13700008802");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseManagement cases;

	@Autowired
	RegionDirectory regions;

	@Autowired
	CatalogueManagement catalogue;

	TestFacilities facilities;

	TestUsers users;

	@BeforeEach
	void setUp() {
		facilities = new TestFacilities(context, port);
		users = new TestUsers(context);
	}

	@Test
	void aReportAboutAFacilityIsLinkedToItAtItsPlaceInItsCategoryAndCountedWhileOpen() {
		facilities.importCsv("T5R-A1,测试报修甲公厕,PUBLIC_TOILET,33.4661,116.7361,,濉溪县测试路21号,24/7,,,,,,,,,\n");
		long id = facilities.id("测试报修甲公厕");
		JsonNode toilet = facilities.api.get("/api/v1/facilities/" + id).json();
		assertThat(toilet.get("faultCategory").asString()).isEqualTo("C0301");
		assertThat(toilet.get("openReports").asLong()).isZero();

		Api citizen = facilities.api.as(users.token(CITIZEN));
		var response = citizen.post("/api/v1/cases", report("facility:" + id, toilet, "公厕水龙头坏了，一直漏水"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		JsonNode reported = response.json();
		assertThat(reported.get("subject").get("reference").asString()).isEqualTo("facility:" + id);
		assertThat(reported.get("subject").get("name").asString()).isEqualTo("测试报修甲公厕");
		assertThat(reported.get("category").get("code").asString()).isEqualTo("C0301");
		assertThat(reported.get("location").get("lat").asDouble()).isEqualTo(toilet.get("lat").asDouble());
		assertThat(reported.get("location").get("lon").asDouble()).isEqualTo(toilet.get("lon").asDouble());
		long caseId = reported.get("id").asLong();
		assertThat(jdbc.sql("SELECT subject FROM cases.\"case\" WHERE id = ?").param(caseId).query(String.class).single())
			.isEqualTo("facility:" + id);
		assertThat(citizen.get("/api/v1/cases/" + caseId).json().get("subject").get("name").asString())
			.isEqualTo("测试报修甲公厕");

		JsonNode counted = facilities.api.get("/api/v1/facilities/" + id).json();
		assertThat(counted.get("openReports").asLong()).isEqualTo(1);
		assertThat(counted.toString()).as("a count, nothing about who reported")
			.doesNotContain("13700008801").doesNotContain("测试报修市民").doesNotContain("漏水");

		// a second citizen reports the same fault: linked as a duplicate of the first, the problem counted once
		Api other = facilities.api.as(users.token(OTHER_CITIZEN));
		var again = other.post("/api/v1/cases", report("facility:" + id, toilet, "厕所漏水"));
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		assertThat(again.json().get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(facilities.api.get("/api/v1/facilities/" + id).json().get("openReports").asLong()).isEqualTo(1);

		// voided, it is no longer open
		Location at = regions.locate(new GeoPoint(33.4661, 116.7361)).orElseThrow();
		var shiftLeader = users.ensure(NewUser.staff("t-fault-shift-leader", "测试报修值班长", TestUsers.PASSWORD,
				at.street().code(), Role.SHIFT_LEADER));
		cases.act(shiftLeader, caseId, Action.VOID, ActionCommand.comment("测试：误报"));
		assertThat(facilities.api.get("/api/v1/facilities/" + id).json().get("openReports").asLong()).isZero();
	}

	@Test
	void aReportDuplicatesOnlyACaseAboutTheSameThing() {
		// two toilets 10 m apart: the same fault at each is two problems, and a report about the place only a third
		facilities.importCsv("T5R-D1,测试报修丙公厕,PUBLIC_TOILET,33.4681,116.7381,,,24/7,,,,,,,,,\n"
				+ "T5R-D2,测试报修丁公厕,PUBLIC_TOILET,33.46819,116.7381,,,24/7,,,,,,,,,\n");
		long first = facilities.id("测试报修丙公厕");
		long second = facilities.id("测试报修丁公厕");
		JsonNode firstToilet = facilities.api.get("/api/v1/facilities/" + first).json();
		JsonNode secondToilet = facilities.api.get("/api/v1/facilities/" + second).json();
		Api citizen = facilities.api.as(users.token(CITIZEN));
		Api other = facilities.api.as(users.token(OTHER_CITIZEN));
		var one = citizen.post("/api/v1/cases", report("facility:" + first, firstToilet, "丙公厕洗手池堵塞"));
		var two = other.post("/api/v1/cases", report("facility:" + second, secondToilet, "丁公厕洗手池堵塞"));
		var place = other.post("/api/v1/cases", String.format(Locale.ROOT, """
				{"categoryCode":"C0301","description":"路边公厕附近设施损坏","lat":%s,"lon":%s,"crs":"wgs84",
				 "channel":"CITIZEN_APP"}""", firstToilet.get("lat").asDouble(), firstToilet.get("lon").asDouble()));
		for (var response : List.of(one, two, place)) {
			assertThat(response.status()).as(response.body()).isEqualTo(201);
			assertThat(response.json().get("status").asString()).as(response.body()).isNotEqualTo("DUPLICATE");
		}
		// the same toilet again: a duplicate of the first
		var again = other.post("/api/v1/cases", report("facility:" + first, firstToilet, "丙公厕洗手池还是堵"));
		assertThat(again.json().get("status").asString()).as(again.body()).isEqualTo("DUPLICATE");
		assertThat(again.json().get("masterCaseId").asLong()).isEqualTo(one.json().get("id").asLong());
	}

	@Test
	void aReportAboutNoFacilityIsRefusedAndNothingIsReported() {
		facilities.importCsv("T5R-B1,测试报修乙停车场,PARKING,33.4671,116.7371,,,24/7,,,50,,,,,,\n");
		JsonNode lot = facilities.api.get("/api/v1/facilities/" + facilities.id("测试报修乙停车场")).json();
		Api citizen = facilities.api.as(users.token(CITIZEN));
		for (String subject : new String[] { "facility:987654321", "facility:abc", "toilet:1", "nothing" }) {
			String marker = "测试不存在的设施 " + subject;
			var response = citizen.post("/api/v1/cases", report(subject, lot, marker));
			assertThat(response.status()).as(subject + ": " + response.body()).isEqualTo(400);
			assertThat(response.isProblem()).isTrue();
			assertThat(response.json().get("detail").asString()).as(subject).contains("subject");
			assertThat(jdbc.sql("SELECT count(*) FROM cases.\"case\" WHERE description = ?").param(marker)
				.query(Long.class).single()).as("nothing reported for " + subject).isZero();
		}
		assertThat(facilities.api.get("/api/v1/facilities/" + lot.get("id").asLong()).json().get("openReports").asLong())
			.isZero();
	}

	@Test
	void everyFaultCategoryOfATypeIsAnActiveCategoryOfTheCatalogue() {
		for (FacilityType type : FacilityType.values()) {
			if (type.faultCategory() != null) {
				assertThat(catalogue.category(type.faultCategory()).filter(Category::active)).as(type.name()).isPresent();
			}
		}
		assertThat(FacilityType.PUBLIC_TOILET.faultCategory()).isEqualTo("C0301");
	}

	static String report(String subject, JsonNode facility, String description) {
		return String.format(Locale.ROOT, """
				{"categoryCode":"%s","description":"%s","lat":%s,"lon":%s,"crs":"wgs84","channel":"CITIZEN_APP",
				 "subject":"%s"}
				""", facility.get("faultCategory").asString(), description, facility.get("lat").asDouble(),
				facility.get("lon").asDouble(), subject);
	}
}
