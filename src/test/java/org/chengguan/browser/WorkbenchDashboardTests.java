package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.script;
import static org.chengguan.browser.WorkbenchFixtures.signIn;
import static org.chengguan.browser.WorkbenchFixtures.waitUntil;

import java.util.Arrays;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.QueueCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The leader's dashboard, and who may open which desktop page. */
@BrowserTest
class WorkbenchDashboardTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	WorkbenchFixtures fixtures;

	@BeforeEach
	void demo() {
		fixtures = new WorkbenchFixtures(context);
	}

	@Test
	void theLeaderSeesTodaysFiguresByDistrictOnAMapAndInCharts() {
		fixtures.report("E0105", "小河沟里漂着塑料袋和泡沫");
		fixtures.reportAndMove("C0405", "绿地被踩出一条路", Action.VERIFY);
		fixtures.reportAndMove("E0302", "工地扬尘很大，没有覆盖", Action.VERIFY, Action.FILE, Action.DISPATCH);
		fixtures.reportAndMove("E0507", "绿化带里的灌木被人挖走", Action.VERIFY, Action.FILE);
		fixtures.reportAndMove("E0108", "烧烤店油烟直排进居民楼", Action.VERIFY, Action.FILE, Action.DISPATCH);
		fixtures.reportAndMove("C0211", "路口护栏被撞歪", Action.VERIFY, Action.FILE, Action.DISPATCH);
		fixtures.report("E0503", "水果店把货架摆到人行道上");
		try (Browser leader = signIn(Browser.open(port, false), "leader")) {
			assertThat(leader.path()).as("a leader starts at the dashboard").isEqualTo("/dashboard");
			assertThat(leader.text("#dashboard-title")).isEqualTo("淮北市 · 城市管理态势");
			QueueCounts counts = fixtures.cases.queueCounts(fixtures.user("leader"), null);
			long open = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).mapToLong(counts::of).sum();
			assertThat(Long.parseLong(leader.text("#tile-open"))).isEqualTo(open);
			assertThat(Long.parseLong(leader.text("#tile-overdue"))).isEqualTo(counts.overdue());
			assertThat(Long.parseLong(leader.text("#tile-intake"))).as("today's reports").isGreaterThanOrEqualTo(7);
			assertThat(leader.text("#area-340603 td")).isEqualTo("相山区");
			assertThat(leader.driver().findElements(By.cssSelector("#area-table tbody tr"))).hasSize(4);

			waitUntil(leader, d -> "yes".equals(script(leader, "return document.getElementById('dashboard').dataset.drawn")));
			for (String chart : new String[] { "#chart-areas", "#chart-trend", "#chart-statuses", "#chart-categories" }) {
				assertThat(leader.has(chart + " canvas")).as(chart + " is drawn by ECharts").isTrue();
			}
			waitUntil(leader, d -> d.findElements(By.cssSelector("#dashboard-map .map-label")).size() == 4);
			leader.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1500));
			leader.screenshot("dashboard");

			leader.go("/dashboard?lang=en");
			assertThat(leader.text("#dashboard-title")).isEqualTo("淮北市 · city management today");
			assertThat(leader.text("#tile-open")).isEqualTo(String.valueOf(open));
		}
	}

	@Test
	void eachDeskOpensOnlyForItsRoles() {
		try (Browser handler = signIn(Browser.open(port, false), "handler")) {
			handler.go("/workbench");
			assertThat(handler.has("#page-error")).as("a department has no workbench").isTrue();
			assertThat(handler.text("#page-error h1")).isEqualTo("您没有权限查看此内容。");
			handler.go("/dashboard");
			assertThat(handler.has("#page-error")).isTrue();
			assertThat(handler.has("#tab-workbench") || handler.has("#tab-dashboard")).isFalse();
		}
		try (Browser citizen = signIn(Browser.open(port, true), "citizen")) {
			for (String page : new String[] { "/workbench", "/department", "/dashboard" }) {
				citizen.go(page);
				assertThat(citizen.has("#page-error")).as(page).isTrue();
			}
			citizen.go("/cases/999999999");
			assertThat(citizen.text("#page-error h1")).isEqualTo("找不到您要查看的内容。");
		}
		try (Browser anonymous = Browser.open(port, false)) {
			anonymous.go("/workbench");
			assertThat(anonymous.path()).as("sent to sign in first").startsWith("/login");
		}
		// beside the tabs, each desk links the engagement desks its roles work at
		try (Browser operator = signIn(Browser.open(port, false), "operator")) {
			operator.go("/workbench");
			assertThat(operator.has("#tab-open-days")).isFalse();
			operator.click("#tab-hotline");
			assertThat(operator.awaitPath("/engagement/hotline")).isEqualTo("/engagement/hotline");
			assertThat(operator.has("#page-error")).isFalse();
		}
		try (Browser officer = signIn(Browser.open(port, false), "officer")) {
			officer.go("/department");
			assertThat(officer.has("#tab-hotline")).isFalse();
			officer.click("#to-merchants");
			assertThat(officer.awaitPath("/commerce/merchants")).isEqualTo("/commerce/merchants");
			assertThat(officer.has("#page-error")).isFalse();
			officer.go("/department");
			officer.click("#tab-open-days");
			assertThat(officer.awaitPath("/engagement/open-days")).isEqualTo("/engagement/open-days");
			assertThat(officer.has("#page-error")).isFalse();
		}
	}
}
