package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.script;
import static org.chengguan.browser.MobileFixtures.tap;
import static org.chengguan.browser.MobileFixtures.until;

import java.util.List;

import org.chengguan.Api;
import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.TestUsers;
import org.chengguan.facilities.stalls.PitchFixtures;
import org.chengguan.identity.NewUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A vendor's pitch application through the pages: from the stall area's card on the public map to the form (refused
 * once, in words, then sent), an officer of the street approving it with a free pitch on their page, and the vendor
 * seeing it approved with the pitch number. The vendor's pages at phone width, the officer's on a desktop.
 */
@BrowserTest
class PitchApplicationPagesTests {

	/** A vendor of this test only, so that "my applications" holds this test's application alone. */
	static final NewUser VENDOR = NewUser.citizen("t-pitch-browser-vendor", "测试摊贩丙", TestUsers.PASSWORD, null);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	PitchFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PitchFixtures(context, port);
		fixtures.actor(VENDOR);
		fixtures.actor(PitchFixtures.OFFICER);
	}

	@Test
	void aVendorAppliesFromTheMapAnOfficerApprovesAndTheVendorSeesThePitch() {
		long area = fixtures.stallArea(12);
		String name = fixtures.anonymous().get("/api/v1/facilities/" + area).json().get("name").asString();
		long id;
		try (Browser phone = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(phone, VENDOR.username());
			phone.go("/map");
			phone.type("#fm-q", name);
			tap(phone, "#fm-search-submit");
			until(phone, "document.querySelector('#fm-list .fm-item[data-id=\"" + area + "\"]') !== null");
			tap(phone, "#fm-list .fm-item[data-id='" + area + "']");
			until(phone, "document.getElementById('fm-card').getAttribute('data-state') === 'ready'");
			assertThat(phone.text("#fm-card-apply")).isEqualTo("申请摊位");
			tap(phone, "#fm-card-apply");
			assertThat(phone.awaitPath("/citizen/pitches/apply")).isEqualTo("/citizen/pitches/apply?facility=" + area);
			assertThat(phone.text("#pitch-area-name")).isEqualTo(name);
			assertThat(phone.text("#pitch-area-pitches")).isEqualTo("共 12 个摊位，今天空闲 12 个");

			// no goods and a wrong phone: told in words, nothing saved
			setDates(phone, 1, 7);
			phone.type("#contactPhone", "12345");
			phone.type("#preferredPitch", "4");
			tap(phone, "#pitch-submit");
			until(phone, "document.getElementById('pitch-faults') !== null");
			assertThat(phone.text("#pitch-faults")).contains("请至少选择一种经营品种").contains("请填写 11 位手机号码");
			assertThat(mine(area)).as("nothing saved").isEmpty();
			MobileFixtures.screenshot(phone, "pitch-apply-refused");

			tap(phone, "#goods-0");
			tap(phone, "#goods-1");
			phone.type("#contactPhone", "13900001234");
			assertThat(phone.find("#preferredPitch").getAttribute("value")).as("kept as typed").isEqualTo("4");
			tap(phone, "#pitch-submit");
			phone.awaitPath("/citizen/pitches");
			assertThat(phone.text("#pitch-notice")).isEqualTo("申请已提交，等待街道城管队员审批。");
			assertThat(mine(area)).hasSize(1);
			id = mine(area).get(0).get("id").asLong();
			assertThat(phone.find("#pitch-" + id).getAttribute("data-state")).isEqualTo("PENDING");
			assertThat(phone.text("#pitch-" + id + " .pitch-state")).isEqualTo("待审批");
			assertThat(phone.text("#pitch-" + id)).contains(name).contains("希望第 4 号").contains("经营：蔬菜、水果");
			assertThat(script(phone, "return document.documentElement.scrollWidth <= window.innerWidth;"))
				.as("no horizontal scroll at 375 px").isEqualTo(true);
			MobileFixtures.screenshot(phone, "pitch-mine-pending");
		}

		try (Browser desktop = Browser.open(port, false)) {
			MobileFixtures.signInStaff(desktop, PitchFixtures.OFFICER.username());
			desktop.go("/department");
			assertThat(desktop.find("#to-pitches").getAttribute("href")).as("the officer's start page links the "
					+ "applications").endsWith("/officer/pitches");
			desktop.go("/officer/pitches");
			String card = "#pending-" + id;
			assertThat(desktop.text(card)).contains(name).contains("测试摊贩丙").contains("13900001234");
			Select pitch = new Select(desktop.find("#pitch-" + id));
			assertThat(pitch.getFirstSelectedOption().getAttribute("value")).as("the preferred pitch, free").isEqualTo("4");
			assertThat(pitch.getOptions()).hasSize(12);
			desktop.screenshot("pitch-review");
			tap(desktop, card + " .pitch-approve");
			until(desktop, "document.getElementById('pitch-notice') !== null");
			assertThat(desktop.text("#pitch-notice")).isEqualTo("已批准：" + name + " 第 4 号摊位。");
			assertThat(desktop.has(card)).as("no longer pending").isFalse();
			assertThat(desktop.find("#recent-" + id).getAttribute("data-state")).isEqualTo("APPROVED");
		}

		try (Browser phone = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(phone, VENDOR.username());
			phone.go("/citizen");
			assertThat(phone.find("#to-pitches").getAttribute("href")).as("the citizen's start page links them")
				.endsWith("/citizen/pitches");
			phone.go("/citizen/pitches");
			assertThat(phone.find("#pitch-" + id).getAttribute("data-state")).isEqualTo("APPROVED");
			assertThat(phone.text("#pitch-" + id + " .pitch-state")).isEqualTo("已批准");
			assertThat(phone.text("#pitch-" + id + " .pitch-number")).isEqualTo("第 4 号摊位");
			assertThat(phone.has("#pitch-" + id + " .pitch-withdraw")).as("nothing left to withdraw").isFalse();
			MobileFixtures.screenshot(phone, "pitch-mine-approved");
		}
	}

	@Test
	void aVendorWithdrawsAPendingApplicationAndStaffAreKeptOutOfTheCitizensPages() {
		long area = fixtures.stallArea(3);
		long id = fixtures.apply(VENDOR, area, 2, 3, null);
		try (Browser phone = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(phone, VENDOR.username());
			phone.go("/citizen/pitches");
			tap(phone, "#pitch-" + id + " .pitch-withdraw");
			until(phone, "document.getElementById('pitch-notice') !== null");
			assertThat(phone.text("#pitch-notice")).isEqualTo("申请已撤回。");
			assertThat(phone.find("#pitch-" + id).getAttribute("data-state")).isEqualTo("WITHDRAWN");
			phone.go("/officer/pitches");
			assertThat(phone.text("#page-error")).contains("您没有权限进行此操作。");
		}
		try (Browser desktop = Browser.open(port, false)) {
			MobileFixtures.signInStaff(desktop, PitchFixtures.OFFICER.username());
			desktop.go("/citizen/pitches/apply?facility=" + area);
			assertThat(desktop.text("#page-error")).contains("您没有权限进行此操作。");
			desktop.go("/officer/pitches");
			assertThat(desktop.has("#pending-" + id)).isFalse();
		}
	}

	/** The vendor's applications of the area, from the API. */
	private List<JsonNode> mine(long area) {
		Api vendor = fixtures.as(VENDOR);
		return vendor.get("/api/v1/pitch-applications?mine=true").json().get("items").valueStream()
			.filter(a -> a.get("facilityId").asLong() == area)
			.toList();
	}

	/** Date inputs take their value in ISO form, whatever the browser's locale shows. */
	private static void setDates(Browser browser, int from, int to) {
		script(browser, "document.getElementById('from').value = arguments[0];"
				+ "document.getElementById('to').value = arguments[1];",
				PitchFixtures.today().plusDays(from).toString(), PitchFixtures.today().plusDays(to).toString());
	}
}
