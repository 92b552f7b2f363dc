package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.tap;
import static org.chengguan.browser.MobileFixtures.until;

import org.chengguan.Api;
import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.TestUsers;
import org.chengguan.engagement.EngagementFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The public's open-day registration in a phone-sized browser, without signing in: from the list to the form, a
 * registration that gets its code, a second one that would pass the capacity and is refused in words with nothing
 * saved, and the last seat taken, after which the open day shows full and offers no form.
 */
@BrowserTest
class OpenDayRegistrationPageTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aCitizenRegistersOnThePhoneAndARegistrationPastTheCapacityIsRefused() {
		Api anonymous = new Api(port);
		Api officer = anonymous.as(new TestUsers(context).token(EngagementFixtures.OFFICER));
		long id = EngagementFixtures.openDay(officer, "城管开放日·走进指挥中心", 3);
		String first = EngagementFixtures.phone();
		try (Browser phone = MobileFixtures.phone(port)) {
			phone.go("/public/open-days");
			assertThat(phone.text("#open-day-" + id + " .od-seats-left")).isEqualTo("剩余 3 / 共 3 人");
			tap(phone, "#open-day-" + id + " a");
			assertThat(phone.awaitPath("/public/open-days/" + id)).isEqualTo("/public/open-days/" + id);
			assertThat(phone.text("#open-day-title")).isEqualTo("城管开放日·走进指挥中心");

			// a wrong phone first: told in words, nothing saved
			phone.type("#name", "张市民").type("#phone", "12345");
			tap(phone, "#party-2");
			tap(phone, "#registration-submit");
			until(phone, "document.getElementById('registration-faults') !== null");
			assertThat(phone.text("#registration-faults")).contains("请填写正确的手机号");
			assertThat(seatsLeft(anonymous, id)).isEqualTo(3);

			phone.type("#phone", first).type("#organisation", "相南街道居民");
			tap(phone, "#registration-submit");
			phone.awaitPath("/public/open-days/registrations/");
			String code = phone.text("#registration-code");
			assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
			assertThat(phone.text("#registration-notice")).contains("报名成功");
			assertThat(phone.text("#registration-phone")).isEqualTo(first.substring(0, 3) + "****" + first.substring(7));
			assertThat(phone.text("#registration-party")).isEqualTo("2");
			assertThat(phone.has("#cancel-registration")).isTrue();
			MobileFixtures.screenshot(phone, "open-day-registered");
			assertThat(seatsLeft(anonymous, id)).isEqualTo(1);

			// a party of two for the one seat left: refused with the reason, nothing saved
			phone.go("/public/open-days/" + id);
			phone.type("#name", "李市民").type("#phone", EngagementFixtures.phone());
			tap(phone, "#party-2");
			tap(phone, "#registration-submit");
			until(phone, "document.getElementById('registration-refused') !== null");
			assertThat(phone.find("#registration-refused").getAttribute("data-reason")).isEqualTo("FULL");
			assertThat(phone.text("#registration-refused")).contains("名额不足");
			assertThat(phone.text("#seats-left")).isEqualTo("剩余 1 / 共 3 人");
			MobileFixtures.screenshot(phone, "open-day-full-refused");
			assertThat(seatsLeft(anonymous, id)).isEqualTo(1);

			// the last seat for one person: taken; the open day is full and shows no form
			tap(phone, "#party-1");
			tap(phone, "#registration-submit");
			phone.awaitPath("/public/open-days/registrations/");
			phone.go("/public/open-days/" + id);
			assertThat(phone.find("#open-day").getAttribute("data-status")).isEqualTo("FULL");
			assertThat(phone.has("#registration-form")).isFalse();
			assertThat(phone.text("#registration-unavailable")).contains("名额已满");
			assertThat((Boolean) MobileFixtures.script(phone,
					"return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
			assertThat(seatsLeft(anonymous, id)).isZero();

			// the registrant finds the registration by its code and cancels it: the seats are free again
			phone.go("/public/open-days");
			phone.type("#find-code", code.toLowerCase());
			tap(phone, "#find-registration button");
			phone.awaitPath("/public/open-days/registrations/" + code);
			tap(phone, "#cancel-registration");
			until(phone, "document.getElementById('registration-notice') !== null");
			assertThat(phone.text("#registration-state")).isEqualTo("已取消");
			assertThat(seatsLeft(anonymous, id)).isEqualTo(2);
		}
	}

	private static int seatsLeft(Api anonymous, long id) {
		return anonymous.get("/api/v1/public/open-days/" + id).json().get("seatsLeft").asInt();
	}
}
