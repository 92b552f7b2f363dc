package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.photo;
import static org.chengguan.browser.MobileFixtures.screenshot;
import static org.chengguan.browser.MobileFixtures.tap;
import static org.chengguan.browser.MobileFixtures.script;
import static org.chengguan.browser.MobileFixtures.until;
import static org.chengguan.browser.MobileFixtures.visible;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseQuery;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The citizen's pages at phone width: 随手拍, my reports, nearby. */
@BrowserTest
class MobileCitizenPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseManagement cases;

	@Autowired
	Actors actors;

	MobileFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new MobileFixtures(context);
	}

	@Test
	void aCitizenReportsWithAPhotoAtThePhotosLocationAndFindsTheCaseInMyReports() {
		GeoPoint spot = fixtures.nextSpot();
		try (Browser browser = MobileFixtures.phone(port)) {
			fixtures.signInCitizen(browser);
			assertThat(browser.text("#no-reports")).contains("您还没有上报过问题");
			tap(browser, "#snap");
			assertThat(browser.path()).isEqualTo("/citizen/report");
			browser.find(".category-tile");
			screenshot(browser, "citizen-report-empty");

			browser.find("#photos-input").sendKeys(photo(101, spot).toString());
			browser.find(".photo-tile.uploaded");
			tap(browser, "#use-photo-location");
			until(browser, "document.getElementById('location-text').textContent.indexOf('和平东社区') >= 0");
			assertThat(browser.text("#location-text")).contains("南黎街道").contains("照片拍摄位置");

			browser.type("#category-search", "健身");
			assertThat(visible(browser, "#category-E0102")).as("the search hides what does not match").isFalse();
			tap(browser, "#category-C0126");
			assertThat(browser.text("#category-chosen")).contains("健身设施");
			browser.type("#description", "小区健身器材的单杠断了，有尖锐断口");
			assertThat(browser.text("#description-count")).isEqualTo("17");
			screenshot(browser, "citizen-report");

			tap(browser, "#report-submit");
			String number = MobileFixtures.caseNumber(browser);
			assertThat(number).matches("\\d{14,}");
			assertThat(browser.text("#done-message")).contains(number);
			screenshot(browser, "citizen-report-done");
			long id = idOf(browser.find("#done-view"));

			Case reported = cases.get(fixtures.inspector(), id);
			assertThat(reported.location().distanceMetres(spot)).as("filed where the photo was taken").isLessThan(1);
			assertThat(reported.channel()).isEqualTo(Channel.CITIZEN_APP);
			assertThat(reported.categoryCode()).isEqualTo("C0126");

			tap(browser, "#done-mine");
			WebElement card = browser.find("#report-" + number);
			assertThat(card.getText()).contains("健身设施").contains("待核实").contains("和平东社区");
			assertThat(card.getAttribute("href")).endsWith("/cases/" + id);
			screenshot(browser, "citizen-reports");
		}
	}

	@Test
	void aSubmissionRetriedAfterALostAnswerFilesOneCase() {
		GeoPoint spot = fixtures.nextSpot();
		String description = "路边积水一直排不掉 " + System.nanoTime();
		try (Browser browser = MobileFixtures.phone(port)) {
			fixtures.signInCitizen(browser);
			browser.go("/citizen/report");
			browser.find("#photos-input").sendKeys(photo(102, spot).toString());
			browser.find(".photo-tile.uploaded");
			tap(browser, "#use-photo-location");
			until(browser, "document.getElementById('location-text').textContent.indexOf('和平东社区') >= 0");
			browser.type("#category-search", "积水");
			tap(browser, "#category-E0404");
			browser.type("#description", description);
			// the network drops the first answer: the server files the case, the phone never hears of it
			script(browser, """
					var realFetch = window.fetch, dropped = 0;
					window.fetch = function (url, options) {
					  var sent = realFetch.apply(this, arguments);
					  if (String(url).indexOf('/citizen/report') >= 0 && dropped++ === 0) {
					    return sent.then(function () { throw new TypeError('Failed to fetch'); });
					  }
					  return sent;
					};""");
			tap(browser, "#report-submit");
			String number = MobileFixtures.caseNumber(browser);
			assertThat(browser.find("#report-done").getAttribute("data-replayed"))
				.as("the retry got the first call's case").isEqualTo("true");

			long id = idOf(browser.find("#done-view"));
			Actor citizen = actors.byId(cases.get(fixtures.inspector(), id).reporterId()).orElseThrow();
			List<Case> mine = cases.search(citizen, CaseQuery.of(null, 0, 50)).cases();
			assertThat(mine).filteredOn(c -> c.description().equals(description)).hasSize(1)
				.first().extracting(Case::number).isEqualTo(number);

			// one key sent twice by hand: one case
			GeoPoint twice = fixtures.nextSpot();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> answers = (List<Map<String, Object>>) ((JavascriptExecutor) browser.driver())
				.executeAsyncScript("""
						var done = arguments[arguments.length - 1], caseId = arguments[0];
						var csrf = {};
						csrf[document.querySelector('meta[name=_csrf_header]').content] =
						    document.querySelector('meta[name=_csrf]').content;
						function send() {
						  return fetch('/citizen/report', { method: 'POST', headers: Object.assign({
						      'Content-Type': 'application/json', 'Idempotency-Key': 'twice-' + caseId }, csrf),
						    body: JSON.stringify({ categoryCode: 'E0404', description: 'twice', lat: %s, lon: %s })
						  }).then(function (r) {
						    return r.json().then(function (b) { b.status = r.status; return b; });
						  });
						}
						send().then(function (first) {
						  return send().then(function (second) { done([first, second]); });
						}).catch(function (e) { done([{ error: String(e) }]); });
						""".formatted(twice.lat(), twice.lon()), id);
			assertThat(answers).hasSize(2);
			assertThat(answers.get(0)).containsEntry("status", 201L).containsEntry("replayed", false);
			assertThat(answers.get(1)).containsEntry("status", 200L).containsEntry("replayed", true)
				.containsEntry("number", answers.get(0).get("number"));
			assertThat(cases.search(citizen, CaseQuery.of(null, 0, 50)).cases())
				.filteredOn(c -> c.description().equals("twice")).hasSize(1);
		}
	}

	@Test
	void aReportWhoseAnswerNeverCameIsOfferedAgainAfterAReloadUnderItsKey() {
		GeoPoint spot = fixtures.nextSpot();
		try (Browser browser = MobileFixtures.phone(port)) {
			fixtures.signInCitizen(browser);
			browser.go("/citizen/report");
			browser.find(".category-tile");
			// what the page keeps while a report waits for its answer: the report and its key
			script(browser, """
					sessionStorage.setItem('cg-report-pending:/citizen/report', JSON.stringify({ key: 'lost-answer',
					  report: { categoryCode: 'C0305', description: '垃圾箱满了', lat: %s, lon: %s, crs: 'wgs84',
					    photoIds: [], selfHandled: false, afterPhotoIds: [] } }));
					sessionStorage.setItem('cg-report-key:/citizen/report', 'lost-answer');
					""".formatted(spot.lat(), spot.lon()));
			browser.go("/citizen/report");
			tap(browser, "#resume-submit");
			String number = MobileFixtures.caseNumber(browser);
			assertThat(browser.find("#report-done").getAttribute("data-replayed")).isEqualTo("false");
			assertThat(script(browser, "return sessionStorage.getItem('cg-report-pending:/citizen/report');"))
				.as("answered for good: nothing left to resend").isNull();

			// the answer was lost once more: the same key again files nothing new
			script(browser, """
					sessionStorage.setItem('cg-report-pending:/citizen/report', JSON.stringify({ key: 'lost-answer',
					  report: { categoryCode: 'C0305', description: '垃圾箱满了', lat: %s, lon: %s, crs: 'wgs84',
					    photoIds: [], selfHandled: false, afterPhotoIds: [] } }));
					""".formatted(spot.lat(), spot.lon()));
			browser.go("/citizen/report");
			tap(browser, "#resume-submit");
			assertThat(MobileFixtures.caseNumber(browser)).isEqualTo(number);
			assertThat(browser.find("#report-done").getAttribute("data-replayed")).isEqualTo("true");
		}
	}

	@Test
	void mistakesAreToldNextToTheFormAndAScriptInTheDescriptionShowsAsText() {
		GeoPoint spot = fixtures.nextSpot();
		String script = "<script>document.body.setAttribute('data-pwned','yes')</script><b>油烟</b>";
		try (Browser browser = MobileFixtures.phone(port)) {
			fixtures.signInCitizen(browser);
			MobileFixtures.placeDeviceAt(browser, port, spot);
			browser.go("/citizen/report");
			tap(browser, "#report-submit");
			assertThat(browser.text("#error-category")).isEqualTo("请选择问题类别。");
			assertThat(browser.text("#error-description")).isEqualTo("请描述一下问题。");

			// the device's position, then a tap on the map a little east of it
			tap(browser, "#locate-device");
			until(browser, "document.getElementById('location-text').textContent.indexOf('手机定位') >= 0");
			assertThat(browser.text("#location-text")).contains("和平东社区");
			WebElement map = browser.find("#report-map");
			script(browser, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", map);
			new Actions(browser.driver()).moveToElement(map, 30, 0).click().perform();
			until(browser, "document.getElementById('location-text').textContent.indexOf('地图点选') >= 0");

			// a point outside the city, sent by hand, is refused with a message for the location field
			@SuppressWarnings("unchecked")
			Map<String, Object> outside = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
				.executeAsyncScript("""
						var done = arguments[arguments.length - 1], headers = { 'Content-Type': 'application/json' };
						headers[document.querySelector('meta[name=_csrf_header]').content] =
						    document.querySelector('meta[name=_csrf]').content;
						fetch('/citizen/report', { method: 'POST', headers: headers, body: JSON.stringify(
						    { categoryCode: 'E0108', description: '北京', lat: 39.9, lon: 116.4 }) })
						  .then(function (r) { return r.json(); }).then(done);
						""");
			assertThat(outside).containsEntry("field", "location")
				.containsEntry("message", "这个位置不在本市范围内，平台只受理本市的问题。");

			tap(browser, "#category-E0108");
			browser.type("#description", script);
			tap(browser, "#report-submit");
			String number = MobileFixtures.caseNumber(browser);
			browser.go("/citizen");
			WebElement card = browser.find("#report-" + number);
			assertThat(card.findElement(By.cssSelector(".case-text")).getText()).isEqualTo(script);
			assertThat(card.findElements(By.tagName("b"))).isEmpty();
			assertThat(browser.find("body").getAttribute("data-pwned")).isNull();
		}
	}

	@Test
	void theNearbyMapShowsOpenCasesWithCategoryAndStatusOnly() {
		GeoPoint spot = fixtures.nextSpot();
		Actor citizen = fixtures.citizen();
		String secret = "只有举报人能看到的描述 " + System.nanoTime();
		cases.report(citizen, new ReportCommand("E0506", secret, spot.lat(), spot.lon(), null, Channel.CITIZEN_APP,
				null, null, null, null, null), null);
		try (Browser browser = MobileFixtures.phone(port)) {
			fixtures.signInCitizen(browser);
			GeoPoint me = new GeoPoint(spot.lat() + 0.0009, spot.lon());
			MobileFixtures.placeDeviceAt(browser, port, me);
			tap(browser, "#tab-nearby");
			tap(browser, "#nearby-locate");
			String searched = String.format(Locale.ROOT, "%.5f,%.5f", me.lat(), me.lon());
			until(browser, "document.getElementById('nearby-list').getAttribute('data-searched') === '" + searched
					+ "' && document.querySelectorAll('#nearby-map .glyph-pin').length > 0");
			@SuppressWarnings("unchecked")
			List<String> found = (List<String>) script(browser, "return Array.prototype.map.call("
					+ "document.querySelectorAll('.nearby-case'), function (c) { return c.innerText; });");
			assertThat(found).anySatisfy(text -> assertThat(text).contains("乱堆物堆料").contains("待核实"));
			assertThat((String) script(browser, "return document.getElementById('nearby-list').innerText;"))
				.doesNotContain(secret).doesNotContain("测试市民");
			screenshot(browser, "citizen-nearby");
		}
		assertThat(cases.search(citizen, CaseQuery.of(Set.of(CaseStatus.REPORTED), 0, 100)).cases())
			.anySatisfy(c -> assertThat(c.description()).isEqualTo(secret));
	}

	@Test
	void aClosedCaseAsksItsReporterToRate() {
		Actor citizen = fixtures.citizen();
		GeoPoint spot = fixtures.nextSpot();
		Case reported = cases.report(citizen, new ReportCommand("C0118", "路灯晚上不亮", spot.lat(), spot.lon(), null,
				Channel.CITIZEN_APP, null, null, null, null, null), null).reported();
		Case closed = fixtures.closed(fixtures.handled(reported));
		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		try (Browser browser = MobileFixtures.phone(port)) {
			fixtures.signInCitizen(browser, "13700009001");
			WebElement card = browser.find("#report-" + closed.number());
			assertThat(card.getText()).contains("路灯").contains("已办结").contains("待您评价");
			assertThat(card.getAttribute("href")).as("rated on the case's page").endsWith("/cases/" + closed.id());
			browser.go("/citizen?lang=en");
			assertThat(browser.find("#report-" + closed.number()).getText()).contains("Resolved")
				.contains("Please rate");
			browser.go("/citizen?lang=zh-CN");
		}
	}

	@Test
	void staffWhoOpenTheCitizensPagesAreSentToTheirOwn() {
		fixtures.inspector();
		try (Browser browser = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(browser, "t-mobile-inspector");
			browser.go("/citizen");
			assertThat(browser.path()).isEqualTo("/inspector");
			browser.go("/citizen/report");
			assertThat(browser.path()).isEqualTo("/inspector");
		}
	}

	private static long idOf(WebElement link) {
		String href = link.getAttribute("href");
		return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
	}
}
