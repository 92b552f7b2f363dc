package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.clickAndWait;
import static org.chengguan.browser.WorkbenchFixtures.script;
import static org.chengguan.browser.WorkbenchFixtures.signIn;
import static org.chengguan.browser.WorkbenchFixtures.tap;
import static org.chengguan.browser.WorkbenchFixtures.waitForText;
import static org.chengguan.browser.WorkbenchFixtures.waitUntil;

import java.util.List;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.Action;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The command centre's workbench: queues that refresh themselves when cases change (server-sent events), search by
 * number, bulk dispatch that reports per case, and the case page's answer to a case someone changed meanwhile.
 */
@BrowserTest
class WorkbenchQueueTests {

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
	void theQueueCountsFollowTransitionsLiveAndANumberFindsItsCase() {
		Case reported = fixtures.report("E0104", "人行道上一大片油污，行人容易滑倒");
		try (Browser shiftLeader = signIn(Browser.open(port, false), "shift-leader")) {
			shiftLeader.go("/workbench?queue=TO_FILE&region=" + WorkbenchFixtures.CENTRE_COMMUNITY);
			waitUntil(shiftLeader, d -> "on".equals(script(shiftLeader, "return document.body.dataset.live")));
			long toFile = count(shiftLeader, "TO_FILE");
			long toVerify = count(shiftLeader, "TO_VERIFY");
			script(shiftLeader, "window.notReloaded = true");

			fixtures.act(Action.VERIFY, reported.id());

			waitForText(shiftLeader, "#count-TO_FILE", String.valueOf(toFile + 1));
			waitUntil(shiftLeader, d -> !d.findElements(By.id("row-" + reported.id())).isEmpty());
			assertThat(count(shiftLeader, "TO_VERIFY")).isEqualTo(toVerify - 1);
			assertThat(script(shiftLeader, "return window.notReloaded")).as("refreshed in place").isEqualTo(true);

			shiftLeader.type("#filter-number", reported.number().substring(reported.number().length() - 6));
			clickAndWait(shiftLeader, "#filter-submit");
			assertThat(shiftLeader.text("#queue-total")).isEqualTo("共 1 件");
			assertThat(shiftLeader.has("#row-" + reported.id())).isTrue();
		}
	}

	@Test
	void bulkDispatchSendsEachTickedCaseAndReportsTheOneSomeoneElseDispatchedMeanwhile() {
		List<Case> filed = List.of(
				fixtures.reportAndMove("E0502", "早市摊贩占道经营，堵住人行道", Action.VERIFY, Action.FILE),
				fixtures.reportAndMove("E0505", "共享单车堆在盲道上", Action.VERIFY, Action.FILE),
				fixtures.reportAndMove("C0118", "小区门口两盏路灯不亮", Action.VERIFY, Action.FILE),
				fixtures.reportAndMove("E0201", "单元门口贴满小广告", Action.VERIFY, Action.FILE));
		seedTheOtherQueues();
		try (Browser dispatcher = signIn(Browser.open(port, false), "dispatcher")) {
			assertThat(dispatcher.find("#queue-TO_DISPATCH").getAttribute("class")).contains("active");
			dispatcher.go("/workbench?queue=TO_DISPATCH&region=" + WorkbenchFixtures.CENTRE_COMMUNITY);
			waitUntil(dispatcher, d -> "on".equals(script(dispatcher, "return document.body.dataset.live")));
			List<Case> ticked = filed.subList(0, 3);
			for (Case c : ticked) {
				tap(dispatcher, "#pick-" + c.id());
			}
			script(dispatcher, "window.scrollTo({top: 0, behavior: 'instant'})");
			dispatcher.screenshot("workbench");

			Case quicker = ticked.get(2);
			fixtures.act(Action.DISPATCH, quicker.id());
			waitUntil(dispatcher, d -> !d.findElement(By.id("queue-held")).getAttribute("class").contains("d-none"));
			assertThat(dispatcher.find("#pick-" + quicker.id()).isSelected()).as("the ticks survive the change").isTrue();

			tap(dispatcher, "#bulk-submit");
			waitForText(dispatcher, "#bulk-summary", "批量派遣结果：成功 2 件，失败 1 件");
			assertThat(dispatcher.text("#bulk-" + ticked.get(0).id())).contains("已派遣至 城管执法局");
			assertThat(dispatcher.text("#bulk-" + ticked.get(1).id())).contains("已派遣至 街道办事处");
			assertThat(dispatcher.text("#bulk-" + quicker.id())).contains("有人刚刚修改了这个案卷");
			waitUntil(dispatcher, d -> d.findElements(By.id("row-" + ticked.get(0).id())).isEmpty());
			assertThat(dispatcher.has("#row-" + filed.get(3).id())).as("the unticked case still waits").isTrue();
			script(dispatcher, "window.scrollTo({top: 0, behavior: 'instant'})");
			dispatcher.screenshot("workbench-bulk-dispatch");
		}
		for (Case c : ticked(filed)) {
			assertThat(fixtures.cases.get(fixtures.user("dispatcher"), c.id()).status()).isEqualTo(CaseStatus.DISPATCHED);
		}
	}

