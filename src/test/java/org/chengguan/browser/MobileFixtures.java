package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.chengguan.Browser;
import org.chengguan.TestUsers;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.identity.codes.LoggingCodeSender;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;

/**
 * What the mobile pages' browser tests share. Their cases lie in one community of the demo geography that no other
 * test uses (和平东社区 of 南黎街道), on spots about 110 m apart, so the 50 m duplicate rule never links them, and
 * their inspector is a test user of that community, so the task list holds only their cases.
 */
final class MobileFixtures {

	/** 和平东社区: the community of every case these tests report. */
	static final String COMMUNITY = "340603009001";

	static final String STREET = "340603009";

	private static final AtomicInteger spots = new AtomicInteger();

	private static final AtomicInteger photoSeeds = new AtomicInteger(300);

	private static final AtomicInteger phones = new AtomicInteger((int) (System.nanoTime() % 5000));

	private final ApplicationContext context;

	MobileFixtures(ApplicationContext context) {
		this.context = context;
		context.getBean(DemoDataLoader.class).loadIfAbsent();
	}

	/** A fresh spot in the community, about 110 m from every other. */
	GeoPoint nextSpot() {
		int k = spots.getAndIncrement();
		GeoPoint spot = new GeoPoint(33.9915 + (k / 5) * 0.001, 116.8140 + (k % 5) * 0.0012);
		String community = context.getBean(RegionDirectory.class).locate(spot).orElseThrow().community()
			.map(Region::code).orElse(null);
		assertThat(community).as("spot %s lies in the tests' community", spot).isEqualTo(COMMUNITY);
		return spot;
	}

	/** The inspector (网格员) of the community, with all its grids. */
	Actor inspector() {
		return ensure(NewUser.staff("t-mobile-inspector", "测试网格员", TestUsers.PASSWORD, COMMUNITY, Role.INSPECTOR)
			.withGrids(grids()));
	}

	Actor citizen() {
		return ensure(NewUser.citizen("t-mobile-citizen", "测试市民", TestUsers.PASSWORD, "13700009001"));
	}

	Actor shiftLeader() {
		return ensure(NewUser.staff("t-mobile-shift-leader", "测试值班长", TestUsers.PASSWORD, STREET, Role.SHIFT_LEADER));
	}

	Actor dispatcher() {
		return ensure(NewUser.staff("t-mobile-dispatcher", "测试派遣员", TestUsers.PASSWORD, "340603", Role.DISPATCHER));
	}

	Actor handler(String department) {
		String name = "t-mobile-handler-" + department.toLowerCase().replace('_', '-');
		return ensure(
				NewUser.staff(name, "测试处置员", TestUsers.PASSWORD, "3406", Role.HANDLER).withDepartment(department));
	}

	/** Takes a reported case through verification, filing, dispatch and handling, to wait for the check. */
	Case handled(Case reported) {
		CaseManagement cases = context.getBean(CaseManagement.class);
		long id = reported.id();
		cases.act(inspector(), id, Action.VERIFY, ActionCommand.comment("属实"));
		Case filed = cases.act(shiftLeader(), id, Action.FILE, ActionCommand.comment(null));
		cases.act(dispatcher(), id, Action.DISPATCH, ActionCommand.comment(null));
		Actor handler = handler(filed.proposedDepartment());
		return cases.act(handler, id, Action.HANDLE, withPhoto("已处理", handler));
	}

	/** Takes a handled case through the check and closing, to wait for its reporter's rating. */
	Case closed(Case handled) {
		CaseManagement cases = context.getBean(CaseManagement.class);
		cases.act(inspector(), handled.id(), Action.CHECK_PASS, withPhoto("核查通过", inspector()));
		return cases.act(shiftLeader(), handled.id(), Action.CLOSE, ActionCommand.comment(null));
	}

	private ActionCommand withPhoto(String comment, Actor by) {
		String photo = context.getBean(PhotoLibrary.class)
			.upload(by.userId(), new ByteArrayInputStream(TestImages.jpeg(320, 240, photoSeeds.incrementAndGet())))
			.id().toString();
		return new ActionCommand(comment, null, null, List.of(photo), null, null, null, null, null, null, null);
	}

	Set<String> grids() {
		return context.getBean(RegionDirectory.class).children(COMMUNITY).stream().map(Region::code)
			.collect(Collectors.toSet());
	}

