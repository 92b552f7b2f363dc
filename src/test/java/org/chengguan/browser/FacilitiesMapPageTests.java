package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.script;
import static org.chengguan.browser.MobileFixtures.tap;
import static org.chengguan.browser.MobileFixtures.until;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.chengguan.Api;
import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.TestUsers;
import org.chengguan.facilities.demo.FacilityDemoLoader;
import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The public convenience map (便民服务地图) at phone width, without signing in, over the demo facilities and a few of
 * the test's own (codes T5M-…, imported by an administrator around a spot no other test uses). Whatever the page
 * shows is checked against the API's answer for the same point and filters.
 */
@BrowserTest
class FacilitiesMapPageTests {

	/** Where the newcomer stands: in the urban core, away from the other tests' facilities. */
	static final GeoPoint HERE = new GeoPoint(33.9712, 116.7893);

	static final String HOSTILE = "<script>window.cgXss=1</script><img src=x onerror=window.cgXss=2>测试地图脚本";

	static final String HEADER = "code,name,type,lat,lon,crs,address,hours,features,contact,capacity,fee,government_lot,"
			+ "sharing_hours,pitches,goods,ports\n";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Api api;

	Api admin;

	@BeforeEach
	void setUp() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		context.getBean(FacilityDemoLoader.class).loadIfAbsent();
		context.getBean(org.chengguan.disclosure.demo.DemoDisclosureLoader.class).loadIfAbsent();
		api = new Api(port);
		admin = api.as(new TestUsers(context).admin());
		importCsv("""
				T5M-W1,测试地图甲公厕,PUBLIC_TOILET,33.9714,116.7893,,相山区测试路1号,24/7,accessible|baby-room,0561-3000001,,,,,,,
				T5M-P1,测试地图乙停车场,PARKING,33.9712,116.7896,,相山区测试路2号,24/7,,,80,2元/小时,true,"Mo-Fr 18:30-07:30; Sa,Su,PH 00:00-24:00",,,
				T5M-E1,测试地图丙充电站,EV_CHARGING,33.9710,116.7893,,相山区测试路3号,24/7,parking-fee-waived,,,,,,,,AC:7|DC:120|DC:60
				T5M-X1,"%s",CONVENIENCE_POINT,33.9402,116.8204,,<b>测试路</b>9号,08:00-20:00,,,,,,,,,
				""".formatted(HOSTILE));
		long lot = id("测试地图乙停车场");
		put("/api/v1/facilities/" + lot + "/occupancy", key(lot), "{\"freeSpaces\": 23}");
		long station = id("测试地图丙充电站");
		String stationKey = key(station);
		put("/api/v1/facilities/" + station + "/ports/1", stationKey, "{\"state\": \"FREE\"}");
		put("/api/v1/facilities/" + station + "/ports/2", stationKey, "{\"state\": \"FREE\"}");
		put("/api/v1/facilities/" + station + "/ports/3", stationKey, "{\"state\": \"CHARGING\"}");
	}

	@Test
	void aNewcomerFindsTheNearestOpenToiletAParkingLotWithSpacesAndAFreeDcPort() {
		try (Browser browser = MobileFixtures.phone(port)) {
			MobileFixtures.placeDeviceAt(browser, port, HERE);
			browser.go("/");
			tap(browser, "#landing-map");
			assertThat(browser.awaitPath("/map")).as("the landing page links the map; no sign-in").isEqualTo("/map");
			until(browser, "document.getElementById('fm-where').getAttribute('data-source') === 'device'");
			assertThat(browser.text("#fm-where")).contains("我的位置").contains("WGS-84");
			awaitList(browser, "lat=33.971200&lon=116.789300");
			// who is my officer, for where I am: the disclosure API's first officer there, a public phone only
			JsonNode here = api.get("/api/v1/officers?lat=33.9712&lon=116.7893&crs=wgs84").json().get("at");
			until(browser, "!document.getElementById('fm-officer').hidden");
			assertThat(browser.text("#fm-officer")).contains(here.get("officers").get(0).get("name").asString())
				.contains(here.get("community").get("name").asString());
			assertThat(browser.find("#fm-type-PUBLIC_TOILET .fm-svg").getTagName()).isEqualTo("svg");
			script(browser, "window.scrollTo(0, 0);");
			browser.screenshot("facilities-map");

			// the nearest public toilet open now
			tap(browser, "#fm-type-PUBLIC_TOILET");
			tap(browser, "#fm-open");
			awaitList(browser, "type=PUBLIC_TOILET&openAt=now");
			JsonNode toilet = first("type=PUBLIC_TOILET&openAt=now");
			openFirst(browser, toilet);
			assertThat(browser.text("#fm-card-name")).isEqualTo(toilet.get("name").asString());
			assertThat(browser.text("#fm-card-type")).isEqualTo("公厕");
			assertThat(browser.text("#fm-card-open")).isEqualTo("营业中");
			assertThat(toilet.get("openNow").asBoolean()).isTrue();
			assertDistance(browser, toilet);
			assertThat(browser.text("#fm-card-address")).isEqualTo(toilet.get("address").asString());
			browser.screenshot("facilities-map-toilet");

			// a parking lot with free spaces now
			tap(browser, "#fm-type-PARKING");
			tap(browser, "#fm-open");
			tap(browser, "#fm-free");
			awaitList(browser, "type=PARKING&available=true&lat=");
			JsonNode lot = first("type=PARKING&available=true");
			openFirst(browser, lot);
			JsonNode parking = lot.get("parking");
			assertThat(parking.get("freeSpaces").asInt()).isPositive();
			assertThat(browser.text("#fm-card-name")).isEqualTo(lot.get("name").asString());
			assertThat(browser.text("#fm-card-free")).isEqualTo("现有空位 " + parking.get("freeSpaces").asInt() + " 个");
			assertThat(browser.text("#fm-card-capacity")).isEqualTo("车位 " + parking.get("capacity").asInt() + " 个");
			assertThat(browser.text("#fm-card-fee")).isEqualTo(parking.get("fee").asString());
			if (parking.has("sharingHours")) {
				assertThat(browser.text("#fm-card-sharing"))
					.endsWith(parking.get("sharedNow").asBoolean() ? "现在免费开放" : "现在不在免费时段");
			}
			assertDistance(browser, lot);
			browser.screenshot("facilities-map-parking");

			// a free DC charging port
			tap(browser, "#fm-type-EV_CHARGING");
			new Select(browser.find("#fm-port")).selectByValue("DC");
			awaitList(browser, "type=EV_CHARGING&available=true&portKind=DC&lat=");
			JsonNode station = first("type=EV_CHARGING&available=true&portKind=DC");
			openFirst(browser, station);
			JsonNode ports = api.get("/api/v1/facilities/" + station.get("id").asLong()).json().get("charging").get("ports");
			long freeDc = 0;
			long allDc = 0;
			for (JsonNode p : ports) {
				allDc += p.get("kind").asString().equals("DC") ? 1 : 0;
				freeDc += p.get("kind").asString().equals("DC") && p.get("state").asString().equals("FREE") ? 1 : 0;
			}
			assertThat(freeDc).isPositive();
			WebElement dc = browser.find("#fm-card-ports-DC");
			assertThat(dc.getAttribute("data-free")).isEqualTo(Long.toString(freeDc));
			assertThat(dc.getText()).contains("直流快充").contains("空闲 " + freeDc + " / 共 " + allDc);
			for (JsonNode p : ports) {
				String kw = p.get("powerKw").decimalValue().stripTrailingZeros().toPlainString();
				assertThat(browser.has(".fm-port-row[data-kind='" + p.get("kind").asString() + "'][data-kw='" + kw + "']"))
					.as("a row for %s %s kW", p.get("kind").asString(), kw).isTrue();
			}
			assertDistance(browser, station);
			browser.screenshot("facilities-map-charging");

			assertThat(script(browser, "return document.documentElement.scrollWidth <= window.innerWidth "
					+ "&& window.innerWidth <= 375;")).as("no horizontal scroll at 375 px").isEqualTo(true);

			// zoomed out, the map shows the API's clusters instead of single facilities
			until(browser, "document.getElementById('fm-map').getAttribute('data-state') === 'markers'");
			tap(browser, ".leaflet-control-zoom-out");
			tap(browser, ".leaflet-control-zoom-out");
			until(browser, "document.getElementById('fm-map').getAttribute('data-state') === 'clusters'");
			assertThat(browser.has(".fm-cluster")).isTrue();
			browser.screenshot("facilities-map-clusters");
		}
	}

	@Test
	void withoutLocationTheCentreIsUsedAndSaidSoAndDataIsShownAsText() {
		try (Browser browser = MobileFixtures.phone(port)) {
			((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setPermission",
					Map.of("origin", "http://localhost:" + port, "permission", Map.of("name", "geolocation"), "setting",
							"denied"));
			browser.go("/map");
			until(browser, "document.getElementById('fm-where').getAttribute('data-source') === 'fallback'");
			assertThat(browser.text("#fm-where")).contains("默认位置：市中心").contains("您未允许定位");
			assertThat(browser.find("#fm-where").getAttribute("data-point")).isEqualTo("33.955000,116.798000");
			awaitList(browser, "lat=33.955000&lon=116.798000");

			browser.type("#fm-q", "测试地图脚本");
			tap(browser, "#fm-search-submit");
			awaitList(browser, "q=" + URLEncoder.encode("测试地图脚本", StandardCharsets.UTF_8));
			assertThat(browser.text("#fm-list .fm-item .fm-name")).isEqualTo(HOSTILE);
			tap(browser, "#fm-list .fm-item");
			until(browser, "document.getElementById('fm-card').getAttribute('data-state') === 'ready'");
			assertThat(browser.text("#fm-card-name")).isEqualTo(HOSTILE);
			assertThat(browser.text("#fm-card-address")).isEqualTo("<b>测试路</b>9号");
			until(browser, "document.getElementById('fm-map').getAttribute('data-state') === 'markers'");
			assertThat(script(browser, "return typeof window.cgXss;")).as("no script of the data ran").isEqualTo("undefined");
			assertThat(browser.has("img[src='x']")).isFalse();
			assertThat(browser.has("#facilities-map-page b")).isFalse();
			assertThat(script(browser, "return document.documentElement.scrollWidth <= window.innerWidth "
					+ "&& window.innerWidth <= 375;")).as("no horizontal scroll at 375 px").isEqualTo(true);
			browser.screenshot("facilities-map-text");

			// tapping the map puts the user there
			tap(browser, "#fm-card-close");
			WebElement map = browser.find("#fm-map");
			script(browser, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", map);
			new Actions(browser.driver()).moveToElement(map, -90, 70).click().perform();
			until(browser, "document.getElementById('fm-where').getAttribute('data-source') === 'tap'");
			assertThat(browser.text("#fm-where")).contains("地图上选的位置");
			String point = browser.find("#fm-where").getAttribute("data-point");
			awaitList(browser, "lat=" + point.replace(",", "&lon="));
		}
	}

	/** Waits until the list shows the answer to a query containing {@code part}. */
	static void awaitList(Browser browser, String part) {
		until(browser, "document.getElementById('fm-list').getAttribute('data-state') === 'ready' && "
				+ "(document.getElementById('fm-list').getAttribute('data-query') || '').indexOf('" + part + "') >= 0");
	}

	/** The API's first answer for the filters at the newcomer's point. */
	JsonNode first(String filters) {
		JsonNode answer = api.get("/api/v1/facilities?" + filters + "&lat=33.971200&lon=116.789300&crs=wgs84&limit=20")
			.json();
		assertThat(answer.get("count").asInt()).as(filters).isPositive();
		return answer.get("items").get(0);
	}

	/** The list's first item is the API's first answer; tapping it opens its card. */
	static void openFirst(Browser browser, JsonNode expected) {
		String id = expected.get("id").asString();
		assertThat(browser.find("#fm-list .fm-item").getAttribute("data-id")).isEqualTo(id);
		tap(browser, "#fm-list .fm-item");
		until(browser, "document.getElementById('fm-card').getAttribute('data-id') === '" + id
				+ "' && document.getElementById('fm-card').getAttribute('data-state') === 'ready'");
	}

	/** The card's distance is the API's, in metres, with the walk at 80 m a minute. */
	static void assertDistance(Browser browser, JsonNode expected) {
		double metres = expected.get("distanceMetres").asDouble();
		String text = metres < 1000 ? Math.round(metres) + " 米"
				: String.format(java.util.Locale.ROOT, "%.1f 公里", metres / 1000);
		assertThat(browser.text("#fm-card-distance"))
			.isEqualTo(text + " · 步行约 " + Math.max(1, (long) Math.ceil(metres / 80)) + " 分钟");
	}

	void importCsv(String rows) {
		var response = admin.post("/api/v1/facilities/import", "text/csv", HEADER + rows);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	long id(String name) {
		var found = api.get("/api/v1/facilities?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&limit=2").json();
		assertThat(found.get("count").asInt()).as("facilities named " + name).isEqualTo(1);
		return found.get("items").get(0).get("id").asLong();
	}

	String key(long id) {
		var response = admin.post("/api/v1/facilities/" + id + "/api-key", "application/json", "");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("apiKey").asString();
	}

	void put(String path, String key, String body) {
		var response = api.send(path, b -> b.header("Content-Type", "application/json")
			.header("X-Api-Key", key)
			.PUT(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}
}