	@Test
	void anActionOnACaseSomeoneChangedMeanwhileSaysSoAndOffersToReload() {
		Case verified = fixtures.reportAndMove("E0506", "楼道里堆满纸箱和旧家具", Action.VERIFY);
		String page = "/cases/" + verified.id();
		try (Browser first = signIn(Browser.open(port, false), "shift-leader");
				Browser second = signIn(Browser.open(port, false), "shift-leader")) {
			first.go(page);
			second.go(page);
			clickAndWait(first, "#submit-file");
			assertThat(first.text("#case-status")).isEqualTo("已立案，待派遣");

			WorkbenchFixtures.openAction(second, "void");
			second.type("#comment-void", "不属于城管职责");
			clickAndWait(second, "#submit-void");
			assertThat(second.find("#failure").getAttribute("data-kind")).isEqualTo("stale");
			assertThat(second.text("#failure-message")).startsWith("有人刚刚修改了这个案卷");
			clickAndWait(second, "#reload");
			assertThat(second.text("#case-status")).isEqualTo("已立案，待派遣");
			assertThat(second.has("#action-void") || second.has("#action-file")).isFalse();
		}

		Case another = fixtures.reportAndMove("E0506", "小区花坛边堆放建筑材料", Action.VERIFY);
		try (Browser shiftLeader = signIn(Browser.open(port, false), "shift-leader")) {
			shiftLeader.go("/cases/" + another.id());
			WorkbenchFixtures.openAction(shiftLeader, "void");
			script(shiftLeader, "document.getElementById('comment-void').required = false");
			clickAndWait(shiftLeader, "#submit-void");
			assertThat(shiftLeader.find("#failure").getAttribute("data-kind")).isEqualTo("invalid");
			assertThat(shiftLeader.text("#failure-message")).startsWith("提交的内容不完整或有误");
			assertThat(shiftLeader.text("#case-status")).isEqualTo("已核实，待立案");
		}
	}

	/** A few cases in the other queues, so that the workbench looks like a working day. */
	private void seedTheOtherQueues() {
		fixtures.report("C0305", "垃圾箱破损，垃圾散落一地");
		fixtures.reportAndMove("E0109", "夜间广场舞音响声音过大", Action.VERIFY);
		Case urged = fixtures.reportAndMove("C0301", "公共厕所冲水坏了", Action.VERIFY, Action.FILE, Action.DISPATCH);
		fixtures.act(Action.URGE, urged.id());
		fixtures.reportAndMove("E0103", "路边积存建筑渣土", Action.VERIFY, Action.FILE, Action.DISPATCH, Action.HANDLE);
	}

	private static List<Case> ticked(List<Case> filed) {
		return filed.subList(0, 3);
	}

	private static long count(Browser browser, String queue) {
		return Long.parseLong(browser.text("#count-" + queue));
	}
}
