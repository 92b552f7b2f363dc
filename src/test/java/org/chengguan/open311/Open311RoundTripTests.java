package org.chengguan.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.open311.Open311Fixtures.childNames;
import static org.chengguan.open311.Open311Fixtures.nodes;
import static org.chengguan.open311.Open311Fixtures.x;
import static org.chengguan.open311.Open311Fixtures.xml;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.chengguan.PlatformTest;
import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Satisfaction;
import org.chengguan.geo.GeoPoint;
import org.chengguan.open311.Open311Fixtures.Form;
import org.chengguan.open311.Open311Fixtures.Team;
import org.chengguan.open311.internal.W3cTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

/**
 * The "done when": a client written from the spec alone discovers the endpoint, reads the services and a
 * definition, reports a problem, looks it up by token, sees its agency and expected time, and follows its updates
 * as the case moves through the lifecycle (driven by the cases module's own actions) to closed — in XML and in JSON.
 */
@PlatformTest
class Open311RoundTripTests {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
			"service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
			"updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");

	static final List<String> UPDATE_FIELDS = List.of("update_id", "service_request_id", "status",
			"external_status_code", "updated_datetime", "description", "media_url");

	/** What staff typed in the steps (a name and a phone): it must never reach an Open311 client. */
	static final List<String> PRIVATE = List.of("张三", "13912345678", "reporter@example.com", "李四", "13700007777");

	@Autowired
	ApplicationContext context;

	Open311Fixtures f;

	@BeforeEach
	void setUp() {
		f = new Open311Fixtures(context);
	}

	@Test
	void aClientReportsABrokenManholeCoverAndFollowsItToClosedInXml() {
		Document discovery = xml(f.get("discovery.xml"));
		assertThat(x(discovery, "/discovery/endpoints/endpoint/url")).endsWith("/open311/v2");
		assertThat(x(discovery, "/discovery/endpoints/endpoint/specification"))
			.isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(nodes(discovery, "/discovery/endpoints/endpoint/formats/format")).extracting(Node::getTextContent)
			.containsExactly("text/xml", "application/json");

		Document services = xml(f.get("services.xml?jurisdiction_id=huaibei.gov.cn"));
		Node cover = nodes(services, "/services/service[service_code='C0101']").get(0);
		assertThat(x(cover, "service_name")).isEqualTo("上水井盖");
		assertThat(x(cover, "metadata")).isEqualTo("true");

		Document definition = xml(f.get("services/C0101.xml"));
		assertThat(nodes(definition, "/service_definition/attributes/attribute/code"))
			.extracting(Node::getTextContent).contains("condition", "impact", "observed_at");

		GeoPoint spot = f.nextSpot();
		Instant start = Instant.now().minusSeconds(2);
		Document created = xml(f.post("xml", Form.of("api_key", f.newKey(), "jurisdiction_id", "huaibei.gov.cn",
				"service_code", "C0101", "description", "井盖破损，行人容易绊倒", "email", "reporter@example.com",
				"first_name", "三", "last_name", "张", "phone", "13912345678", "device_id", "dev-1", "account_id", "acc-1",
				"media_url", "https://photos.example.org/p/1.jpg", "attribute[condition]", "damaged",
				"attribute[impact][]", "traffic", "attribute[impact][]", "safety",
				"attribute[observed_at]", "2026-11-26T08:00:00+08:00").at(spot)));
		String id = x(created, "/service_requests/request/service_request_id");
		String token = x(created, "/service_requests/request/token");
		assertThat(id).matches("[0-9]+");
		assertThat(x(created, "/service_requests/request/service_notice")).contains("供水公司");
		assertThat(x(created, "/service_requests/request/account_id")).isEmpty();

		Document byToken = xml(f.get("tokens/" + token + ".xml"));
		assertThat(x(byToken, "/service_requests/request/service_request_id")).isEqualTo(id);
		assertThat(x(byToken, "/service_requests/request/token")).isEqualTo(token);

		Node request = xmlRequest(id);
		assertThat(childNames(request)).containsExactlyElementsOf(REQUEST_FIELDS);
		assertThat(x(request, "status")).isEqualTo("open");
		assertThat(x(request, "status_notes")).isEqualTo("已受理，等待现场核实。");
		assertThat(x(request, "service_name")).isEqualTo("上水井盖");
		assertThat(x(request, "service_code")).isEqualTo("C0101");
		assertThat(x(request, "description")).startsWith("井盖破损，行人容易绊倒").contains("部件状况：破损")
			.contains("造成的影响：影响通行、存在安全隐患").contains("发现时间：2026-11-26T08:00:00+08:00");
		assertThat(x(request, "agency_responsible")).as("the routing rules' department, before filing")
			.isEqualTo("供水公司");
		assertThat(x(request, "service_notice")).contains("供水公司").contains("6 自然时");
		assertThat(x(request, "requested_datetime")).endsWith("+08:00")
			.isEqualTo(x(request, "updated_datetime"));
		assertThat(x(request, "expected_datetime")).isEmpty();
		assertThat(x(request, "address")).contains("街道").endsWith("淮北市");
		assertThat(x(request, "address_id")).matches("[0-9]{15}");
		assertThat(x(request, "zipcode")).isEmpty();
		assertThat(Double.parseDouble(x(request, "lat"))).isEqualTo(spot.lat());
		assertThat(Double.parseDouble(x(request, "long"))).isEqualTo(spot.lon());
		assertThat(x(request, "media_url")).isEqualTo("https://photos.example.org/p/1.jpg");

		long caseId = Long.parseLong(id);
		Team team = f.teamAt(spot, "WATER_SUPPLY");
		f.act(team.inspector(), caseId, Action.VERIFY);
		f.act(team.shiftLeader(), caseId, Action.FILE);
		f.act(team.dispatcher(), caseId, Action.DISPATCH);
		request = xmlRequest(id);
		assertThat(x(request, "agency_responsible")).isEqualTo("供水公司");
		String expected = W3cTime.format(f.caseOf(caseId).clock().deadline(), CITY);
		assertThat(x(request, "expected_datetime")).as("the handling deadline in force").isEqualTo(expected);
		assertThat(x(request, "status_notes")).startsWith("已派遣至供水公司处置").contains(expected.substring(0, 10));

		f.actWithPhoto(team.handler(), caseId, Action.HANDLE);
		f.actWithPhoto(team.inspector(), caseId, Action.CHECK_PASS);
		f.act(team.shiftLeader(), caseId, Action.CLOSE);
		request = xmlRequest(id);
		assertThat(x(request, "status")).isEqualTo("closed");
		assertThat(x(request, "status_notes")).isEqualTo("问题已解决，已结案。");

		List<Node> updates = xmlUpdates(id, start);
		assertThat(updates).allSatisfy(u -> assertThat(childNames(u)).containsExactlyElementsOf(UPDATE_FIELDS));
		assertThat(updates).extracting(u -> x(u, "status")).containsExactly("INVESTIGATING", "ACTION_SCHEDULED",
				"IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "FIXED");
		assertThat(updates).extracting(u -> x(u, "external_status_code")).containsExactly("VERIFIED", "FILED",
				"DISPATCHED", "HANDLED", "CHECKED", "CLOSED");
		assertThat(updates).extracting(u -> Long.parseLong(x(u, "update_id"))).isSorted().doesNotHaveDuplicates();
		assertThat(updates).allSatisfy(u -> {
			assertThat(x(u, "updated_datetime")).endsWith("+08:00");
			assertThat(x(u, "media_url")).isEmpty();
		});
		assertThat(x(updates.get(2), "description")).startsWith("已派遣至供水公司处置");
		assertThat(x(updates.get(3), "description")).isEqualTo("供水公司已处置完毕，等待现场核查。");
		assertThat(x(request, "updated_datetime")).as("the last update's time")
			.isEqualTo(x(updates.get(updates.size() - 1), "updated_datetime"));
		assertThat(xmlUpdates(id, start)).as("update ids are stable").extracting(u -> x(u, "update_id"))
			.isEqualTo(updates.stream().map(u -> x(u, "update_id")).toList());

		f.feedback(team.operator(), caseId, Satisfaction.SATISFIED);
		assertThat(xmlUpdates(id, start)).extracting(u -> x(u, "external_status_code")).endsWith("CLOSED", "ANSWERED");
		assertThat(f.caseOf(caseId).contact()).as("the phone is kept for the answer back, on the case, for staff")
			.satisfies(contact -> assertThat(contact.phone()).isEqualTo("13912345678"));
		noPersonalData(f.get("requests/" + id + ".xml").body() + f.get("requests.xml?service_request_id=" + id).body()
				+ f.get("servicerequestupdates.xml?start_date=" + w3c(start)).body());
	}

	@Test
	void aClientReportsExposedGarbageAndFollowsAReworkToClosedInJson() {
		JsonNode discovery = f.get("discovery.json").json();
		assertThat(discovery.get("endpoints").get(0).get("formats").toString()).contains("application/json");
		JsonNode services = f.get("services.json").json();
		assertThat(services.isArray()).isTrue();
		JsonNode garbage = find(services, "service_code", "E0102");
		assertThat(garbage.get("metadata").asBoolean()).isFalse();
		assertThat(garbage.get("type").asString()).isEqualTo("realtime");
		JsonNode definition = f.get("services/E0102.json").json();
		assertThat(definition.get("service_code").asString()).isEqualTo("E0102");
		assertThat(definition.get("attributes").isArray()).isTrue();
		assertThat(definition.get("attributes").size()).isZero();

		GeoPoint spot = f.nextSpot();
		Instant start = Instant.now().minusSeconds(2);
		var response = f.post("json", Form.of("api_key", f.newKey(), "service_code", "E0102", "description",
				"小区门口暴露垃圾，联系我 13800001111", "phone", "13700007777", "first_name", "李四").at(spot));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json").containsIgnoringCase("utf-8");
		JsonNode created = response.json();
		assertThat(created.isArray()).isTrue();
		String id = created.get(0).get("service_request_id").asString();
		String token = created.get(0).get("token").asString();
		assertThat(created.get(0).get("account_id").isNull()).isTrue();
		assertThat(f.get("tokens/" + token + ".json").json().get(0).get("service_request_id").asString()).isEqualTo(id);

		JsonNode request = jsonRequest(id);
		assertThat(fieldNames(request)).containsExactlyElementsOf(REQUEST_FIELDS);
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("description").asString()).as("a phone typed in the description is masked")
			.isEqualTo("小区门口暴露垃圾，联系我 138****1111");
		assertThat(request.get("agency_responsible").asString()).isEqualTo("环卫处");
		assertThat(request.get("expected_datetime").isNull()).isTrue();
		assertThat(request.get("zipcode").isNull()).isTrue();
		assertThat(request.get("media_url").isNull()).isTrue();
		assertThat(request.get("lat").asDouble()).isEqualTo(spot.lat());
		assertThat(request.get("long").asDouble()).isEqualTo(spot.lon());

		long caseId = Long.parseLong(id);
		Team team = f.teamAt(spot, "SANITATION");
		f.act(team.inspector(), caseId, Action.VERIFY);
		f.act(team.shiftLeader(), caseId, Action.FILE);
		f.act(team.dispatcher(), caseId, Action.DISPATCH);
		f.actWithPhoto(team.handler(), caseId, Action.HANDLE);
		f.act(team.inspector(), caseId, Action.CHECK_FAIL);
		request = jsonRequest(id);
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("agency_responsible").asString()).isEqualTo("环卫处");
		assertThat(request.get("expected_datetime").asString())
			.isEqualTo(W3cTime.format(f.caseOf(caseId).clock().deadline(), CITY));
		assertThat(request.get("status_notes").asString()).startsWith("现场核查未通过，已返工，由环卫处重新处置");

		f.actWithPhoto(team.handler(), caseId, Action.HANDLE);
		f.actWithPhoto(team.inspector(), caseId, Action.CHECK_PASS);
		f.act(team.shiftLeader(), caseId, Action.CLOSE);
		assertThat(f.caseOf(caseId).status()).isEqualTo(CaseStatus.CLOSED);
		request = jsonRequest(id);
		assertThat(request.get("status").asString()).isEqualTo("closed");
		assertThat(request.get("expected_datetime").isNull()).isTrue();

		JsonNode updates = f.get("servicerequestupdates.json?start_date=" + w3c(start) + "&end_date="
				+ w3c(Instant.now().plusSeconds(60))).json();
		assertThat(updates.isArray()).isTrue();
		List<JsonNode> mine = new ArrayList<>();
		updates.forEach(u -> {
			if (u.get("service_request_id").asString().equals(id)) {
				mine.add(u);
			}
		});
		assertThat(mine).allSatisfy(u -> assertThat(fieldNames(u)).containsExactlyElementsOf(UPDATE_FIELDS));
		assertThat(mine).extracting(u -> u.get("status").asString()).containsExactly("INVESTIGATING",
				"ACTION_SCHEDULED", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "FIXED");
		assertThat(mine.get(4).get("description").asString()).startsWith("现场核查未通过");
		assertThat(request.get("updated_datetime").asString())
			.isEqualTo(mine.get(mine.size() - 1).get("updated_datetime").asString());
		noPersonalData(updates.toString() + request);
	}

	@Test
	void aSecondReportOfTheSameProblemIsClosedAsADuplicateOfTheFirst() {
		GeoPoint spot = f.nextSpot();
		String key = f.newKey();
		Instant start = Instant.now().minusSeconds(2);
		var first = f.post("json", Form.of("api_key", key, "service_code", "E0104", "description", "道路不洁").at(spot));
		var second = f.post("json", Form.of("api_key", key, "service_code", "E0104", "description", "路面很脏").at(spot));
		String firstId = first.json().get(0).get("service_request_id").asString();
		String secondId = second.json().get(0).get("service_request_id").asString();
		assertThat(second.json().get(0).get("service_notice").asString()).contains(firstId);
		JsonNode duplicate = jsonRequest(secondId);
		assertThat(duplicate.get("status").asString()).isEqualTo("closed");
		assertThat(duplicate.get("agency_responsible").isNull()).isTrue();
		List<Node> updates = xmlUpdates(secondId, start);
		assertThat(updates).extracting(u -> x(u, "status")).containsExactly("DUPLICATE");
		assertThat(jsonRequest(firstId).get("status").asString()).isEqualTo("open");
	}

	private Node xmlRequest(String id) {
		Document doc = xml(f.get("requests/" + id + ".xml"));
		List<Node> requests = nodes(doc, "/service_requests/request");
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	private JsonNode jsonRequest(String id) {
		JsonNode array = f.get("requests/" + id + ".json").json();
		assertThat(array.isArray()).isTrue();
		assertThat(array.size()).isEqualTo(1);
		return array.get(0);
	}

	private List<Node> xmlUpdates(String id, Instant start) {
		Document doc = xml(f.get("servicerequestupdates.xml?start_date=" + w3c(start) + "&end_date="
				+ w3c(Instant.now().plusSeconds(60))));
		return nodes(doc, "/service_request_updates/request_update[service_request_id='" + id + "']");
	}

	static String w3c(Instant at) {
		return URLEncoder.encode(W3cTime.format(at, CITY), StandardCharsets.UTF_8);
	}

	static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode item : array) {
			if (item.get(field).asString().equals(value)) {
				return item;
			}
		}
		throw new AssertionError("no " + field + " " + value + " in " + array);
	}

	static List<String> fieldNames(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

	static void noPersonalData(String output) {
		assertThat(output).doesNotContain(PRIVATE.toArray(String[]::new));
	}
}
