package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.screenshot;
import static org.chengguan.browser.MobileFixtures.tap;
import static org.chengguan.browser.MobileFixtures.until;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.chengguan.Api;
import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.codes.LoggingCodeSender;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * "Report a fault here" (报告故障) at phone width: from a public toilet's card on the map, not signed in, through the
 * citizen's sign-in by phone and straight back to the report form, which starts at the toilet with its category and
 * says what the report is about; the case filed is linked to the toilet, and the card counts it. The toilet (code
 * T5F-…) stands on a spot of the urban core no other test reports at.
 */
@BrowserTest
class FacilityFaultReportPageTests {

	static final GeoPoint SPOT = new GeoPoint(33.9633, 116.7752);

	static final String NAME = "测试报修地图公厕";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseManagement cases;

	@Autowired
	LoggingCodeSender codes;

	MobileFixtures fixtures;

	Api api;

	long toilet;

	@BeforeEach
	void setUp() {
		fixtures = new MobileFixtures(context);
		api = new Api(port);
		Api admin = api.as(new TestUsers(context).admin());
		var imported = admin.post("/api/v1/facilities/import", "text/csv", FacilitiesMapPageTests.HEADER
				+ "T5F-W1," + NAME + ",PUBLIC_TOILET," + SPOT.lat() + "," + SPOT.lon() + ",,相山区测试路8号,24/7,,,,,,,,,\n");
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		var found = api.get("/api/v1/facilities?q=" + URLEncoder.encode(NAME, StandardCharsets.UTF_8) + "&limit=2")
			.json();
		assertThat(found.get("count").asInt()).isEqualTo(1);
		toilet = found.get("items").get(0).get("id").asLong();
	}

	@Test
	void aCitizenReportsAFaultFromAToiletsCardSignsInOnTheWayAndTheCaseIsLinkedToTheToilet() {
		Location at = context.getBean(RegionDirectory.class).locate(SPOT).orElseThrow();
		String community = at.community().orElseThrow().name();
		long before = api.get("/api/v1/facilities/" + toilet).json().get("openReports").asLong();
		String phone = "1370002" + String.format("%04d", (System.nanoTime() / 1000) % 10_000);
		try (Browser browser = MobileFixtures.phone(port)) {
			openCard(browser);
			assertThat(browser.find("#fm-card-reports").getAttribute("data-count")).isEqualTo(Long.toString(before));
			assertThat(browser.text("#fm-card-report")).isEqualTo("报告故障");

			tap(browser, "#fm-card-report");
			assertThat(browser.awaitPath("/login")).as("not signed in: sign in first").startsWith("/login");
			tap(browser, "#to-phone-login");
			browser.type("#phone", phone).click("#send-code");
			browser.find("#code-sent");
			browser.type("#code", codes.lastCode(phone).orElseThrow()).click("#phone-submit");
			String back = browser.awaitPath("/citizen/report");
			assertThat(back).as("back to the form the card opened").contains("about=facility%3A" + toilet);

			assertThat(browser.text("#report-subject")).contains("关于设施").contains(NAME);
			until(browser, "document.getElementById('location-text').textContent.indexOf('" + community + "') >= 0");
			assertThat(browser.text("#location-text")).contains("设施所在位置");
			assertThat(browser.find("#category-C0301 input").isSelected()).isTrue();
			assertThat(browser.text("#category-chosen")).contains("公共厕所");
			browser.type("#description", "洗手池水龙头坏了，一直在漏水");
			screenshot(browser, "facility-report-fault");

			tap(browser, "#report-submit");
			String number = MobileFixtures.caseNumber(browser);
			String url = browser.find("#done-view").getAttribute("href");
			long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
			Case reported = cases.get(fixtures.inspector(), id);
			assertThat(reported.number()).isEqualTo(number);
			assertThat(reported.subject().reference()).isEqualTo("facility:" + toilet);
			assertThat(reported.categoryCode()).isEqualTo("C0301");
			assertThat(reported.location().distanceMetres(SPOT)).as("filed where the toilet is").isLessThan(1);

			tap(browser, "#done-view");
			browser.awaitPath("/cases/" + id);
			assertThat(browser.text("#case-subject")).isEqualTo(NAME);
			assertThat(browser.find("#case-subject").getAttribute("data-subject")).isEqualTo("facility:" + toilet);
			screenshot(browser, "facility-report-case");

			openCard(browser);
			assertThat(browser.find("#fm-card-reports").getAttribute("data-count")).isEqualTo(Long.toString(before + 1));
			assertThat(browser.text("#fm-card-reports")).contains(Long.toString(before + 1));
			MobileFixtures.script(browser, "document.getElementById('fm-card').scrollIntoView({block: 'start'});");
			browser.screenshot("facility-card-report");
		}
	}

	@Test
	void aFormForAFacilityThatDoesNotExistSaysSoAndLinksNothing() {
		try (Browser browser = MobileFixtures.phone(port)) {
			fixtures.signInCitizen(browser);
			browser.go("/citizen/report?about=facility:987654321");
			assertThat(browser.text("#report-subject-unknown")).contains("没有找到要报告的设施");
			assertThat(browser.has("#report-subject")).isFalse();
			assertThat(browser.find("#report-form").getAttribute("data-subject")).isNull();
		}
	}

	/** Finds the toilet by name on the public map and opens its card. */
	void openCard(Browser browser) {
		browser.go("/map");
		browser.type("#fm-q", NAME);
		tap(browser, "#fm-search-submit");
		FacilitiesMapPageTests.awaitList(browser, "q=" + URLEncoder.encode(NAME, StandardCharsets.UTF_8));
		JsonNode expected = api.get("/api/v1/facilities/" + toilet).json();
		assertThat(browser.find("#fm-list .fm-item").getAttribute("data-id")).isEqualTo(expected.get("id").asString());
		tap(browser, "#fm-list .fm-item");
		until(browser, "document.getElementById('fm-card').getAttribute('data-id') === '" + toilet
				+ "' && document.getElementById('fm-card').getAttribute('data-state') === 'ready'");
	}
}
