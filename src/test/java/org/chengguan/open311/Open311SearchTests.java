package org.chengguan.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.open311.Open311Fixtures.nodes;
import static org.chengguan.open311.Open311Fixtures.x;
import static org.chengguan.open311.Open311Fixtures.xml;
import static org.chengguan.open311.Open311RoundTripTests.w3c;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.cases.Action;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.open311.Open311Fixtures.Form;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

/** GET requests: its filters, the default window and volume, paging and bbox, and what it never shows. */
@PlatformTest
class Open311SearchTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseManagement cases;

	Open311Fixtures f;

	@BeforeEach
	void setUp() {
		f = new Open311Fixtures(context);
	}

	/** Three requests by Open311 close together, one of them voided; a hotline case beside them. */
	record Scene(String open1, String open2, String voided, String hotline, String box, Instant from) {
	}

	private Scene scene() {
		Instant from = Instant.now().minusSeconds(2);
		String key = f.newKey();
		GeoPoint a = f.nextSpot();
		GeoPoint b = f.nextSpot();
		GeoPoint c = f.nextSpot();
		GeoPoint d = f.nextSpot();
		String open1 = id(f.post("json", Form.of("api_key", key, "service_code", "E0501", "description", "游商").at(a)));
		String open2 = id(f.post("json", Form.of("api_key", key, "service_code", "E0502", "description", "占道").at(b)));
		String voided = id(f.post("json", Form.of("api_key", key, "service_code", "E0501", "description", "游商2")
			.at(c)));
		var team = f.teamAt(c, "ENFORCEMENT");
		cases.act(team.shiftLeader(), Long.parseLong(voided), Action.VOID,
				org.chengguan.cases.ActionCommand.comment("非城管职责，联系人王五 13600006666"));
		Actor operator = new Actor(7_299_001, "t-o311-op", "接线员", java.util.Set.of(Role.OPERATOR), "3406", null,
				java.util.Set.of());
		String hotline = String.valueOf(cases.report(operator, new ReportCommand("E0501",
				"王五来电：楼下游商扰民，电话13600006666", d.lat(), d.lon(), "wgs84", Channel.HOTLINE, List.of(), "王五",
				"13600006666", false, null), null).reported().id());
		double minLon = Math.min(Math.min(a.lon(), b.lon()), Math.min(c.lon(), d.lon())) - 0.0001;
		double maxLon = Math.max(Math.max(a.lon(), b.lon()), Math.max(c.lon(), d.lon())) + 0.0001;
		double minLat = Math.min(Math.min(a.lat(), b.lat()), Math.min(c.lat(), d.lat())) - 0.0001;
		double maxLat = Math.max(Math.max(a.lat(), b.lat()), Math.max(c.lat(), d.lat())) + 0.0001;
		return new Scene(open1, open2, voided, hotline, minLon + "," + minLat + "," + maxLon + "," + maxLat, from);
	}

	@Test
	void findsRequestsByIdsByStatusByServiceAndInABoxNewestFirst() {
		Scene s = scene();
		String window = "start_date=" + w3c(s.from()) + "&bbox=" + s.box();
		assertThat(ids(f.get("requests.xml?" + window))).containsExactly(s.hotline(), s.voided(), s.open2(), s.open1());
		assertThat(ids(f.get("requests.xml?" + window + "&status=open"))).containsExactly(s.hotline(), s.open2(),
				s.open1());
		assertThat(ids(f.get("requests.xml?" + window + "&status=closed"))).containsExactly(s.voided());
		assertThat(ids(f.get("requests.xml?" + window + "&status=open,closed&service_code=E0502,事件0501")))
			.containsExactly(s.hotline(), s.voided(), s.open2(), s.open1());
		assertThat(ids(f.get("requests.xml?" + window + "&service_code=E0502"))).containsExactly(s.open2());
		assertThat(ids(f.get("requests.xml?" + window + "&page_size=2&page=2"))).containsExactly(s.open2(), s.open1());
		assertThat(ids(f.get("requests.xml?service_request_id=" + s.open1() + "," + s.voided() + ",999999999999"
				+ "&status=open&start_date=2001-01-01T00:00:00Z"))).as("ids override every other filter")
			.containsExactlyInAnyOrder(s.open1(), s.voided());
		assertThat(ids(f.get("requests.xml?service_request_id=" + s.open1()))).containsExactly(s.open1());
		assertThat(ids(f.get("requests.xml?bbox=" + s.box() + "&start_date=" + w3c(s.from().minusSeconds(120))
				+ "&end_date=" + w3c(s.from().minusSeconds(60))))).isEmpty();
	}

	@Test
	void withoutDatesSearchesTheMostRecent90Days() {
		Scene s = scene();
		assertThat(ids(f.get("requests.xml?bbox=" + s.box()))).contains(s.open1(), s.hotline());
		assertThat(ids(f.get("requests.xml?bbox=" + s.box() + "&end_date="
				+ w3c(Instant.now().minus(Duration.ofDays(1)))))).isEmpty();
	}

	@Test
	void showsNoPersonalDataAndNoDescriptionFromOtherChannels() {
		Scene s = scene();
		JsonNode hotline = f.get("requests/" + s.hotline() + ".json").json().get(0);
		assertThat(hotline.get("description").isNull()).isTrue();
		assertThat(hotline.get("agency_responsible").asString()).isEqualTo("城管执法局");
		JsonNode voided = f.get("requests/" + s.voided() + ".json").json().get(0);
		assertThat(voided.get("status").asString()).isEqualTo("closed");
		assertThat(voided.get("status_notes").asString()).startsWith("不予立案");
		assertThat(voided.get("agency_responsible").isNull()).isTrue();
		String everything = f.get("requests.json?bbox=" + s.box()).body()
				+ f.get("requests.xml?bbox=" + s.box()).body()
				+ f.get("servicerequestupdates.json?start_date=" + w3c(s.from())).body();
		assertThat(everything).doesNotContain("王五", "13600006666", "非城管职责");
	}

	@Test
	void refusesMalformedFiltersWith400ListingThemAll() {
		var bad = f.get("requests.xml?start_date=2026-01-01T00:00:00%2B08:00&end_date=2026-06-01T00:00:00%2B08:00"
				+ "&status=pending&bbox=1,2,3&page_size=0&service_code=X0000");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(nodes(xml(bad), "/errors/error/description")).extracting(Node::getTextContent)
			.anySatisfy(d -> assertThat(d).contains("90 days"))
			.anySatisfy(d -> assertThat(d).contains("status"))
			.anySatisfy(d -> assertThat(d).contains("bbox"))
			.anySatisfy(d -> assertThat(d).contains("page_size"))
			.anySatisfy(d -> assertThat(d).contains("X0000"));
		var json = f.get("requests.json?start_date=tomorrow");
		assertThat(json.status()).isEqualTo(400);
		assertThat(json.json().get(0).get("code").asInt()).isEqualTo(400);
		assertThat(f.get("requests.json?start_date=2026-03-01&end_date=2026-02-01").status()).isEqualTo(400);
		assertThat(f.get("servicerequestupdates.xml?start_date=2025-01-01T00:00:00Z&end_date=2026-01-01T00:00:00Z")
			.status()).isEqualTo(400);
	}

	@Test
	void anUnknownRequestOrTokenIsA404() {
		assertThat(f.get("requests/999999999999.xml").status()).isEqualTo(404);
		assertThat(x(xml(f.get("requests/abc.xml")), "/errors/error/code")).isEqualTo("404");
		var token = f.get("tokens/no-such-token.json");
		assertThat(token.status()).isEqualTo(404);
		assertThat(token.json().get(0).get("description").asString()).contains("no-such-token");
	}

	private static String id(Api.Response created) {
		assertThat(created.status()).as(created.body()).isEqualTo(200);
		return created.json().get(0).get("service_request_id").asString();
	}

	private static List<String> ids(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return nodes(xml(response), "/service_requests/request/service_request_id").stream()
			.map(Node::getTextContent)
			.toList();
	}
}
