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

	/** A vendor of this class only, so that "my applications" holds this class's applications alone. */
	static final NewUser VENDOR = NewUser.citizen("t-pitch-browser-vendor", "测试摊贩丙", TestUsers.PASSWORD, null);

	/** A citizen who registers as a vendor through the pages (摊贩登记) before applying. */
	static final NewUser NEWCOMER = NewUser.citizen("t-pitch-browser-newcomer", "测试摊贩丁", TestUsers.PASSWORD, null);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	PitchFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PitchFixtures(context, port);
		fixtures.actor(VENDOR);
		fixtures.actor(NEWCOMER);
		fixtures.actor(PitchFixtures.OFFICER);
	}

	/**
	 * The newcomer opens the form, is sent to register as a vendor first, registers (refused once, in words), and an
	 * officer of the street verifies the registration, seeing the ID card number and the phone masked.
	 */
	private void registerThroughThePages(long area) {
		String idNumber = PitchFixtures.idNumber(NEWCOMER.username());
		try (Browser phone = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(phone, NEWCOMER.username());
			phone.go("/citizen/pitches/apply?facility=" + area);
			assertThat(phone.text("#pitch-not-vendor")).contains("请先进行摊贩登记");
			assertThat(phone.has("#pitch-form")).as("no form before registering").isFalse();
			tap(phone, "#pitch-to-vendor");
			phone.awaitPath("/citizen/vendor");
			phone.type("#vendor-name", "丁小贩");
			phone.type("#vendor-phone", "13900004321");
			phone.type("#vendor-id", idNumber.substring(0, 17) + (idNumber.endsWith("0") ? "1" : "0"));
			phone.type("#vendor-goods", "蔬菜、水果");
			new Select(phone.find("#vendor-street")).selectByValue(PitchFixtures.STREET);
			tap(phone, "#vendor-submit");
			until(phone, "document.getElementById('vendor-faults') !== null");
			assertThat(phone.text("#vendor-faults")).contains("身份证号码不正确");
			assertThat(fixtures.as(NEWCOMER).get("/api/v1/vendors/me").status()).as("nothing saved").isEqualTo(404);
			phone.type("#vendor-id", idNumber);
			tap(phone, "#vendor-submit");
			until(phone, "document.getElementById('vendor-notice') !== null");
			assertThat(phone.text("#vendor-notice")).isEqualTo("登记已提交，等待街道城管队员核验。");
			assertThat(phone.text("#vendor-state")).isEqualTo("待核验");
			assertThat(phone.text("#vendor-id-number")).as("the vendor sees the number in full").contains(idNumber);
			MobileFixtures.screenshot(phone, "vendor-registered");
		}
		long vendorId = fixtures.as(NEWCOMER).get("/api/v1/vendors/me").json().get("id").asLong();
		try (Browser desktop = Browser.open(port, false)) {
			MobileFixtures.signInStaff(desktop, PitchFixtures.OFFICER.username());
			desktop.go("/officer/vendors");
			String card = "#vendor-" + vendorId;
			assertThat(desktop.text(card + " .vendor-name")).isEqualTo("丁小贩");
			assertThat(desktop.text(card + " .vendor-phone")).isEqualTo("139****4321");
			assertThat(desktop.text(card + " .vendor-id")).isEqualTo(idNumber.substring(0, 4) + "**********"
					+ idNumber.substring(14));
			assertThat(desktop.driver().getPageSource()).as("the officer never gets the full number")
				.doesNotContain(idNumber).doesNotContain("13900004321");
			desktop.screenshot("vendor-review");
			tap(desktop, card + " .vendor-verify");
			until(desktop, "document.getElementById('vendor-notice') !== null");
			assertThat(desktop.text("#vendor-notice")).isEqualTo("已核验通过：丁小贩。");
			assertThat(desktop.find("#recent-vendor-" + vendorId).getAttribute("data-state")).isEqualTo("VERIFIED");
		}
	}

	@Test
	void aVendorAppliesFromTheMapAnOfficerApprovesAndTheVendorSeesThePitch() {
		long area = fixtures.stallArea(12);
		String name = fixtures.anonymous().get("/api/v1/facilities/" + area).json().get("name").asString();
		registerThroughThePages(area);
		long id;
		try (Browser phone = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(phone, NEWCOMER.username());
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
			// the picker follows the days chosen (htmx): every pitch of the area is free throughout them
			script(phone, "htmx.trigger('#to', 'change');");
			until(phone, "document.getElementById('pitch-picker').getAttribute('data-to') === '"
					+ PitchFixtures.today().plusDays(7) + "'");
			assertThat(new Select(phone.find("#preferredPitch")).getOptions()).hasSize(13);
			new Select(phone.find("#preferredPitch")).selectByValue("4");
			tap(phone, "#pitch-submit");
			until(phone, "document.getElementById('pitch-faults') !== null");
			assertThat(phone.text("#pitch-faults")).contains("请至少选择一种经营品种").contains("请填写 11 位手机号码");
			assertThat(mine(area)).as("nothing saved").isEmpty();
			MobileFixtures.screenshot(phone, "pitch-apply-refused");

			tap(phone, "#goods-0");
			tap(phone, "#goods-1");
			phone.type("#contactPhone", "13900001234");
			assertThat(new Select(phone.find("#preferredPitch")).getFirstSelectedOption().getAttribute("value"))
				.as("kept as chosen").isEqualTo("4");
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
			assertThat(desktop.text(card)).contains(name).contains("测试摊贩丁").contains("13900001234");
			assertThat(desktop.text(card + " .pitch-vendor-name")).as("the registration is shown").isEqualTo("丁小贩");
			assertThat(desktop.text(card + " .pitch-vendor-phone")).isEqualTo("139****4321");
			assertThat(desktop.text(card + " .pitch-vendor-id")).contains("**********");
			assertThat(desktop.text(card + " .pitch-vendor-state")).isEqualTo("已核验");
			Select pitch = new Select(desktop.find("#pitch-" + id));
			assertThat(pitch.getFirstSelectedOption().getAttribute("value")).as("the preferred pitch, free").isEqualTo("4");
			assertThat(pitch.getOptions()).hasSize(12);
			desktop.screenshot("pitch-review");
			tap(desktop, card + " .pitch-approve");
			until(desktop, "document.getElementById('pitch-notice') !== null");
			assertThat(desktop.text("#pitch-notice")).isEqualTo("已批准：" + name + " 第 4 号摊位。");
			assertThat(desktop.has(card)).as("no longer pending").isFalse();
			assertThat(desktop.find("#recent-" + id).getAttribute("data-state")).isEqualTo("APPROVED");

			// the area's calendar: pitch 4 held by the vendor on the application's days, others free
			desktop.go("/officer/pitches/calendar?facility=" + area + "&from=" + PitchFixtures.today().plusDays(1));
			String held = "#calendar-pitch-4 td[data-day='" + PitchFixtures.today().plusDays(1) + "']";
			assertThat(desktop.find(held).getAttribute("data-state")).isEqualTo("TAKEN");
			assertThat(desktop.text(held)).contains("丁小贩").contains("139****1234");
			assertThat(desktop.find("#calendar-pitch-3 td[data-day='" + PitchFixtures.today().plusDays(1) + "']")
				.getAttribute("data-state")).isEqualTo("FREE");
			desktop.screenshot("pitch-calendar");
		}

		try (Browser phone = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(phone, NEWCOMER.username());
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
		fixtures.verifiedVendor(VENDOR);
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
		Api vendor = fixtures.as(NEWCOMER);
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
