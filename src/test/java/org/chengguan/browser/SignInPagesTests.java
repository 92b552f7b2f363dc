package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.TestUsers;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.identity.codes.LoggingCodeSender;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@BrowserTest
class SignInPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	LoggingCodeSender codes;

	@Test
	void theLandingPageSpeaksChineseFirstAndEnglishOnRequest() {
		try (Browser browser = Browser.open(port, true)) {
			browser.go("/");
			assertThat(browser.text("h1")).isEqualTo("城市管理，从身边做起");
			browser.screenshot("landing-zh");
			browser.click("#lang-switch");
			assertThat(browser.text("h1")).isEqualTo("City management starts next to you");
			browser.go("/login");
			assertThat(browser.text("h1")).as("the choice is remembered").isEqualTo("Staff sign-in");
		}
	}

	@Test
	void staffSignInWithTheFormAndSignOut() {
		NewUser user = NewUser.staff("t-page-operator", "页面受理员", TestUsers.PASSWORD, "340603", Role.OPERATOR);
		new TestUsers(context).ensure(user);
		try (Browser browser = Browser.open(port, false)) {
			browser.go("/home");
			assertThat(browser.path()).as("sent to sign in first").startsWith("/login");
			browser.type("#username", user.username()).type("#password", "wrong").click("#login-submit");
			assertThat(browser.text("#login-error")).isEqualTo("用户名或密码错误。");
			browser.type("#username", user.username()).type("#password", TestUsers.PASSWORD).click("#login-submit");
			assertThat(browser.awaitPath("/workbench")).as("an operator starts at the workbench").isEqualTo("/workbench");
			browser.go("/me");
			assertThat(browser.text("#welcome")).isEqualTo("您好，页面受理员");
			assertThat(browser.text(".role-badge")).isEqualTo("受理员");
			browser.screenshot("home-operator");
			browser.click("#sign-out");
			assertThat(browser.awaitPath("/login?logout")).startsWith("/login?logout");
			browser.go("/home");
			assertThat(browser.awaitPath("/login")).startsWith("/login");
		}
	}

	@Test
	void aCitizenSignsInWithPhoneAndOneTimeCode() {
		String phone = "139" + String.format("%08d", (System.nanoTime() / 1000) % 100_000_000);
		try (Browser browser = Browser.open(port, true)) {
			browser.go("/login/phone").type("#phone", phone).click("#send-code");
			assertThat(browser.text("#code-sent")).contains(phone.substring(0, 3) + "****" + phone.substring(7));
			browser.type("#code", "000000").click("#phone-submit");
			assertThat(browser.text("#phone-error")).contains("验证码错误");
			browser.type("#code", codes.lastCode(phone).orElseThrow()).click("#phone-submit");
			assertThat(browser.awaitPath("/citizen")).as("a citizen starts at their reports").isEqualTo("/citizen");
			browser.go("/me");
			assertThat(browser.text(".role-badge")).isEqualTo("市民");
			browser.screenshot("home-citizen");
		}
	}
}
