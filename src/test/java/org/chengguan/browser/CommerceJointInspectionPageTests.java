package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.screenshot;
import static org.chengguan.browser.MobileFixtures.tap;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.commerce.CommerceFixtures;
import org.chengguan.identity.Actors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A joint inspection (综合查一次) at phone width: an inspector opens a merchant's record, sees the owner in full (staff
 * of the region), marks one item of 城管执法 failed with "立案" and one of 消防 passed, and submits; the record shows the
 * visit with the failed item linked to the case it opened, which is about the merchant. A second routine visit is
 * refused in words and saves nothing.
 */
@BrowserTest
class CommerceJointInspectionPageTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseManagement cases;

	@Autowired
	Actors actors;

	@Autowired
	JdbcClient jdbc;

	CommerceFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CommerceFixtures(context, port);
	}

	@Test
	void anInspectorRecordsAJointInspectionWhoseFailedItemOpensACaseAboutTheMerchant() {
		long id = fixtures.merchant("测试页面联检饭店", null).get("id").asLong();
		String inspector = fixtures.userName(fixtures.inspector());
		try (Browser browser = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(browser, inspector);
			browser.go("/commerce/merchants/" + id);
			assertThat(browser.text("#merchant-name")).isEqualTo("测试页面联检饭店");
			assertThat(browser.text("#merchant-phone")).isEqualTo("13912345678");
			assertThat(browser.text("#visits-none")).isEqualTo("还没有联合检查记录。");

			tap(browser, "#result-ENF_OUTSIDE-FAIL");
			tap(browser, "#case-ENF_OUTSIDE");
			browser.type("#note-ENF_OUTSIDE", "门前摆放货架占道");
			browser.find("#photo-ENF_OUTSIDE").sendKeys(MobileFixtures.photo(731).toString());
			MobileFixtures.until(browser, "document.querySelectorAll('input[name=photos_ENF_OUTSIDE]').length === 1");
			tap(browser, "#result-FIRE_EXTINGUISHER-PASS");
			screenshot(browser, "commerce-joint-inspection-form");
			tap(browser, "#visit-submit");

			browser.find("#commerce-notice");
			assertThat(browser.text("#commerce-notice")).isEqualTo("检查记录已保存，不合格 1 项，立案 1 件。");
			assertThat(browser.text(".visit .visit-failed")).isEqualTo("不合格 1 项");
			assertThat(browser.text(".visit li[data-item='ENF_OUTSIDE']")).contains("城管执法").contains("不合格")
				.contains("门前摆放货架占道");
			assertThat(browser.text(".visit li[data-item='FIRE_EXTINGUISHER']")).contains("消防").contains("合格");
			String href = browser.find(".visit li[data-item='ENF_OUTSIDE'] a.visit-case").getAttribute("href");
			long caseId = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
			screenshot(browser, "commerce-joint-inspection-recorded");

			Case opened = cases.get(actors.byUsername(inspector).orElseThrow(), caseId);
			assertThat(opened.subject().reference()).isEqualTo("merchant:" + id);
			assertThat(opened.categoryCode()).isEqualTo("E0503");
			assertThat(opened.description()).contains("门前摆放货架占道");
			String photoId = jdbc.sql("SELECT photo_ids[1] FROM commerce.visit_result r JOIN commerce.joint_visit v "
					+ "ON v.id = r.visit_id WHERE v.merchant_id = ? AND r.item_code = 'ENF_OUTSIDE'").param(id)
				.query(String.class).single();
			assertThat(jdbc.sql("SELECT case_id FROM cases.photo WHERE id = CAST(? AS uuid)").param(photoId)
				.query(Long.class).single()).as("the failed item's photo went to its case").isEqualTo(caseId);
			assertThat(browser.has(".visit li[data-item='ENF_OUTSIDE'] img.visit-photo")).isTrue();

			tap(browser, ".visit li[data-item='ENF_OUTSIDE'] a.visit-case");
			browser.awaitPath("/cases/" + caseId);
			assertThat(browser.text("#case-subject")).isEqualTo("测试页面联检饭店");

			browser.go("/commerce/merchants/" + id);
			tap(browser, "#result-ENF_CLEAN-PASS");
			tap(browser, "#visit-submit");
			browser.find("#commerce-failure");
			assertThat(browser.text("#visit-too-soon")).startsWith("该商户已于 ").contains("前不再例行上门");
			assertThat(browser.text("#commerce-failure")).contains("未保存：");
			assertThat(jdbc.sql("SELECT count(*) FROM commerce.joint_visit WHERE merchant_id = ?").param(id)
				.query(Long.class).single()).isEqualTo(1);
		}
	}
}