	private Actor ensure(NewUser user) {
		return new TestUsers(context).ensure(user);
	}

	/** Signs a new citizen in by phone and one-time code, as the sign-in page does; answers the phone. */
	String signInCitizen(Browser browser) {
		return signInCitizen(browser, "1370001" + String.format("%04d", phones.incrementAndGet() % 10_000));
	}

	/** Signs the citizen with this phone in (once a minute at most: the codes' resend limit). */
	String signInCitizen(Browser browser, String phone) {
		LoggingCodeSender codes = context.getBean(LoggingCodeSender.class);
		browser.go("/login/phone").type("#phone", phone).click("#send-code");
		browser.find("#code-sent");
		browser.type("#code", codes.lastCode(phone).orElseThrow()).click("#phone-submit");
		until(browser, "location.pathname === '/citizen'");
		return phone;
	}

	/** Signs a member of staff in with the form; they land on their start page. */
	static void signInStaff(Browser browser, String username) {
		browser.go("/login").type("#username", username).type("#password", TestUsers.PASSWORD).click("#login-submit");
		until(browser, "location.pathname !== '/login'");
	}

	/** A JPEG whose EXIF says it was taken at the point, in a temp file for the file input. */
	static Path photo(int seed, GeoPoint at) {
		return write(TestImages.jpegWithGps(seed, at.lat(), at.lon()));
	}

	/** A JPEG without a position. */
	static Path photo(int seed) {
		return write(TestImages.jpeg(640, 480, seed));
	}

	private static Path write(byte[] bytes) {
		try {
			Path file = Files.createTempFile("chengguan-photo", ".jpg");
			Files.write(file, bytes);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Lets the page read the device's position, and says it is the point (Chromium's DevTools). */
	static void placeDeviceAt(Browser browser, int port, GeoPoint at) {
		ChromeDriver chrome = (ChromeDriver) browser.driver();
		chrome.executeCdpCommand("Browser.grantPermissions",
				Map.of("origin", "http://localhost:" + port, "permissions", List.of("geolocation")));
		chrome.executeCdpCommand("Emulation.setGeolocationOverride",
				Map.of("latitude", at.lat(), "longitude", at.lon(), "accuracy", 10));
	}

	/** Waits until the script's condition holds in the page. */
	static void until(Browser browser, String condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(" + condition + ");")));
	}

	/** Waits for the report's answer and reads the case number it shows. */
	static String caseNumber(Browser browser) {
		until(browser, "!document.getElementById('report-done').classList.contains('d-none')");
		return browser.text("#case-number");
	}

	/** Scrolls the element to the middle of the screen, clear of the tab bar, and taps it. */
	static void tap(Browser browser, String cssSelector) {
		script(browser, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				browser.find(cssSelector));
		browser.click(cssSelector);
	}

	static Object script(Browser browser, String script, Object... arguments) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
	}

	static boolean visible(Browser browser, String cssSelector) {
		return browser.driver().findElements(By.cssSelector(cssSelector)).stream().anyMatch(e -> e.isDisplayed());
	}

	/**
	 * A browser that is a phone: 375 × 812 CSS pixels at twice the density, mobile viewport rules on (a headless
	 * window cannot be narrower than 500 px, so the size is emulated through Chromium's DevTools).
	 */
	static Browser phone(int port) {
		Browser browser = Browser.open(port, true);
		emulate(browser, PHONE_HEIGHT);
		return browser;
	}

	private static final int PHONE_WIDTH = 375;

	private static final int PHONE_HEIGHT = 812;

	private static void emulate(Browser browser, int height) {
		((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", PHONE_WIDTH, "height", height, "deviceScaleFactor", 2, "mobile", true));
	}

	/** A screenshot of the whole page at phone width: the screen grows to the page's height for the shot. */
	static void screenshot(Browser browser, String name) {
		Number height = (Number) script(browser, "return Math.max(document.documentElement.scrollHeight, "
				+ "document.body.scrollHeight);");
		emulate(browser, Math.max(PHONE_HEIGHT, height.intValue()));
		try {
			script(browser, "window.scrollTo(0, 0);");
			browser.screenshot(name);
		}
		finally {
			emulate(browser, PHONE_HEIGHT);
		}
	}
}
