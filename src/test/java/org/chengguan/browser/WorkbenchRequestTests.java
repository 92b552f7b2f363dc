package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.attachPhoto;
import static org.chengguan.browser.WorkbenchFixtures.clickAndWait;
import static org.chengguan.browser.WorkbenchFixtures.openAction;
import static org.chengguan.browser.WorkbenchFixtures.signIn;
import static org.chengguan.browser.WorkbenchFixtures.tap;

import java.util.List;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.Action;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The side roads of the lifecycle on the pages: a department's requests and the dispatcher's decisions, the
 * citizen's 不满意 that reopens a case to the community officer, supervision, and duplicates linked by hand.
 */
@BrowserTest
class WorkbenchRequestTests {

	private static final String CENTRE = WorkbenchFixtures.CENTRE_COMMUNITY;

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
	void theDispatcherDecidesTheDepartmentsExtensionAndReturnRequests() {
		Case extended = fixtures.reportAndMove("C0305", "垃圾箱盖子坏了，需要更换", Action.VERIFY, Action.FILE,
				Action.DISPATCH);
		Case returned = fixtures.reportAndMove("E0103", "工地门口堆着渣土，不是环卫的活", Action.VERIFY, Action.FILE,
				Action.DISPATCH);
		try (Browser handler = signIn(Browser.open(port, false), "handler")) {
			handler.go("/cases/" + extended.id() + "?back=department");
			openAction(handler, "request-extension");
			handler.type("#form-request-extension input[name='extensionAmount']", "2");
			new Select(handler.find("#form-request-extension select[name='extensionUnit']")).selectByValue("WORK_DAYS");
			handler.type("#comment-request-extension", "需要订购新的垃圾箱");
			clickAndWait(handler, "#submit-request-extension");
			assertThat(handler.path()).as("back to the department's list").startsWith("/department");
			assertThat(handler.has("#mine #row-" + extended.id() + " .badge.text-bg-warning")).isTrue();

			handler.go("/cases/" + returned.id());
			openAction(handler, "request-return");
			handler.type("#comment-request-return", "渣土属于城管执法局管理");
			clickAndWait(handler, "#submit-request-return");
			assertThat(handler.text("#pending-request")).isEqualTo("处置部门申请回退");
			assertThat(handler.has("#action-handle")).as("nothing to do while the request waits").isFalse();
		}
		try (Browser dispatcher = signIn(Browser.open(port, false), "dispatcher")) {
			dispatcher.go("/workbench?queue=REQUESTS&region=" + CENTRE);
			assertThat(dispatcher.has("#row-" + extended.id()) && dispatcher.has("#row-" + returned.id())).isTrue();
			clickAndWait(dispatcher, "#row-" + extended.id() + " a.case-link");
			assertThat(dispatcher.text("#pending-request")).isEqualTo("处置部门申请延期 2 工作日");
			assertThat(actions(dispatcher).get(0)).as("the decision comes first").isEqualTo("action-approve-extension");
			clickAndWait(dispatcher, "#submit-approve-extension");
			assertThat(lastDetail(dispatcher)).startsWith("已同意，新的截止时间 ");

			dispatcher.go("/cases/" + returned.id());
			clickAndWait(dispatcher, "#submit-approve-return");
			assertThat(dispatcher.text("#case-status")).isEqualTo("已立案，待派遣");
			dispatcher.go("/workbench?queue=TO_DISPATCH&region=" + CENTRE);
			assertThat(dispatcher.text("#row-" + returned.id() + " .badge.text-bg-info")).isEqualTo("回退 1");
		}
		assertThat(fixtures.cases.get(fixtures.user("dispatcher"), extended.id()).counters().extensions()).isEqualTo(1);
	}

	@Test
	void aCitizensNotSatisfiedReopensTheCaseToTheCommunityOfficerWhoHandlesIt() {
		Case closed = fixtures.reportAndMove("E0104", "门口的路面油污还在", Action.VERIFY, Action.FILE, Action.DISPATCH,
				Action.HANDLE, Action.CHECK_PASS, Action.CLOSE);
		try (Browser citizen = signIn(Browser.open(port, true), "citizen")) {
			citizen.go("/cases/" + closed.id());
			tap(citizen, "label[for='satisfaction-UNSATISFIED']");
			citizen.type("#comment-feedback", "油污没有清理干净");
			clickAndWait(citizen, "#submit-feedback");
			assertThat(citizen.text("#case-status")).isEqualTo("处置中");
			assertThat(citizen.text("#case-satisfaction")).isEqualTo("不满意");
		}
		try (Browser officer = signIn(Browser.open(port, false), "officer")) {
			assertThat(officer.path()).startsWith("/department");
			assertThat(officer.text("#department-title")).isEqualTo("翠峰社区 · 社区城管队员");
			assertThat(officer.has("#mine #row-" + closed.id())).as("reopened to the community team").isTrue();
			attachPhoto(officer, "#photos-" + closed.id(), "#handle-" + closed.id());
			clickAndWait(officer, "#submit-handle-" + closed.id());
			assertThat(officer.text("#done")).isEqualTo("已完成：处置完成");
		}
		assertThat(fixtures.cases.get(fixtures.user("officer"), closed.id()).status()).isEqualTo(CaseStatus.HANDLED);
	}

	@Test
	void theLeaderSupervisesAndTheOperatorLinksADuplicateByItsNumber() {
		Case late = fixtures.reportAndMove("E0508", "楼下电动车飞线充电", Action.VERIFY, Action.FILE, Action.DISPATCH);
		Case master = fixtures.report("E0202", "商铺门头违规户外广告");
		Case again = fixtures.report("E0202", "商铺门头广告牌摇摇欲坠");
		try (Browser leader = signIn(Browser.open(port, false), "leader")) {
			leader.go("/cases/" + late.id());
			assertThat(actions(leader)).containsExactly("action-urge", "action-supervise");
			openAction(leader, "supervise");
			leader.type("#comment-supervise", "请本周内处置到位");
			clickAndWait(leader, "#submit-supervise");
			assertThat(leader.text("#supervised")).isEqualTo("督办件");
		}
		try (Browser operator = signIn(Browser.open(port, false), "operator")) {
			operator.go("/cases/" + again.id());
			openAction(operator, "link-duplicate");
			operator.type("#form-link-duplicate input[name='master']", master.number());
			clickAndWait(operator, "#submit-link-duplicate");
			assertThat(operator.text("#case-status")).isEqualTo("重复上报，已合并");
			assertThat(operator.find("#master a").getText()).isEqualTo(master.number());
			clickAndWait(operator, "#submit-unlink-duplicate");
			assertThat(operator.text("#case-status")).isEqualTo("已上报，待核实");
		}
	}

	private static List<String> actions(Browser browser) {
		return browser.driver().findElements(By.cssSelector("#actions details.action-card")).stream()
			.map(e -> e.getAttribute("id"))
			.toList();
	}

	private static String lastDetail(Browser browser) {
		List<WebElement> details = browser.driver().findElements(By.cssSelector("#timeline .tl-detail"));
		return details.get(details.size() - 1).getText();
	}
}
