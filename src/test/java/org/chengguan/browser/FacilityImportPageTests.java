package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.MobileFixtures.script;
import static org.chengguan.browser.MobileFixtures.tap;
import static org.chengguan.browser.MobileFixtures.until;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.TestUsers;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrators' import page (/admin/facilities/import) in a desktop browser: a generated file of thousands of
 * facilities goes up, is checked and stored, and the one progress bar moves through the upload and the server's work
 * to 100 %; a file with faults lists them by row and stores nothing; other roles do not get the page. Codes T5P-….
 */
@BrowserTest
class FacilityImportPageTests {

	static final int ROWS = 6_000;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		TestUsers users = new TestUsers(context);
		users.ensure(TestUsers.ADMIN);
		users.ensure(TestUsers.OPERATOR);
	}

	@Test
	void anAdministratorImportsThousandsOfFacilitiesAndWatchesTheBarReachAHundredPercent() {
		Path file = csv("T5P-A", ROWS, null);
		try (Browser browser = Browser.open(port, false)) {
			MobileFixtures.signInStaff(browser, TestUsers.ADMIN.username());
			browser.go("/home");
			tap(browser, "#link-facility-import");
			assertThat(browser.awaitPath("/admin/facilities/import")).isEqualTo("/admin/facilities/import");
			assertThat(browser.text("h1")).isEqualTo("导入便民设施");
			// every value the bar shows, to see it move rather than jump
			script(browser, """
					window.cgBar = [];
					new MutationObserver(function () {
					  window.cgBar.push(Number(document.getElementById('fi-bar').getAttribute('aria-valuenow')));
					}).observe(document.getElementById('fi-bar'), { attributes: true, attributeFilter: ['aria-valuenow'] });""");
			browser.find("#fi-file").sendKeys(file.toString());
			tap(browser, "#fi-start");
			until(browser, "document.getElementById('fi-status').getAttribute('data-state') === 'done'");

			assertThat(browser.find("#fi-bar").getAttribute("aria-valuenow")).isEqualTo("100");
			assertThat(browser.text("#fi-percent")).isEqualTo("100 %");
			assertThat(browser.text("#fi-done")).contains("导入完成").contains("6,000");
			assertThat(browser.find("#fi-done").getAttribute("data-imported")).isEqualTo(Integer.toString(ROWS));
			@SuppressWarnings("unchecked")
			List<Number> bar = (List<Number>) script(browser, "return window.cgBar;");
			assertThat(bar).as("the bar moved through values below 100")
				.anyMatch(v -> v.intValue() > 0 && v.intValue() < 100);
			assertThat(bar).as("and never went back")
				.isSortedAccordingTo((a, b) -> Integer.compare(a.intValue(), b.intValue()));
			browser.screenshot("facility-import");
		}
		assertThat(stored("T5P-A")).isEqualTo(ROWS);
	}

	@Test
	void aFileWithFaultsIsListedByRowAndNothingIsStored() {
		Path file = csv("T5P-B", 300, "T5P-B-0,测试页面坏类型,SPA,33.45,116.71,,,24/7,,,,,,,,,");
		try (Browser browser = Browser.open(port, false)) {
			MobileFixtures.signInStaff(browser, TestUsers.ADMIN.username());
			browser.go("/admin/facilities/import");
			browser.find("#fi-file").sendKeys(file.toString());
			tap(browser, "#fi-start");
			until(browser, "document.getElementById('fi-status').getAttribute('data-state') === 'failed'");
			assertThat(browser.text("#fi-message")).isEqualTo("导入失败，没有写入任何数据。");
			assertThat(browser.text("#fi-detail")).contains("1 fault(s)").contains("nothing was stored");
			assertThat(browser.text("#fi-errors")).contains("row 2: type must be one of");
			browser.screenshot("facility-import-failed");
		}
		assertThat(stored("T5P-B")).isZero();
	}

	@Test
	void theImportPageIsForAdministratorsOnly() {
		try (Browser browser = Browser.open(port, false)) {
			MobileFixtures.signInStaff(browser, TestUsers.OPERATOR.username());
			browser.go("/admin/facilities/import");
			assertThat(browser.has("#fi-form")).isFalse();
		}
	}

	long stored(String prefix) {
		return jdbc.sql("SELECT count(*) FROM facilities.facility WHERE code LIKE ?").param(prefix + "-%")
			.query(Long.class).single();
	}

	/** A CSV file of public toilets on a grid in 濉溪县, with {@code first} as its first row if given. */
	static Path csv(String prefix, int rows, String first) {
		StringBuilder text = new StringBuilder(FacilitiesMapPageTests.HEADER);
		if (first != null) {
			text.append(first).append('\n');
		}
		for (int i = 1; i <= rows; i++) {
			text.append(String.format(Locale.ROOT,
					"%s-%d,测试页面导入公厕%s%d,PUBLIC_TOILET,%.6f,%.6f,,濉溪县导入路%d号,05:30-23:00,accessible,,,,,,,,\n",
					prefix, i, prefix, i, 33.4300 + (i / 100) * 0.0002, 116.6900 + (i % 100) * 0.0002, i));
		}
		try {
			Path file = Files.createTempFile("chengguan-import", ".csv");
			Files.writeString(file, text, StandardCharsets.UTF_8);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
