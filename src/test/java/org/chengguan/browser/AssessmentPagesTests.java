package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.clickAndWait;
import static org.chengguan.browser.WorkbenchFixtures.script;
import static org.chengguan.browser.WorkbenchFixtures.signIn;
import static org.chengguan.browser.WorkbenchFixtures.waitUntil;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.Action;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The assessment's pages: the leader's ranking with its drill-down, the monthly report, the public scoreboard. */
@BrowserTest
class AssessmentPagesTests {

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
	void aLeaderRanksTheDistrictsDrillsDownToAStreetAndOpensTheMonthlyReport() {
		fixtures.reportAndMove("E0102", "小区门口暴露垃圾已清理", Action.VERIFY, Action.FILE, Action.DISPATCH, Action.HANDLE,
				Action.CHECK_PASS, Action.CLOSE);
		fixtures.reportAndMove("E0103", "路边堆着建筑渣土", Action.VERIFY, Action.FILE, Action.DISPATCH);
		try (Browser leader = signIn(Browser.open(port, false), "leader")) {
			leader.driver().manage().window().setSize(new Dimension(1366, 1300));
			clickAndWait(leader, "#dashboard-assessment");
			assertThat(leader.path()).isEqualTo("/assessment");
			assertThat(leader.text("#assessment-title")).isEqualTo("淮北市 · 考核排名");
			assertThat(leader.find("#kind-district").getAttribute("class")).as("districts first").contains("active");
			assertThat(leader.text("#unit-340603 .unit")).isEqualTo("相山区");
			assertThat(leader.text("#unit-340603 .rank")).matches("\\d+");
			assertThat(leader.text("#unit-340603 td[data-key='closureRate']")).matches("\\d+/\\d+ = .*");
			assertThat(leader.text("#kpi-cases")).matches("\\d+");
			assertThat(leader.text("#kpi-closure")).matches("[\\d.]+%|–");
			waitUntil(leader, d -> "yes".equals(script(leader, "return document.getElementById('assessment').dataset.drawn")));
			assertThat(leader.has("#chart-trend canvas")).as("the trend line is drawn by ECharts").isTrue();
			leader.screenshot("assessment");

			clickAndWait(leader, "#unit-340603 a.drill");
			assertThat(leader.path()).startsWith("/assessment?kind=street").contains("region=340603");
			assertThat(leader.text("#assessment-title")).isEqualTo("相山区 · 考核排名");
			assertThat(leader.text("#unit-340603001 .unit")).isEqualTo("相南街道");
			assertThat(leader.text("#drill-path")).contains("淮北市").contains("相山区");
			leader.screenshot("assessment-street");

			clickAndWait(leader, "#unit-340603001 a.late");
			assertThat(leader.text("#late-title")).isEqualTo("相南街道 · 超期案卷");
			leader.driver().navigate().back();

			clickAndWait(leader, "#link-report");
			assertThat(leader.path()).startsWith("/assessment/report");
			assertThat(leader.text("#report-title")).startsWith("淮北市 · ").endsWith("考核月报");
			assertThat(leader.text("#report-rules")).startsWith("考核规则第");
			assertThat(leader.has("#report-district-340603")).isTrue();
			assertThat(leader.driver().findElements(By.cssSelector("section.report-kind"))).hasSize(10);
			leader.screenshot("assessment-report");
		}
	}

	@Test
	void thePublicScoreboardNeedsNoSignInAndTheRankingIsForItsReadersOnly() {
		try (Browser anyone = Browser.open(port, false)) {
			anyone.go("/scoreboard");
			assertThat(anyone.path()).isEqualTo("/scoreboard");
			assertThat(anyone.text("#board-title")).isEqualTo("淮北市城市管理公示");
			assertThat(anyone.text("#board-headline")).startsWith("办结率达").contains("群众满意率达");
			assertThat(anyone.driver().findElements(By.cssSelector("#district-table tbody tr"))).hasSize(4);
			waitUntil(anyone, d -> "yes".equals(script(anyone, "return document.getElementById('scoreboard').dataset.drawn")));
			assertThat(anyone.has("#chart-districts canvas")).isTrue();
			anyone.screenshot("assessment-scoreboard");
			anyone.go("/assessment");
			assertThat(anyone.path()).as("the ranking needs signing in").startsWith("/login");
		}
		try (Browser handler = signIn(Browser.open(port, false), "handler")) {
			handler.go("/assessment");
			assertThat(handler.has("#page-error")).as("a department handler does not read the assessment").isTrue();
		}
	}
}
