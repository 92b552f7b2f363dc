package org.chengguan.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.open311.Open311Fixtures.nodes;
import static org.chengguan.open311.Open311Fixtures.x;
import static org.chengguan.open311.Open311Fixtures.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.geo.GeoPoint;
import org.chengguan.open311.Open311Fixtures.Form;
import org.chengguan.open311.internal.ApiClients;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.ServicePoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Node;

/**
 * POST requests: the api_key, the jurisdiction, the form's faults — each answered in the spec's error format with
 * nothing created — the rate limit under concurrency, idempotent retries, and locations given as addresses.
 */
@PlatformTest
class Open311SubmissionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiClients clients;

	@Autowired
	RegionDirectory regions;

	Open311Fixtures f;

	@BeforeEach
	void setUp() {
		f = new Open311Fixtures(context);
	}

	@Test
	void refusesAMissingUnknownOrRevokedKeyWith403AndCreatesNothing() {
		Map<String, Long> before = f.counts();
		GeoPoint spot = f.nextSpot();
		var missing = f.post("xml", Form.of("service_code", "E0102", "description", "垃圾").at(spot));
		assertThat(missing.status()).isEqualTo(403);
		assertThat(x(xml(missing), "/errors/error/code")).isEqualTo("403");
		var unknown = f.post("json", Form.of("api_key", "o311_not-a-key", "service_code", "E0102").at(spot));
		assertThat(unknown.status()).isEqualTo(403);
		assertThat(unknown.json().get(0).get("description").asString()).contains("api_key");

		var admin = new TestUsers(context).admin();
		var issued = f.api.as(admin).post("/api/v1/open311/clients", "{\"name\":\"城市App\",\"requestsPerMinute\":30}");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		String key = issued.json().get("apiKey").asString();
		long id = issued.json().get("client").get("id").asLong();
		var listed = f.api.as(admin).get("/api/v1/open311/clients");
		assertThat(listed.body()).contains("城市App").doesNotContain(key);
		assertThat(f.api.as(admin).post("/api/v1/open311/clients/" + id + "/revoke", "").json().get("active")
			.asBoolean()).isFalse();
		var revoked = f.post("xml", Form.of("api_key", key, "service_code", "E0102", "description", "垃圾").at(spot));
		assertThat(revoked.status()).isEqualTo(403);
		assertThat(f.counts()).isEqualTo(before);
	}

	@Test
	void onlyAdministratorsManageKeysAndTheirErrorsStayProblemDetails() {
		var users = new TestUsers(context);
		var operator = f.api.as(users.token(TestUsers.OPERATOR)).post("/api/v1/open311/clients", "{\"name\":\"x\"}");
		assertThat(operator.status()).isEqualTo(403);
		assertThat(operator.isProblem()).isTrue();
		assertThat(f.api.anonymous().get("/api/v1/open311/clients").status()).isEqualTo(401);
		var blank = f.api.as(users.admin()).post("/api/v1/open311/clients", "{\"name\":\" \"}");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.isProblem()).isTrue();
	}

	@Test
	void theDemoKeyWorksOnlyWithTheDemoData() {
		clients.addDemoClientIfAbsent("演示客户端 (demo)", "demo-open311-key", 60);
		var refused = f.post("xml",
				Form.of("api_key", "demo-open311-key", "service_code", "E0102", "description", "垃圾").at(f.nextSpot()));
		assertThat(refused.status()).as("the tests run without the demo data").isEqualTo(403);
	}

	@Test
	void anotherJurisdictionIsA404AndAnUnknownServiceToo() {
		Map<String, Long> before = f.counts();
		String key = f.newKey();
		GeoPoint spot = f.nextSpot();
		var elsewhere = f.post("xml", Form.of("api_key", key, "jurisdiction_id", "sfgov.org", "service_code", "E0102",
				"description", "垃圾").at(spot));
		assertThat(elsewhere.status()).isEqualTo(404);
		assertThat(x(xml(elsewhere), "/errors/error/description")).contains("sfgov.org");
		var unknownService = f.post("json", Form.of("api_key", key, "service_code", "X0001", "description", "垃圾")
			.at(spot));
		assertThat(unknownService.status()).isEqualTo(404);
		assertThat(unknownService.json().get(0).get("code").asInt()).isEqualTo(404);
		assertThat(f.counts()).isEqualTo(before);
	}

	@Test
	void listsEveryFaultOfABadFormIn400AndCreatesNothing() {
		Map<String, Long> before = f.counts();
		String key = f.newKey();
		GeoPoint spot = f.nextSpot();
		assertFaults(f.post("xml", Form.of("api_key", key, "description", "垃圾").at(spot)), "service_code");
		assertFaults(f.post("xml", Form.of("api_key", key, "service_code", "E0102", "description", "垃圾")),
				"a location is required");
		assertFaults(f.post("xml", Form.of("api_key", key, "service_code", "E0102", "lat", "33.95")),
				"lat and long must be sent together");
		assertFaults(f.post("xml", Form.of("api_key", key, "service_code", "E0102", "lat", "39.9", "long", "116.4")),
				"outside the city");
		assertFaults(f.post("xml", Form.of("api_key", key, "service_code", "E0102", "description", "长".repeat(4001))
			.at(spot)), "4001 characters");
		assertFaults(f.post("json", Form.of("api_key", key, "service_code", "E0102", "description",
				"<script>alert(1)</script>垃圾").at(spot)), "HTML");
		var several = f.post("xml", Form.of("api_key", key, "service_code", "C0101", "description", "<b>井盖</b>",
				"media_url", "ftp://example.org/x.jpg", "attribute[condition]", "melted", "attribute[count]", "2.5",
				"attribute[component_id]", "3406030102000001", "attribute[observed_at]", "yesterday").at(spot));
		assertThat(several.status()).isEqualTo(400);
		assertThat(nodes(xml(several), "/errors/error")).extracting(e -> x(e, "code")).containsOnly("400");
		assertThat(nodes(xml(several), "/errors/error/description")).extracting(Node::getTextContent)
			.anySatisfy(d -> assertThat(d).contains("description").contains("HTML"))
			.anySatisfy(d -> assertThat(d).contains("media_url"))
			.anySatisfy(d -> assertThat(d).contains("attribute[condition]").contains("melted"))
			.anySatisfy(d -> assertThat(d).contains("attribute[count]"))
			.anySatisfy(d -> assertThat(d).contains("attribute[component_id]").contains("0102"))
			.anySatisfy(d -> assertThat(d).contains("attribute[observed_at]"));
		assertFaults(f.post("xml", Form.of("api_key", key, "service_code", "C0101", "description", "井盖").at(spot)),
				"attribute[condition] is required");
		var json = f.api.post(Open311Fixtures.BASE + "/requests.xml", "application/json",
				"{\"api_key\":\"" + key + "\",\"service_code\":\"E0102\"}");
		assertThat(json.status()).isEqualTo(400);
		assertThat(x(xml(json), "/errors/error/description")).contains("form-encoded");
		assertThat(f.counts()).isEqualTo(before);
	}

	@Test
	void takesPlainTextWithAnAngleAndExactly4000Characters() {
		String text = "气温 < 5 度时垃圾冻结";
		String description = text + "长".repeat(4000 - text.codePointCount(0, text.length()));
		var ok = f.post("json", Form.of("api_key", f.newKey(), "service_code", "E0102", "description", description)
			.at(f.nextSpot()));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
	}

	@Test
	void rateLimitsEachKeyCountingEveryAttemptWithAClear429() {
		Map<String, Long> before = f.counts();
		String key = f.newKey(2);
		GeoPoint spot = f.nextSpot();
		assertThat(f.post("xml", Form.of("api_key", key, "service_code", "E0102")).status()).isEqualTo(400);
		assertThat(f.post("xml", Form.of("api_key", key, "service_code", "E0102")).status()).isEqualTo(400);
		var limited = f.post("xml", Form.of("api_key", key, "service_code", "E0102", "description", "垃圾").at(spot));
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
		assertThat(x(xml(limited), "/errors/error/code")).isEqualTo("429");
		assertThat(x(xml(limited), "/errors/error/description")).contains("2 requests a minute");
		assertThat(f.counts()).isEqualTo(before);
		assertThat(f.post("xml", Form.of("api_key", f.newKey(2), "service_code", "E0102", "description", "垃圾")
			.at(spot)).status()).as("another key has its own window").isEqualTo(200);
	}

	@Test
	void concurrentPostsOfOneKeyAreCountedExactlyAndCreateOneCaseEach() throws Exception {
		Map<String, Long> before = f.counts();
		String key = f.newKey(5);
		int attempts = 12;
		List<GeoPoint> spots = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			spots.add(f.nextSpot());
		}
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		List<Future<Integer>> statuses = new ArrayList<>();
		for (GeoPoint spot : spots) {
			Callable<Integer> post = () -> {
				go.await();
				return f.post("xml", Form.of("api_key", key, "service_code", "E0105", "description", "水面漂浮垃圾")
					.at(spot)).status();
			};
			statuses.add(pool.submit(post));
		}
		go.countDown();
		List<Integer> answered = new ArrayList<>();
		for (Future<Integer> s : statuses) {
			answered.add(s.get());
		}
		pool.shutdown();
		assertThat(answered).filteredOn(s -> s == 200).hasSize(5);
		assertThat(answered).filteredOn(s -> s == 429).hasSize(attempts - 5);
		assertThat(f.counts().get("cases")).isEqualTo(before.get("cases") + 5);
		assertThat(f.counts().get("requests")).isEqualTo(before.get("requests") + 5);
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyAnswersWithTheFirstRequest() {
		Map<String, Long> before = f.counts();
		String key = f.newKey();
		String form = Form.of("api_key", key, "service_code", "E0108", "description", "油烟扰民").at(f.nextSpot())
			.encoded();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Api.Response r = f.api.send(Open311Fixtures.BASE + "/requests.json",
					b -> b.header("Content-Type", "application/x-www-form-urlencoded")
						.header("Idempotency-Key", "retry-1")
						.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
			assertThat(r.status()).as(r.body()).isEqualTo(200);
			ids.add(r.json().get(0).get("service_request_id").asString() + "/" + r.json().get(0).get("token").asString());
		}
		assertThat(ids.get(1)).isEqualTo(ids.get(0));
		assertThat(f.counts().get("cases")).isEqualTo(before.get("cases") + 1);
		String id = ids.get(0).substring(0, ids.get(0).indexOf('/'));
		assertThat(f.get("requests/" + id + ".json").json().get(0).get("description").asString())
			.as("a form without a charset is read as UTF-8, as the spec says").isEqualTo("油烟扰民");
	}

	@Test
	void locatesAnAddressOrAnAddressIdAmongTheCitysServicePoints() {
		ServicePoint station = regions.servicePointsWithin("340603").stream()
			.filter(p -> p.kind() == ServicePoint.Kind.STATION)
			.findFirst()
			.orElseThrow();
		String key = f.newKey();
		String withoutCity = station.address().replaceFirst("^淮北市", "");
		var byAddress = f.post("json", Form.of("api_key", key, "service_code", "E0506", "description", "乱堆物料",
				"address_string", " " + withoutCity + " "));
		assertThat(byAddress.status()).as(byAddress.body()).isEqualTo(200);
		var request = f.get("requests/" + byAddress.json().get(0).get("service_request_id").asString() + ".json")
			.json()
			.get(0);
		assertThat(request.get("lat").asDouble()).isEqualTo(station.location().lat());
		assertThat(request.get("long").asDouble()).isEqualTo(station.location().lon());
		assertThat(request.get("description").asString()).contains("位置描述：" + withoutCity);

		var byId = f.post("xml", Form.of("api_key", key, "service_code", "E0507", "description", "毁绿",
				"address_id", station.code()));
		assertThat(byId.status()).as(byId.body()).isEqualTo(200);

		Map<String, Long> before = f.counts();
		var nowhere = f.post("xml", Form.of("api_key", key, "service_code", "E0506", "address_string", "月球路1号"));
		assertThat(nowhere.status()).isEqualTo(400);
		assertThat(x(xml(nowhere), "/errors/error/description")).contains("lat and long");
		assertThat(f.counts()).isEqualTo(before);
	}

	@Test
	void theAgencyAndTheNoticeFollowTheRoutingRulesOfTheRequestsRegion() {
		GeoPoint inSuixi = null;
		for (double lat = 33.40; inSuixi == null && lat < 33.90; lat += 0.02) {
			for (double lon = 116.45; inSuixi == null && lon < 116.95; lon += 0.02) {
				GeoPoint p = new GeoPoint(lat, lon);
				if (regions.locate(p).map(at -> at.district().code()).filter("340621"::equals).isPresent()) {
					inSuixi = p;
				}
			}
		}
		assertThat(inSuixi).as("a point of 濉溪县 in the demo geography").isNotNull();
		var created = f.post("json", Form.of("api_key", f.newKey(), "service_code", "E0102", "description", "暴露垃圾")
			.at(inSuixi));
		assertThat(created.status()).as(created.body()).isEqualTo(200);
		assertThat(created.json().get(0).get("service_notice").asString()).startsWith("濉溪县环卫所负责处置");
		var request = f.get("requests/" + created.json().get(0).get("service_request_id").asString() + ".json")
			.json()
			.get(0);
		assertThat(request.get("agency_responsible").asString()).isEqualTo("濉溪县环卫所");
		assertThat(request.get("service_notice").asString()).startsWith("濉溪县环卫所负责处置");
		assertThat(request.get("address").asString()).endsWith("濉溪县, 淮北市");
	}

	private static void assertFaults(Api.Response response, String expected) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		String descriptions = response.contentType().startsWith("application/json") ? response.body()
				: String.join(" | ", nodes(xml(response), "/errors/error/description").stream()
					.map(Node::getTextContent).toList());
		assertThat(descriptions).contains(expected);
	}
}
