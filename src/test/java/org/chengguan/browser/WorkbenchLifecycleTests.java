package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.attachPhoto;
import static org.chengguan.browser.WorkbenchFixtures.clickAndWait;
import static org.chengguan.browser.WorkbenchFixtures.signIn;
import static org.chengguan.browser.WorkbenchFixtures.tap;
import static org.chengguan.browser.WorkbenchFixtures.waitForText;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.CaseStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A citizen's report taken through its whole lifecycle on the desktop pages by the demo users, each in their own
 * browser: the inspector verifies, the shift leader files, the dispatcher dispatches, the department handles with an
 * after-photo, the inspector checks, the shift leader closes, the citizen rates — each seeing exactly the actions
 * that are theirs.
 */
@BrowserTest
class WorkbenchLifecycleTests {

	private static final String SCRIPT = "<script>alert('xss')</script>";

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
	void theDemoUsersTakeACitizensReportFromVerificationToTheRatingThroughThePages() {
		long id = fixtures.report("E0102", "楼下暴露垃圾，已经两天 " + SCRIPT).id();
		String page = "/cases/" + id;

		try (Browser inspector = signIn(Browser.open(port, false), "inspector")) {
			inspector.go(page);
			assertThat(inspector.text("#case-status")).isEqualTo("已上报，待核实");
			assertThat(actions(inspector)).containsExactly("action-verify");
			clickAndWait(inspector, "#submit-verify");
			assertThat(inspector.text("#done")).isEqualTo("已完成：核实");
			assertThat(inspector.text("#case-status")).isEqualTo("已核实，待立案");
		}

		try (Browser shiftLeader = signIn(Browser.open(port, false), "shift-leader")) {
			assertThat(shiftLeader.path()).as("the centre starts at the workbench").startsWith("/workbench");
			assertThat(shiftLeader.find("#queue-TO_FILE").getAttribute("class")).as("a shift leader starts at filing")
				.contains("active");
			shiftLeader.go("/workbench?queue=TO_FILE&region=" + WorkbenchFixtures.CENTRE_COMMUNITY);
			clickAndWait(shiftLeader, "#row-" + id + " a.case-link");
			assertThat(shiftLeader.path()).isEqualTo(page);
			assertThat(actions(shiftLeader)).contains("action-file", "action-void").doesNotContain("action-dispatch");
			clickAndWait(shiftLeader, "#submit-file");
			assertThat(shiftLeader.text("#case-status")).isEqualTo("已立案，待派遣");
			assertThat(shiftLeader.text("#case-proposed")).isEqualTo("环卫处");
		}

		try (Browser dispatcher = signIn(Browser.open(port, false), "dispatcher")) {
			assertThat(dispatcher.find("#queue-TO_DISPATCH").getAttribute("class")).contains("active");
			dispatcher.go("/workbench?queue=TO_DISPATCH&region=" + WorkbenchFixtures.CENTRE_COMMUNITY);
			assertThat(dispatcher.has("#row-" + id)).as("the filed case waits in the dispatch queue").isTrue();
			dispatcher.go(page);
			assertThat(actions(dispatcher)).as("a dispatcher has no file or void button").contains("action-dispatch")
				.doesNotContain("action-file", "action-void");
			assertThat(new Select(dispatcher.find("#dispatch-department")).getFirstSelectedOption().getAttribute("value"))
				.as("the proposed department is preselected").isEqualTo("SANITATION");
			clickAndWait(dispatcher, "#submit-dispatch");
			assertThat(dispatcher.text("#case-status")).isEqualTo("处置中");
			assertThat(dispatcher.text("#case-lead")).startsWith("环卫处");
			assertThat(dispatcher.has("#case-deadline .countdown.dl-GREEN")).as("a fresh handling clock").isTrue();
		}

		try (Browser otherDepartment = signIn(Browser.open(port, false), "handler-2")) {
			otherDepartment.go(page);
			assertThat(otherDepartment.has("#no-actions")).as("园林处 has nothing to do on a case of 环卫处").isTrue();
			assertThat(actions(otherDepartment)).isEmpty();
			otherDepartment.go("/department");
			assertThat(otherDepartment.has("#row-" + id)).isFalse();
		}

		try (Browser handler = signIn(Browser.open(port, false), "handler")) {
			assertThat(handler.path()).as("a department starts at its list").startsWith("/department");
			assertThat(handler.has("#mine #row-" + id)).isTrue();
			attachPhoto(handler, "#photos-" + id, "#handle-" + id);
			clickAndWait(handler, "#submit-handle-" + id);
			assertThat(handler.text("#done")).isEqualTo("已完成：处置完成");
			assertThat(handler.has("#mine #row-" + id)).isFalse();
			assertThat(handler.has("#handled #row-" + id)).as("now waiting for the check").isTrue();
			handler.screenshot("department");
		}

		try (Browser inspector = signIn(Browser.open(port, false), "inspector")) {
			inspector.go(page);
			assertThat(inspector.text("#case-status")).isEqualTo("已处置，待核查");
			assertThat(actions(inspector)).containsExactly("action-check-pass", "action-check-fail");
			assertThat(inspector.has("#photos-after img.thumb")).as("the after-photo is shown").isTrue();
			attachPhoto(inspector, "#photos-check-pass", "#form-check-pass");
			clickAndWait(inspector, "#submit-check-pass");
			assertThat(inspector.text("#case-status")).isEqualTo("核查通过，待结案");
		}

		try (Browser shiftLeader = signIn(Browser.open(port, false), "shift-leader")) {
			shiftLeader.go("/workbench?queue=TO_CLOSE&region=" + WorkbenchFixtures.CENTRE_COMMUNITY);
			clickAndWait(shiftLeader, "#row-" + id + " a.case-link");
			assertThat(actions(shiftLeader)).containsExactly("action-close");
			clickAndWait(shiftLeader, "#submit-close");
			assertThat(shiftLeader.text("#case-status")).isEqualTo("已结案");
			shiftLeader.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1500));
			shiftLeader.screenshot("case-page");
		}

		try (Browser citizen = signIn(Browser.open(port, true), "citizen")) {
			citizen.go(page);
			assertThat(citizen.text("#case-description")).as("a script in a description is text")
				.isEqualTo("楼下暴露垃圾，已经两天 " + SCRIPT);
			assertThat(citizen.driver().findElements(By.cssSelector("#case-description script"))).isEmpty();
			assertNoAlert(citizen);
			assertThat(citizen.text("#case-reporter")).isEqualTo("您本人");
			assertThat(citizen.has("#photos-before img.thumb") && citizen.has("#photos-after img.thumb")).isTrue();
			assertThat(citizen.driver().findElements(By.cssSelector("#timeline .tl-role")))
				.extracting(e -> e.getText())
				.containsExactly("市民", "网格员", "值班长", "派遣员", "专业部门", "网格员", "值班长");
			assertThat(actions(citizen)).containsExactly("action-feedback");
			tap(citizen, "label[for='satisfaction-SATISFIED']");
			citizen.type("#comment-feedback", "处理及时，谢谢");
			clickAndWait(citizen, "#submit-feedback");
			assertThat(citizen.text("#case-status")).isEqualTo("已回访，办结");
			assertThat(citizen.text("#case-satisfaction")).isEqualTo("满意");
			assertThat(citizen.has("#no-actions")).isTrue();
			citizen.screenshot("case-page-citizen");
		}
		assertThat(fixtures.cases.get(fixtures.user("citizen"), id).status()).isEqualTo(CaseStatus.ANSWERED);

		try (Browser stranger = signIn(Browser.open(port, true), "citizen-2")) {
			stranger.go(page);
			assertThat(stranger.has("#public-only")).as("another citizen sees the public part only").isTrue();
			assertThat(stranger.has("#case-description") || stranger.has("#case-reporter") || stranger.has("#actions")
					|| stranger.has("#timeline") || stranger.has("#photos")).isFalse();
			waitForText(stranger, "#case-status", "已回访，办结");
		}
	}

	/** The ids of the action forms the page offers. */
	private static java.util.List<String> actions(Browser browser) {
		return browser.driver().findElements(By.cssSelector("#actions details.action-card")).stream()
			.map(e -> e.getAttribute("id"))
			.toList();
	}

	private static void assertNoAlert(Browser browser) {
		try {
			browser.driver().switchTo().alert();
			throw new AssertionError("a script in the description ran");
		}
		catch (NoAlertPresentException expected) {
			// the description was shown as text
		}
	}
}
