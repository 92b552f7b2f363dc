package org.chengguan.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.disclosure.internal.OfficerProfile;
import org.chengguan.disclosure.internal.Officers;
import org.chengguan.geo.Crs;
import org.chengguan.geo.CrsPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** "Who is my officer" and a community's disclosure over HTTP, without signing in. */
@PlatformTest
class WhoIsMyOfficerTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Actors actors;

	@Autowired
	Officers officers;

	Api api;

	@BeforeEach
	void setUp() {
		DisclosureFixtures.load(context);
		api = new Api(port);
	}

	@Test
	void findsTheCommunityAndItsOfficersFromAPointInEachCoordinateSystem() {
		Actor officer = actors.byUsername("officer").orElseThrow();
		for (Crs crs : Crs.values()) {
			CrsPoint p = crs.fromWgs84(DisclosureFixtures.CENTRE);
			var response = api.get("/api/v1/officers?lat=" + p.lat() + "&lon=" + p.lon() + "&crs=" + crs.name());
			assertThat(response.status()).as(crs + ": " + response.body()).isEqualTo(200);
			JsonNode at = response.json().get("at");
			assertThat(at.get("community").get("code").asString()).as(crs.name())
				.isEqualTo(officer.scopeRegionCode());
			assertThat(response.json().get("lat").asDouble()).isCloseTo(DisclosureFixtures.CENTRE.lat(),
					org.assertj.core.data.Offset.offset(1e-6));
			assertThat(names(at)).as("the demo officer serves the centre's community").contains(officer.displayName());
			assertThat(at.get("officers")).hasSizeGreaterThanOrEqualTo(3);
			assertThat(at.get("station").get("name").asString()).contains("工作站");
			assertThat(at.get("supervisionPhone").asString()).isNotBlank();
			assertThat(at.get("complaintMethod").asString()).isNotBlank();
			assertThat(at.get("disclosure").asString()).isEqualTo("/api/v1/disclosure/" + officer.scopeRegionCode());
		}
	}

	@Test
	void theSecondDemoOfficerAppearsOnTheirOwnCommunity() {
		Actor officer2 = actors.byUsername("officer-2").orElseThrow();
		var response = api.get("/api/v1/disclosure/" + officer2.scopeRegionCode());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(names(response.json().get("community"))).contains(officer2.displayName())
			.doesNotContain(actors.byUsername("officer").orElseThrow().displayName());
	}

	@Test
	void aPrivatePhoneIsNeverInTheOutputAndAPublicOneIs() {
		String community = actors.byUsername("officer").orElseThrow().scopeRegionCode();
		List<OfficerProfile> profiles = officers.inCommunity(community);
		assertThat(profiles).anyMatch(OfficerProfile::phonePublic).anyMatch(p -> !p.phonePublic());
		String nearby = api.get("/api/v1/officers?lat=33.955&lon=116.798").body();
		String page = api.get("/api/v1/disclosure/" + community).body();
		String html = api.get("/disclosure/communities/" + community).body();
		for (OfficerProfile p : profiles) {
			if (p.phonePublic()) {
				assertThat(nearby).contains(p.phone());
				assertThat(page).contains(p.phone());
			}
			else {
				assertThat(nearby).as("raw JSON").doesNotContain(p.phone());
				assertThat(page).as("raw JSON").doesNotContain(p.phone());
				assertThat(html).as("the public page").doesNotContain(p.phone());
			}
		}
	}

	@Test
	void theCommunitysDisclosureHasTheDocumentsAndTheChart() {
		String community = actors.byUsername("officer").orElseThrow().scopeRegionCode();
		JsonNode body = api.get("/api/v1/disclosure/" + community).json();
		assertThat(body.get("dutyList").get("entries")).isNotEmpty();
		JsonNode item = body.get("itemList").get("entries").get(0);
		assertThat(item.get("legalBasis").asString()).startsWith("《");
		assertThat(item.get("department").get("name").asString()).isNotBlank();
		assertThat(body.get("handbooks").get("district").get("title").asString()).contains("区级");
		assertThat(body.get("handbooks").get("street").get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(body.get("handbooks").get("community")).isNotNull();
		assertThat(body.get("workflowChart").asString()).isEqualTo("/api/v1/disclosure/workflow.svg");
	}

	@Test
	void anOfficersPhotoIsAPublicPng() {
		JsonNode officer = api.get("/api/v1/officers?lat=33.955&lon=116.798").json().get("at").get("officers").get(0);
		var photo = api.get(officer.get("photoUrl").asString());
		assertThat(photo.status()).isEqualTo(200);
		assertThat(photo.contentType()).isEqualTo("image/png");
		assertThat(photo.body()).startsWith("\uFFFDPNG");
	}

	@Test
	void theWorkflowChartIsDrawnFromTheLifecycle() {
		var zh = api.get("/api/v1/disclosure/workflow.svg");
		assertThat(zh.status()).isEqualTo(200);
		assertThat(zh.contentType()).startsWith("image/svg+xml");
		assertThat(zh.body()).startsWith("<svg").contains("城管进社区工作流程图", "上报待核实", "已立案", "已结案", "已回访",
				"不予立案", "挂账", "核查未通过·返工", "值班长", "派遣员");
		assertThat(api.get("/api/v1/disclosure/workflow.svg?lang=en").body()).contains("workflow", "Dispatched");
	}

	@Test
	void aPointOutsideTheCityIsAProblemThatSaysSo() {
		var response = api.get("/api/v1/officers?lat=39.9&lon=116.4");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("outside the city");
	}

	@Test
	void badParametersAreA400Problem() {
		for (String query : List.of("lat=abc&lon=116.798", "lat=95&lon=116.798", "lat=33.955&lon=116.798&crs=utm",
				"lat=33.955", "lat=NaN&lon=116.798")) {
			var response = api.get("/api/v1/officers?" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.isProblem()).as(query).isTrue();
		}
	}

	@Test
	void anUnknownCommunityIs404AndAMalformedCode400() {
		var unknown = api.get("/api/v1/disclosure/340603001999");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
		var street = api.get("/api/v1/disclosure/340603001");
		assertThat(street.status()).isEqualTo(400);
		assertThat(street.isProblem()).isTrue();
	}

	private static List<String> names(JsonNode community) {
		var names = new java.util.ArrayList<String>();
		community.get("officers").forEach(o -> names.add(o.get("name").asString()));
		return names;
	}
}
