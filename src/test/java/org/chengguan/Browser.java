package org.chengguan;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Debian Chromium driven by Selenium, against the test server. Each browser has its own profile,
 * so several people (a citizen, an inspector…) can be signed in at once.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String base;

	private final Path profile;

	private Browser(WebDriver driver, String base, Path profile) {
		this.driver = driver;
		this.base = base;
		this.profile = profile;
	}

	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/** A browser with a phone-sized window (375 px wide) or a desktop one. */
	public static Browser open(int port, boolean phone) {
		try {
			Path profile = Files.createTempDirectory("chengguan-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--no-first-run", "--lang=zh-CN", "--user-data-dir=" + profile,
					phone ? "--window-size=375,812" : "--window-size=1366,900");
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
				.usingAnyFreePort()
				.build();
			WebDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, "http://localhost:" + port, profile);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(String cssSelector) {
		return new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
	}

	public Browser type(String cssSelector, String text) {
		WebElement field = find(cssSelector);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	public Browser click(String cssSelector) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)))
			.click();
		return this;
	}

	public String text(String cssSelector) {
		return find(cssSelector).getText();
	}

	public boolean has(String cssSelector) {
		return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	/** Waits until the browser has navigated to a path starting with {@code prefix}, and returns it. */
	public String awaitPath(String prefix) {
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(d -> d.getCurrentUrl().substring(base.length()).startsWith(prefix));
		return path();
	}

	public WebDriver driver() {
		return driver;
	}

	/** Saves what the page looks like to {@code target/screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// a temp profile left behind is harmless
		}
	}
}
