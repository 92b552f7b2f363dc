package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.script;
import static org.chengguan.browser.MobileFixtures.tap;
import static org.chengguan.browser.MobileFixtures.until;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.TestUsers;
import org.chengguan.facilities.displays.LicenceNumber;
import org.chengguan.facilities.stalls.PitchFixtures;
import org.chengguan.identity.NewUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A shop's outdoor display (特色外摆) through the pages: the form at phone width (a tap on the map places the shop;
 * refused once in words), an officer of the street approving it, and the display on the public map's API.
 */
@BrowserTest
class OutdoorDisplayPagesTests {

	static final NewUser SHOP = NewUser.citizen("t-display-browser-shop", "测试店主", TestUsers.PASSWORD, null);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aShopAppliesOnThePagesAnOfficerApprovesAndTheDisplayIsOnTheMap() {
		var fixtures = new PitchFixtures(context, port);
		fixtures.actor(SHOP);
		fixtures.actor(PitchFixtures.OFFICER);
		String shop = "测试外摆咖啡" + System.nanoTime() % 100_000;
		String first17 = "91340603MA2TB0001";
		try (Browser phone = MobileFixtures.phone(port)) {
			MobileFixtures.signInStaff(phone, SHOP.username());
			phone.go("/citizen");
			tap(phone, "#to-displays");
			phone.awaitPath("/citizen/displays");
			tap(phone, "#display-new");
			phone.awaitPath("/citizen/displays/apply");
			until(phone, "document.querySelector('#display-map.leaflet-container') !== null");
			tap(phone, "#display-map");
			until(phone, "document.getElementById('shopLat').value !== ''");
			assertThat(Double.parseDouble(phone.find("#shopLat").getAttribute("value"))).isBetween(33.9, 34.0);
			assertThat(phone.has("#display-map path.leaflet-interactive")).as("the zone is drawn").isTrue();
			phone.type("#shopName", shop);
			char wrong = LicenceNumber.checkCharacter(first17) == 'A' ? 'B' : 'A';
			phone.type("#licenceNumber", first17 + wrong);
			script(phone, "document.getElementById('from').value = arguments[0];"
					+ "document.getElementById('to').value = arguments[1];",
					PitchFixtures.today().plusDays(20).toString(), PitchFixtures.today().plusDays(25).toString());
			phone.type("#displayed", "咖啡外摆桌椅");
			phone.type("#contactPhone", "13600136000");
			tap(phone, "#display-submit");
			until(phone, "document.getElementById('display-faults') !== null");
			assertThat(phone.text("#display-faults")).contains("统一社会信用代码不正确");
			phone.type("#licenceNumber", first17 + LicenceNumber.checkCharacter(first17));
			tap(phone, "#display-submit");
			phone.awaitPath("/citizen/displays");
			assertThat(phone.text("#display-notice")).isEqualTo("申请已提交，等待街道城管队员审批。");
			assertThat(script(phone, "return document.documentElement.scrollWidth <= window.innerWidth;"))
				.as("no horizontal scroll at 375 px").isEqualTo(true);
			MobileFixtures.screenshot(phone, "display-mine");
		}
		JsonNode mine = fixtures.as(SHOP).get("/api/v1/outdoor-displays?mine=true").json().get("items").get(0);
		long id = mine.get("id").asLong();
		assertThat(mine.get("shopName").asString()).isEqualTo(shop);
		assertThat(mine.get("areaSquareMetres").asDouble()).as("4 m by 2 m, the form's defaults").isBetween(7.9, 8.1);

		try (Browser desktop = Browser.open(port, false)) {
			MobileFixtures.signInStaff(desktop, PitchFixtures.OFFICER.username());
			desktop.go("/department");
			tap(desktop, "#to-displays");
			desktop.awaitPath("/officer/displays");
			assertThat(desktop.text("#display-" + id)).contains(shop).contains("13600136000").contains("咖啡外摆桌椅");
			desktop.screenshot("display-review");
			tap(desktop, "#display-" + id + " .display-approve");
			until(desktop, "document.getElementById('display-notice') !== null");
			assertThat(desktop.text("#display-notice")).isEqualTo("已批准：" + shop + "，已在地图上公示。");
			assertThat(desktop.find("#recent-display-" + id).getAttribute("data-state")).isEqualTo("APPROVED");
		}
		JsonNode onMap = fixtures.anonymous()
			.get("/api/v1/facilities?type=OUTDOOR_DISPLAY&q=" + URLEncoder.encode(shop, StandardCharsets.UTF_8) + "&openAt="
					+ PitchFixtures.today().plusDays(22) + "T12:00")
			.json();
		assertThat(onMap.get("count").asInt()).isEqualTo(1);
		assertThat(onMap.get("items").get(0).get("name").asString()).isEqualTo(shop + " 特色外摆");
	}
}
