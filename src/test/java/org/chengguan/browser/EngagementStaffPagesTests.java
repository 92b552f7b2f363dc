package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.script;
import static org.chengguan.browser.MobileFixtures.until;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.TestUsers;
import org.chengguan.engagement.EngagementFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The staff's engagement pages in a desktop browser: an operator registers a consultation at the hotline desk and sees
 * the caller's number in full on the call's screen only (masked in the desk's list); an officer creates an open day
 * with the form and finds it in the list.
 */
@BrowserTest
class EngagementStaffPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void anOperatorRegistersAConsultationAndSeesTheFullNumberOnlyOnTheCallsScreen() {
		new TestUsers(context).ensure(EngagementFixtures.OPERATOR);
		String phone = EngagementFixtures.phone();
		String masked = phone.substring(0, 3) + "****" + phone.substring(7);
		try (Browser desk = Browser.open(port, false)) {
			MobileFixtures.signInStaff(desk, EngagementFixtures.OPERATOR.username());
			desk.go("/engagement/hotline");
			desk.click("label[for='kind-CONSULTATION']");
			desk.type("#caller-name", "冯咨询").type("#caller-phone", phone).type("#call-content", "夜市在哪里？")
				.type("#call-answer", "相山区夜市在淮海路，18:00–23:00 开放");
			desk.click("#call-submit");
			desk.awaitPath("/engagement/hotline/calls/");
			assertThat(desk.text("#call-notice")).isEqualTo("咨询已答复并办结。");
			assertThat(desk.text("#call-phone")).isEqualTo(phone);
			assertThat(desk.text("#call-state")).isEqualTo("已答复");
			desk.screenshot("hotline-call");
			desk.go("/engagement/hotline");
			assertThat(desk.text("#calls tbody")).contains(masked).doesNotContain(phone);
			desk.screenshot("hotline-desk");
		}
	}

	@Test
	void anOfficerCreatesAnOpenDayWithTheForm() {
		new TestUsers(context).ensure(EngagementFixtures.OFFICER);
		String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
		try (Browser office = Browser.open(port, false)) {
			MobileFixtures.signInStaff(office, EngagementFixtures.OFFICER.username());
			office.go("/engagement/open-days");
			office.type("#od-title", "开放日·浏览器创建").type("#od-description", "参观指挥中心")
				.type("#od-place", "翠峰社区工作站").type("#od-lat", "33.955").type("#od-lon", "116.798");
			script(office, "document.getElementById('od-date').value = arguments[0];", day);
			office.type("#od-capacity", "25");
			office.click("#od-create");
			office.awaitPath("/engagement/open-days/");
			assertThat(office.text("#staff-counts")).startsWith("已报名 0 / 25 人");
			office.go("/engagement/open-days");
			until(office, "document.getElementById('staff-open-days') !== null");
			assertThat(office.text("#staff-open-days")).contains("开放日·浏览器创建", "0 / 25", "报名中");
			office.screenshot("open-days-staff");
		}
	}
}
