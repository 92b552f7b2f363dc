package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.clickAndWait;
import static org.chengguan.browser.WorkbenchFixtures.signIn;

import java.time.LocalDate;
import java.util.Map;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.Action;
import org.chengguan.citizens.rewards.RewardReports;
import org.chengguan.citizens.rewards.RewardSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Who opens the citizens' pages and the rewards' summary, what a bad request to them is told, and the desktop pages
 * on a phone's 375 px: the navbar wraps, and nothing makes the page wider than the screen.
 */
@BrowserTest
class CitizenPagesAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RewardReports rewards;

	WorkbenchFixtures workbench;

	MobileFixtures mobile;

	@BeforeEach
	void setUp() {
		workbench = new WorkbenchFixtures(context);
		mobile = new MobileFixtures(context);
	}

	@Test
	void theCitizensPagesAreTheirsAloneAndTheSummaryIsTheAdministratorsAlone() {
		try (Browser nobody = Browser.open(port, false)) {
			nobody.go("/citizen/rewards");
			assertThat(nobody.awaitPath("/login")).as("not signed in: to the sign-in page").startsWith("/login");
			nobody.go("/admin/rewards");
			assertThat(nobody.awaitPath("/login")).startsWith("/login");
		}
		try (Browser inspector = signIn(MobileFixtures.phone(port), "inspector")) {
			inspector.go("/citizen/messages");
			assertThat(inspector.find("#page-error").getAttribute("data-status")).isEqualTo("403");
			assertThat(inspector.has("#messages-page")).isFalse();
			inspector.go("/citizen/rewards");
			assertThat(inspector.find("#page-error").getAttribute("data-status")).isEqualTo("403");
			inspector.go("/admin/rewards");
			assertThat(inspector.find("#page-error").getAttribute("data-status")).isEqualTo("403");
		}
		try (Browser citizen = MobileFixtures.phone(port)) {
			mobile.signInCitizen(citizen);
			citizen.go("/admin/rewards");
			assertThat(citizen.find("#page-error").getAttribute("data-status")).isEqualTo("403");
			assertThat(citizen.has("#reward-summary")).isFalse();

			citizen.go("/citizen/messages");
			assertThat(citizen.text("#no-messages")).startsWith("还没有消息");
			assertThat(citizen.find("#tab-messages").getAttribute("class")).contains("active");
			citizen.go("/citizen/rewards");
			assertThat(citizen.text("#balance")).isEqualTo("¥0.00");
			assertThat(citizen.text("#no-history")).startsWith("还没有奖励记录");

			// a payout without the form's key is refused on the page; with nothing to pay, the refusal says so
			assertThat(post(citizen, "/citizen/rewards/payout", "")).containsEntry("status", 400L)
				.extracting(m -> m.get("body")).asString().contains("提现申请不完整，没有办理。");
			clickAndWait(citizen, "#payout-submit");
			assertThat(citizen.text("#payout-error")).startsWith("余额不足，暂不能提现");
			assertThat(citizen.text("#balance")).isEqualTo("¥0.00");
			assertThat(citizen.has("#history")).as("no payout was made").isFalse();

			citizen.go("/citizen/rewards?lang=en");
			assertThat(citizen.text("h1")).isEqualTo("My rewards");
			assertThat(citizen.text("#tab-rewards")).isEqualTo("Rewards");
			citizen.go("/citizen/rewards?lang=zh-CN");
		}
	}

	@Test
	void theAdministratorFindsTheRewardsTotalsOnTheirHomeAndIsToldWhenAPeriodCannotBeRead() {
		LocalDate today = LocalDate.now(rewards.zone());
		RewardSummary expected = rewards.summary(today.minusDays(29), today);
		try (Browser admin = signIn(Browser.open(port, false), "admin")) {
			assertThat(admin.path()).startsWith("/home");
			clickAndWait(admin, "#link-reward-summary");
			assertThat(admin.path()).isEqualTo("/admin/rewards");
			assertThat(admin.text("#credited")).isEqualTo(expected.credited().toString());
			assertThat(admin.text("#rewards")).isEqualTo(expected.rewards() + " 笔");
			assertThat(admin.text("#ledger")).isEqualTo("借贷平衡");
			assertThat(admin.text("#period")).contains(today.toString()).contains("Asia/Shanghai");
			admin.screenshot("admin-reward-summary");

			admin.go("/admin/rewards?from=2026-13-01&to=2026-11-30");
			assertThat(admin.text("#period-error")).contains("无法按“2026-13-01 – 2026-11-30”查询");
			assertThat(admin.text("#period")).as("the last 30 days instead").contains(today.toString());
			admin.go("/admin/rewards?from=2026-11-30&to=2026-11-01");
			assertThat(admin.text("#period-error")).contains("起始不晚于结束");

			admin.go("/admin/rewards?from=" + today + "&to=" + today + "&lang=en");
			assertThat(admin.text("h1")).isEqualTo("Rewards summary");
			assertThat(admin.text("#period")).startsWith(today + " to " + today);
			admin.go("/admin/rewards?lang=zh-CN");
		}
	}

	@Test
	void theWorkbenchAndTheCasePageFitAPhoneWithTheNavbarWrapped() {
		long id = workbench.reportAndMove("E0102", "手机上看工作台", Action.VERIFY).id();
		try (Browser shiftLeader = signIn(MobileFixtures.phone(port), "shift-leader")) {
			assertThat(shiftLeader.path()).startsWith("/workbench");
			assertFitsTheScreen(shiftLeader, "the workbench");
			MobileFixtures.screenshot(shiftLeader, "workbench-375");
			shiftLeader.go("/cases/" + id);
			shiftLeader.find("#case-status");
			assertFitsTheScreen(shiftLeader, "the case page");
			assertThat(shiftLeader.find("#sign-out").isDisplayed()).as("signing out is still on the screen").isTrue();
			MobileFixtures.screenshot(shiftLeader, "case-page-375");
		}
	}

	/**
	 * Nothing wider than the screen: a phone's browser zooms out to show an overflowing page, so the window must also
	 * still be the phone's 375 px.
	 */
	private static void assertFitsTheScreen(Browser browser, String what) {
		Object fits = MobileFixtures.script(browser, "return document.documentElement.scrollWidth + ' <= '"
				+ " + window.innerWidth + ' <= 375';");
		assertThat((Boolean) MobileFixtures.script(browser, "return document.documentElement.scrollWidth "
				+ "<= window.innerWidth && window.innerWidth <= 375;")).as("%s fits 375 px (%s)", what, fits).isTrue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> post(Browser browser, String path, String key) {
		return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
				var done = arguments[arguments.length - 1], headers = {
				    'Content-Type': 'application/x-www-form-urlencoded' };
				headers[document.querySelector('meta[name=_csrf_header]').content] =
				    document.querySelector('meta[name=_csrf]').content;
				fetch(arguments[0], { method: 'POST', headers: headers, body: 'key=' + encodeURIComponent(arguments[1]) })
				  .then(function (r) { return r.text().then(function (t) { done({ status: r.status, body: t }); }); })
				  .catch(function (e) { done({ status: -1, body: String(e) }); });
				""", path, key);
	}
}
