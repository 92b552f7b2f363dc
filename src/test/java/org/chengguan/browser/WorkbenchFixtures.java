package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.chengguan.Browser;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.cases.photos.TestImages;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.demo.DemoUserLoader;
import org.chengguan.identity.demo.DemoUsers;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;

/**
 * What the workbench's browser tests share: the demo users (who, together, take a case at the city centre through
 * its lifecycle), cases reported and moved on through {@link CaseManagement} where a test only needs them in some
 * state, spots of their own in the centre's community, photo files to upload, and signing in through the page.
 */
final class WorkbenchFixtures {

	/** 翠峰社区 of 相南街道, 相山区: the community the demo inspector patrols and the demo staff cover. */
	static final String CENTRE_COMMUNITY = "340603001006";

	/** Lattice steps (~78 m north, ~74 m east): spots never fall within the 50 m duplicate radius of each other. */
	private static final double STEP_LAT = 0.0007;

	private static final double STEP_LON = 0.0008;

	private static final AtomicInteger nextSpot = new AtomicInteger();

	private static final AtomicInteger photoSeed = new AtomicInteger((int) (System.nanoTime() & 0xFFF));

	private static List<GeoPoint> spots;

	private final ApplicationContext context;

	final CaseManagement cases;

	WorkbenchFixtures(ApplicationContext context) {
		this.context = context;
		this.cases = context.getBean(CaseManagement.class);
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		context.getBean(DemoUserLoader.class).loadIfAbsent();
	}

	Actor user(String username) {
		return context.getBean(Actors.class).byUsername(username).orElseThrow();
	}

	/**
	 * A fresh spot in the centre's community, away from the centre itself (where the API tests report), so that no
	 * two reports of the test run are ever within the duplicate rule's 50 m.
	 */
	GeoPoint spot() {
		synchronized (WorkbenchFixtures.class) {
			if (spots == null) {
				spots = spotsIn(CENTRE_COMMUNITY);
			}
		}
		int k = nextSpot.getAndIncrement();
		assertThat(k).as("spots left in the centre's community").isLessThan(spots.size());
		return spots.get(k);
	}

	private List<GeoPoint> spotsIn(String community) {
		RegionDirectory regions = context.getBean(RegionDirectory.class);
		GeoPoint centre = DemoUserLoader.CITY_CENTRE;
		List<GeoPoint> found = new ArrayList<>();
		for (int i = -20; i <= 20; i++) {
			for (int j = -20; j <= 20; j++) {
				GeoPoint p = new GeoPoint(centre.lat() + i * STEP_LAT, centre.lon() + j * STEP_LON);
				boolean inside = regions.locate(p).flatMap(l -> l.community())
					.map(c -> c.code().equals(community)).orElse(false);
				if (inside && p.distanceMetres(centre) > 120) {
					found.add(p);
				}
			}
		}
		// the farthest first: the centre's surroundings are where other tests report
		found.sort(java.util.Comparator.comparingDouble(p -> -p.distanceMetres(centre)));
		return found;
	}

	/** A citizen's report (随手拍) by the demo citizen, with a photo taken "before". */
	Case report(String category, String description) {
		Actor citizen = user("citizen");
		GeoPoint p = spot();
		ReportCommand command = new ReportCommand(category, description, p.lat(), p.lon(), "wgs84", Channel.CITIZEN_APP,
				List.of(photo(citizen)), null, null, false, null);
		Case c = cases.report(citizen, command, null).reported();
		assertThat(c.masterCaseId()).as("not a duplicate of another test's case").isNull();
		return c;
	}

	/** A report moved on by the demo staff: verified, then filed when asked. */
	Case reportAndMove(String category, String description, Action... steps) {
		Case c = report(category, description);
		for (Action step : steps) {
			c = act(step, c.id());
		}
		return c;
	}

	/** An action by the demo user whose job it is, without photos or reasons beyond what it needs. */
	Case act(Action action, long id) {
		return switch (action) {
			case VERIFY -> cases.act(user("inspector"), id, action, ActionCommand.comment("现场核实属实"));
			case FILE -> cases.act(user("shift-leader"), id, action, ActionCommand.comment(null));
			case DISPATCH -> cases.act(user("dispatcher"), id, action, ActionCommand.comment(null));
			case HANDLE -> cases.act(user("handler"), id, action, photos(user("handler"), "已处置"));
			case CHECK_PASS -> cases.act(user("inspector"), id, action, photos(user("inspector"), "现场已整改"));
			case CLOSE -> cases.act(user("shift-leader"), id, action, ActionCommand.comment(null));
			case URGE -> cases.act(user("dispatcher"), id, action, ActionCommand.comment("请尽快处置"));
			default -> throw new IllegalArgumentException("no fixture for " + action);
		};
	}

	private ActionCommand photos(Actor actor, String comment) {
		return new ActionCommand(comment, null, null, List.of(photo(actor)), null, null, null, null, null, null, null);
	}

	String photo(Actor actor) {
		return context.getBean(PhotoLibrary.class)
			.upload(actor.userId(), new ByteArrayInputStream(TestImages.jpeg(160, 120, photoSeed.incrementAndGet())))
			.id()
			.toString();
	}

	/** A JPEG on disk, for a file input. */
	static String photoFile() {
		try {
			Path file = Files.createTempFile("workbench-photo", ".jpg");
			Files.write(file, TestImages.jpeg(640, 480, photoSeed.incrementAndGet()));
			file.toFile().deleteOnExit();
			return file.toAbsolutePath().toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Signs a demo user in through the staff form; they land on their start page. */
	static Browser signIn(Browser browser, String username) {
		browser.go("/login").type("#username", username).type("#password", DemoUsers.PASSWORD).click("#login-submit");
		waitUntil(browser, d -> !d.getCurrentUrl().contains("/login"));
		return browser;
	}

	static <T> T waitUntil(Browser browser, Function<WebDriver, T> condition) {
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(condition::apply);
	}

	/**
	 * Clicks an element after scrolling it to the middle of the window at once: Bootstrap makes scrolling smooth,
	 * and a click during the scroll lands elsewhere.
	 */
	static void tap(Browser browser, String css) {
		script(browser, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", browser.find(css));
		browser.click(css);
	}

	/** Clicks something that loads a new page (a form's button, a link) and waits until the new page is there. */
	static void clickAndWait(Browser browser, String css) {
		var old = browser.find("html");
		tap(browser, css);
		waitUntil(browser, org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old)::apply);
	}

	/** Waits until the element's text is the expected one (live refresh, redirects). */
	static void waitForText(Browser browser, String css, String expected) {
		waitUntil(browser, d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().equals(expected)));
	}

	static Object script(Browser browser, String script, Object... args) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
	}

	/** Opens the action's form (the first one is open already) and uploads a photo into it when asked. */
	static void openAction(Browser browser, String action) {
		script(browser, "document.getElementById(arguments[0]).open = true", "action-" + action);
	}

	/** Chooses a photo file in the input; the page uploads it and adds its id to the form. */
	static void attachPhoto(Browser browser, String inputCss, String formCss) {
		browser.find(inputCss).sendKeys(photoFile());
		waitUntil(browser, d -> !d.findElements(By.cssSelector(formCss + " input[name='photoIds']")).isEmpty());
	}
}
