package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.screenshot;
import static org.chengguan.browser.MobileFixtures.script;
import static org.chengguan.browser.MobileFixtures.tap;
import static org.chengguan.browser.MobileFixtures.until;

import java.util.List;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.disclosure.demo.DemoDisclosureLoader;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.demo.DemoUserLoader;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 我的社区城管 at phone width, without signing in: the officers where I am, then the documents and the chart. */
@BrowserTest
class DisclosurePageTests {

	static final GeoPoint CENTRE = new GeoPoint(33.955, 116.798);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Actors actors;

	@Autowired
	RegionDirectory regions;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		context.getBean(DemoUserLoader.class).loadIfAbsent();
		context.getBean(DemoDisclosureLoader.class).loadIfAbsent();
	}

	@Test
	void aVisitorFindsTheirCommunitysOfficerFromWhereTheyAreAndReadsTheDocuments() {
		Actor officer = actors.byUsername("officer").orElseThrow();
		String community = regions.region(officer.scopeRegionCode()).orElseThrow().name();
		List<String> privatePhones = jdbc.sql("SELECT phone FROM disclosure.officer WHERE NOT phone_public").query(String.class).list();
		try (Browser browser = MobileFixtures.phone(port)) {
			MobileFixtures.placeDeviceAt(browser, port, CENTRE);
			browser.go("/disclosure");
			assertThat(browser.path()).as("no sign-in").isEqualTo("/disclosure");
			tap(browser, "#officers-locate");
			// the page may already be searching on its own (the permission is granted): the tap's answer replaces that
			// one's, so read the texts in one script call each, never through an element that may be replaced
			until(browser, "document.getElementById('officers-result').hasAttribute('data-searched')"
					+ " && document.getElementById('community-card') !== null");
			assertThat((String) script(browser, "return document.getElementById('community-name').textContent.trim();"))
				.isEqualTo(community);
			assertThat((String) script(browser, "return document.getElementById('community-card').textContent;"))
				.contains(officer.displayName(), "监督电话", "投诉方式", "工作站");
			until(browser, "Array.from(document.querySelectorAll('.officer-photo')).every(i => i.complete && i.naturalWidth > 0)");
			assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".officer-phone")))
				.as("the station chief's phone is public").isNotEmpty();
			String html = browser.driver().getPageSource();
			privatePhones.forEach(phone -> assertThat(html).doesNotContain(phone));
			assertThat((Boolean) script(browser, "return document.documentElement.scrollWidth <= window.innerWidth;"))
				.as("fits 375 px").isTrue();
			screenshot(browser, "disclosure-officers");

			tap(browser, "#doc-item-list");
			until(browser, "document.getElementById('document-title') !== null");
			assertThat(browser.text("#document-title")).isEqualTo("城管进社区事项清单");
			assertThat(browser.text("#document")).contains("法律依据", "《城市市容和环境卫生管理条例》", "城管执法局");
			screenshot(browser, "disclosure-item-list");

			tap(browser, "#doc-workflow");
			until(browser, "(function (i) { return i && i.complete && i.naturalWidth > 0; })(document.getElementById('workflow-chart'))");
			screenshot(browser, "disclosure-workflow");
		}
		try (Browser desktop = Browser.open(port, false)) {
			desktop.go("/disclosure/workflow");
			until(desktop, "(function (i) { return i && i.complete && i.naturalWidth > 0; })(document.getElementById('workflow-chart'))");
			desktop.screenshot("disclosure-workflow-desktop");
		}
	}

	@Test
	void aTappedPointOnTheMapShowsTheCommunityThere() {
		try (Browser browser = MobileFixtures.phone(port)) {
			browser.go("/disclosure");
			browser.find("#officers-map.leaflet-container");
			tap(browser, "#officers-map");
			until(browser, "document.getElementById('community-name') !== null");
			String searched = browser.find("#officers-result").getAttribute("data-searched");
			String[] latLon = searched.split(",");
			String expected = regions.locate(new GeoPoint(Double.parseDouble(latLon[0]), Double.parseDouble(latLon[1])))
				.orElseThrow().community().orElseThrow().name();
			assertThat(browser.text("#community-name")).isEqualTo(expected);
			assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".officer"))).isNotEmpty();
		}
	}
}
