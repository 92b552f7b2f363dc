package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.photo;
import static org.chengguan.browser.MobileFixtures.screenshot;
import static org.chengguan.browser.MobileFixtures.tap;
import static org.chengguan.browser.MobileFixtures.until;


import java.util.List;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.geo.GeoPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The grid inspector's pages at phone width: tasks with countdowns, the patrol report with 自处理, the grids map. */
@BrowserTest
class MobileInspectorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseManagement cases;

	MobileFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new MobileFixtures(context);
	}

	@Test
	void theInspectorSeesCasesToVerifyAndToCheckByDeadlineWithCountdowns() {
		Case toVerify = report("C0203", "公交站亭顶棚破了一个大洞");
		Case toCheck = fixtures.handled(report("C0126", "健身器材松动，已修好待核查"));
		try (Browser browser = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(browser, fixtures.inspector().username());
			assertThat(browser.path()).as("an inspector starts at the tasks").isEqualTo("/inspector");

			WebElement verify = browser.find("#task-" + toVerify.number());
			assertThat(verify.getText()).contains("公交站亭").contains("待核实").contains("公交站亭顶棚破了一个大洞");
			assertThat(verify.getAttribute("class")).contains("deadline-GREEN");
			assertThat(verify.getAttribute("href")).endsWith("/cases/" + toVerify.id());
			until(browser, "document.querySelector('#task-" + toVerify.number() + " .countdown').textContent"
					+ ".indexOf('剩余') === 0");
			assertThat(verify.findElement(By.cssSelector(".countdown")).getText()).matches("剩余 .*(天|小时|分钟).*");

			WebElement check = browser.find("#task-" + toCheck.number());
			assertThat(check.getText()).contains("待核查");
			List<String> order = browser.driver().findElements(By.cssSelector(".task-card")).stream()
				.map(e -> e.getAttribute("data-deadline")).toList();
			assertThat(order).as("nearest deadline first").isSorted();
			screenshot(browser, "inspector-tasks");

			tap(browser, "#show-check");
			browser.find("#task-" + toCheck.number());
			assertThat(browser.has("#task-" + toVerify.number())).isFalse();

			// a deadline in the past turns the card red and counts up
			MobileFixtures.script(browser, "var card = document.querySelector('#task-" + toCheck.number() + "');"
					+ "card.setAttribute('data-deadline', new Date(Date.now() - 10 * 60000 - 5000).toISOString());"
					+ "htmx.trigger(document.body, 'htmx:afterSwap');");
			WebElement late = browser.find("#task-" + toCheck.number());
			assertThat(late.findElement(By.cssSelector(".countdown")).getText()).isEqualTo("已超时 10 分钟");
			assertThat(late.getAttribute("class")).contains("deadline-RED");
		}
	}

	@Test
	void aPatrolReportFixedOnTheSpotNeedsAnAfterPhotoAndIsClosedAtOnce() {
		GeoPoint spot = fixtures.nextSpot();
		try (Browser browser = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(browser, fixtures.inspector().username());
			tap(browser, "#tab-patrol");
			assertThat(browser.path()).isEqualTo("/inspector/report");
			browser.find("#photos-input").sendKeys(photo(201, spot).toString());
			browser.find("#picker-photos .photo-tile.uploaded");
			tap(browser, "#use-photo-location");
			until(browser, "document.getElementById('location-text').textContent.indexOf('和平东社区') >= 0");
			browser.type("#category-search", "小广告");
			tap(browser, "#category-E0201");
			browser.type("#description", "电线杆上贴满小广告");
			tap(browser, "#self-handled");
			tap(browser, "#report-submit");
			assertThat(browser.text("#error-afterPhotos")).isEqualTo("现场自处理需要上传处理后的照片。");

			browser.find("#after-photos-input").sendKeys(photo(202).toString());
			browser.find("#picker-afterPhotos .photo-tile.uploaded");
			screenshot(browser, "inspector-report");
			tap(browser, "#report-submit");
			String number = MobileFixtures.caseNumber(browser);
			assertThat(browser.text("#done-message")).contains("自处理").contains(number);
			String href = browser.find("#done-view").getAttribute("href");
			Case c = cases.get(fixtures.inspector(), Long.parseLong(href.substring(href.lastIndexOf('/') + 1)));
			assertThat(c.channel()).isEqualTo(Channel.INSPECTOR);
			assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
			assertThat(c.location().distanceMetres(spot)).isLessThan(1);
		}
	}

	@Test
	void theInspectorSeesTheirGridsOnTheMap() {
		int grids = fixtures.grids().size();
		try (Browser browser = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(browser, fixtures.inspector().username());
			tap(browser, "#tab-grids");
			assertThat(browser.text("#grid-count")).isEqualTo("共 " + grids + " 个网格");
			until(browser, "document.querySelectorAll('#grids-map path').length >= " + grids);
			assertThat(browser.text("#grid-areas")).contains("和平东社区");
			screenshot(browser, "inspector-grids");
		}
	}

	private Case report(String category, String description) {
		GeoPoint spot = fixtures.nextSpot();
		return cases.report(fixtures.citizen(), new ReportCommand(category, description, spot.lat(), spot.lon(), null,
				Channel.CITIZEN_APP, null, null, null, null, null), null).reported();
	}
}
