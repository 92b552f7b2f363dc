package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.attachPhoto;
import static org.chengguan.browser.WorkbenchFixtures.clickAndWait;
import static org.chengguan.browser.WorkbenchFixtures.signIn;
import static org.chengguan.browser.WorkbenchFixtures.waitUntil;

import java.time.Duration;
import java.util.List;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.CaseStatus;
import org.chengguan.geo.GeoPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The whole citizen loop through the pages only, each person in their own browser: a citizen reports exposed garbage
 * with a photo on the 随手拍 page; the grid inspector verifies it from their tasks; the shift leader files it and the
 * dispatcher dispatches it to 环卫处 from the workbench; 环卫处's handler handles it with an after-photo on the
 * department page; the inspector checks it from their tasks; the shift leader closes it; the citizen rates it from
 * "my reports" — and then reads what they were told on "my messages" and finds the reward on "my rewards".
 * <p>
 * The citizen signs in by phone as a new citizen rather than as the demo one: the demo citizen's reports are filed by
 * many tests of the run, and rewards are limited to three a day per citizen.
 */
@BrowserTest
class CitizenLoopLifecycleTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	WorkbenchFixtures workbench;

	MobileFixtures mobile;

	@BeforeEach
	void setUp() {
		workbench = new WorkbenchFixtures(context);
		mobile = new MobileFixtures(context);
	}

	@Test
	void aCitizensReportGoesFromThePhotoToTheRatingTheMessagesAndTheRewardThroughThePagesOnly() {
		GeoPoint spot = workbench.spot();
		try (Browser citizen = MobileFixtures.phone(port)) {
			mobile.signInCitizen(citizen);
			String number = report(citizen, spot);
			long id = idOf(citizen.find("#done-view"));
			String page = "/cases/" + id;
			MobileFixtures.tap(citizen, "#done-mine");
			assertThat(citizen.find("#report-" + number).getText()).contains("暴露垃圾").contains("待核实")
				.contains("翠峰社区");

			inspectorVerifies(number, page);
			shiftLeaderFiles(number, page);
			dispatcherDispatches(number, page);
			handlerHandles(id, page);
			inspectorChecks(number, page);
			shiftLeaderCloses(number, page);

			citizenRates(citizen, number, page);
			assertThat(workbench.cases.get(workbench.user("inspector"), id).status()).isEqualTo(CaseStatus.ANSWERED);

			citizenReadsTheMessages(citizen, number, id);
			citizenFindsTheRewardAndPaysItOut(citizen, number);
		}
	}

	private String report(Browser citizen, GeoPoint spot) {
		MobileFixtures.tap(citizen, "#tab-snap");
		assertThat(citizen.path()).isEqualTo("/citizen/report");
		// the photo and the phone's own position: the spot may lie near the community's edge, where the EXIF's
		// rounded degrees could fall in the neighbouring one
		MobileFixtures.placeDeviceAt(citizen, port, spot);
		citizen.find("#photos-input").sendKeys(MobileFixtures.photo(401).toString());
		citizen.find(".photo-tile.uploaded");
		MobileFixtures.tap(citizen, "#locate-device");
		MobileFixtures.until(citizen, "document.getElementById('location-text').textContent.indexOf('手机定位') >= 0");
		assertThat(citizen.text("#location-text")).contains("翠峰社区");
		citizen.type("#category-search", "垃圾");
		MobileFixtures.tap(citizen, "#category-E0102");
		citizen.type("#description", "小区东门外暴露垃圾，已经堆了两天");
		MobileFixtures.tap(citizen, "#report-submit");
		String number = MobileFixtures.caseNumber(citizen);
		assertThat(citizen.text("#done-message")).contains(number);
		return number;
	}

	private void inspectorVerifies(String number, String page) {
		try (Browser inspector = signIn(MobileFixtures.phone(port), "inspector")) {
			assertThat(inspector.path()).as("an inspector starts at the tasks").startsWith("/inspector");
			WebElement task = task(inspector, "verify", number);
			assertThat(task.getText()).contains("暴露垃圾").contains("待核实");
			assertThat(task.getAttribute("href")).endsWith(page);
			clickAndWait(inspector, "#task-" + number);
			assertThat(inspector.text("#case-status")).isEqualTo("已上报，待核实");
			assertThat(actions(inspector)).containsExactly("action-verify");
			assertThat(inspector.has("#photos-before img.thumb")).as("the citizen's photo").isTrue();
			clickAndWait(inspector, "#submit-verify");
			assertThat(inspector.text("#done")).isEqualTo("已完成：核实");
			assertThat(inspector.text("#case-status")).isEqualTo("已核实，待立案");
			assertThat(actions(inspector)).as("filing is not the inspector's").isEmpty();
		}
	}

	private void shiftLeaderFiles(String number, String page) {
		try (Browser shiftLeader = signIn(Browser.open(port, false), "shift-leader")) {
			shiftLeader.go("/workbench?number=" + number);
			assertThat(shiftLeader.find("#row-" + idOf(page)).getText()).contains("已核实，待立案");
			clickAndWait(shiftLeader, "#row-" + idOf(page) + " a.case-link");
			assertThat(shiftLeader.path()).isEqualTo(page);
			assertThat(actions(shiftLeader)).contains("action-file", "action-void").doesNotContain("action-dispatch");
			clickAndWait(shiftLeader, "#submit-file");
			assertThat(shiftLeader.text("#case-status")).isEqualTo("已立案，待派遣");
			assertThat(shiftLeader.text("#case-proposed")).isEqualTo("环卫处");
			assertThat(actions(shiftLeader)).doesNotContain("action-file", "action-dispatch");
		}
	}

	private void dispatcherDispatches(String number, String page) {
		try (Browser dispatcher = signIn(Browser.open(port, false), "dispatcher")) {
			dispatcher.go("/workbench?number=" + number);
			assertThat(dispatcher.find("#row-" + idOf(page)).getText()).contains("已立案，待派遣");
			dispatcher.go(page);
			assertThat(actions(dispatcher)).contains("action-dispatch").doesNotContain("action-file", "action-void");
			clickAndWait(dispatcher, "#submit-dispatch");
			assertThat(dispatcher.text("#case-status")).isEqualTo("处置中");
			assertThat(dispatcher.text("#case-lead")).startsWith("环卫处");
			assertThat(actions(dispatcher)).doesNotContain("action-dispatch", "action-handle");
		}
	}

	private void handlerHandles(long id, String page) {
		try (Browser handler = signIn(Browser.open(port, false), "handler")) {
			assertThat(handler.path()).as("a department starts at its list").startsWith("/department");
			assertThat(handler.has("#mine #row-" + id)).as("环卫处 has the case to handle").isTrue();
			handler.go(page);
			assertThat(handler.text("#case-status")).isEqualTo("处置中");
			assertThat(actions(handler)).contains("action-handle").doesNotContain("action-close", "action-check-pass");
			handler.go("/department");
			attachPhoto(handler, "#photos-" + id, "#handle-" + id);
			clickAndWait(handler, "#submit-handle-" + id);
			assertThat(handler.text("#done")).isEqualTo("已完成：处置完成");
			assertThat(handler.has("#handled #row-" + id)).as("now waiting for the check").isTrue();
		}
	}

	private void inspectorChecks(String number, String page) {
		try (Browser inspector = signIn(MobileFixtures.phone(port), "inspector")) {
			WebElement task = task(inspector, "check", number);
			assertThat(task.getText()).contains("待核查");
			clickAndWait(inspector, "#task-" + number);
			assertThat(inspector.path()).isEqualTo(page);
			assertThat(inspector.text("#case-status")).isEqualTo("已处置，待核查");
			assertThat(actions(inspector)).containsExactly("action-check-pass", "action-check-fail");
			assertThat(inspector.has("#photos-after img.thumb")).as("the handler's after-photo").isTrue();
			attachPhoto(inspector, "#photos-check-pass", "#form-check-pass");
			clickAndWait(inspector, "#submit-check-pass");
			assertThat(inspector.text("#case-status")).isEqualTo("核查通过，待结案");
			MobileFixtures.screenshot(inspector, "lifecycle-inspector-checked");
		}
	}

	private void shiftLeaderCloses(String number, String page) {
		try (Browser shiftLeader = signIn(Browser.open(port, false), "shift-leader")) {
			shiftLeader.go("/workbench?number=" + number);
			clickAndWait(shiftLeader, "#row-" + idOf(page) + " a.case-link");
			assertThat(actions(shiftLeader)).containsExactly("action-close");
			clickAndWait(shiftLeader, "#submit-close");
			assertThat(shiftLeader.text("#case-status")).isEqualTo("已结案");
			assertThat(shiftLeader.has("#no-actions")).isTrue();
		}
	}

	private void citizenRates(Browser citizen, String number, String page) {
		citizen.go("/citizen");
		WebElement card = citizen.find("#report-" + number);
		assertThat(card.getText()).contains("已办结").contains("待您评价");
		MobileFixtures.tap(citizen, "#report-" + number);
		citizen.awaitPath(page);
		assertThat(citizen.text("#case-status")).isEqualTo("已结案");
		assertThat(citizen.text("#case-reporter")).isEqualTo("您本人");
		assertThat(citizen.has("#photos-before img.thumb") && citizen.has("#photos-after img.thumb")).isTrue();
		assertThat(actions(citizen)).containsExactly("action-feedback");
		WorkbenchFixtures.tap(citizen, "label[for='satisfaction-SATISFIED']");
		citizen.type("#comment-feedback", "清理得很干净，谢谢");
		clickAndWait(citizen, "#submit-feedback");
		assertThat(citizen.text("#case-status")).isEqualTo("已回访，办结");
		assertThat(citizen.text("#case-satisfaction")).isEqualTo("满意");
		assertThat(citizen.has("#no-actions")).isTrue();
		citizen.go("/citizen");
		assertThat(citizen.find("#report-" + number).getText()).contains("已完成").doesNotContain("待您评价");
	}

	/** What the citizen was told: filed, dispatched, handled, and asked to rate — newest first, each a way to the case. */
	private void citizenReadsTheMessages(Browser citizen, String number, long id) {
		MobileFixtures.tap(citizen, "#tab-messages");
		assertThat(citizen.path()).isEqualTo("/citizen/messages");
		// the recording channel delivers through the scheduler, within seconds of each step
		new WebDriverWait(citizen.driver(), Duration.ofSeconds(45)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
			if (d.findElements(By.cssSelector("#messages .message-card")).size() >= 4) {
				return true;
			}
			d.navigate().refresh();
			return false;
		});
		List<WebElement> messages = citizen.driver().findElements(By.cssSelector("#messages .message-card"));
		assertThat(messages).extracting(m -> m.getAttribute("data-kind"))
			.containsExactly("RATE_REQUEST", "HANDLED", "DISPATCHED", "FILED");
		assertThat(messages).allSatisfy(m -> assertThat(m.getText()).contains(number));
		assertThat(messages.get(0).getText()).contains("请您评价").contains("请对处置结果进行评价");
		assertThat(messages.get(2).getText()).contains("已派遣至环卫处处置");
		assertThat(citizen.text("#messages-count")).isEqualTo("共 4 条，4 条未读");
		MobileFixtures.screenshot(citizen, "citizen-messages");

		WorkbenchFixtures.clickAndWait(citizen, "#" + messages.get(0).getAttribute("id") + " .open-case");
		assertThat(citizen.path()).isEqualTo("/cases/" + id);
		citizen.go("/citizen/messages");
		assertThat(citizen.text("#messages-count")).isEqualTo("共 4 条，3 条未读");
		assertThat(citizen.find("#messages .message-card").getAttribute("class")).contains("is-read");

		citizen.go("/citizen/messages?lang=en");
		assertThat(citizen.text("#messages-count")).isEqualTo("4 in all, 3 unread");
		assertThat(citizen.find("#messages .message-kind").getText()).isEqualTo("Please rate");
		citizen.go("/citizen/messages?lang=zh-CN");
	}

	/** The reward credited when the case was filed; paying it out once, and a second time with nothing left. */
	private void citizenFindsTheRewardAndPaysItOut(Browser citizen, String number) {
		MobileFixtures.tap(citizen, "#tab-rewards");
		assertThat(citizen.path()).isEqualTo("/citizen/rewards");
		assertThat(citizen.text("#balance")).isEqualTo("¥2.00");
		assertThat(citizen.text("#credited")).isEqualTo("¥2.00");
		List<WebElement> lines = citizen.driver().findElements(By.cssSelector("#history .ledger-line"));
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0).getText()).contains("上报奖励").contains("有效上报").contains(number).contains("+¥2.00");
		MobileFixtures.screenshot(citizen, "citizen-rewards");

		clickAndWait(citizen, "#payout-submit");
		assertThat(citizen.text("#payout-done")).contains("已申请提现 ¥2.00");
		assertThat(citizen.text("#balance")).isEqualTo("¥0.00");
		assertThat(citizen.driver().findElements(By.cssSelector("#history .ledger-line"))).hasSize(2);
		assertThat(citizen.find("#history .ledger-line").getText()).contains("提现").contains("−¥2.00");

		clickAndWait(citizen, "#payout-submit");
		assertThat(citizen.text("#payout-error")).isEqualTo("余额不足，暂不能提现：可提现余额满 ¥1.00 才能申请。余额没有变动。");
		assertThat(citizen.text("#balance")).isEqualTo("¥0.00");
		assertThat(citizen.text("#credited")).isEqualTo("¥2.00");
		assertThat(citizen.driver().findElements(By.cssSelector("#history .ledger-line"))).as("nothing changed")
			.hasSize(2);
		waitUntil(citizen, d -> {
			d.navigate().refresh();
			return d.findElement(By.cssSelector("#paid")).getText().equals("¥2.00");
		});
		assertThat(citizen.text("#in-payment")).isEqualTo("¥0.00");
	}

	/** The task's card on the inspector's list, loading further pages until it is there. */
	private static WebElement task(Browser inspector, String show, String number) {
		inspector.go("/inspector?show=" + show);
		inspector.find("#tasks");
		for (int more = 0; !inspector.has("#task-" + number) && inspector.has(".more-button") && more < 20; more++) {
			int shown = inspector.driver().findElements(By.cssSelector(".task-card")).size();
			MobileFixtures.tap(inspector, ".more-button");
			waitUntil(inspector, d -> d.findElements(By.cssSelector(".task-card")).size() > shown);
		}
		return inspector.find("#task-" + number);
	}

	/** The ids of the action forms the case page offers. */
	private static List<String> actions(Browser browser) {
		return browser.driver().findElements(By.cssSelector("#actions details.action-card")).stream()
			.map(e -> e.getAttribute("id"))
			.toList();
	}

	private static long idOf(WebElement link) {
		return idOf(link.getAttribute("href"));
	}

	private static long idOf(String href) {
		return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
	}
}
