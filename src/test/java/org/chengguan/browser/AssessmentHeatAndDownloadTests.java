package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.browser.WorkbenchFixtures.clickAndWait;
import static org.chengguan.browser.WorkbenchFixtures.script;
import static org.chengguan.browser.WorkbenchFixtures.signIn;
import static org.chengguan.browser.WorkbenchFixtures.tap;
import static org.chengguan.browser.WorkbenchFixtures.waitUntil;
import static org.chengguan.cases.KnownHistories.at;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chengguan.Browser;
import org.chengguan.BrowserTest;
import org.chengguan.assessment.internal.RollupMaintenance;
import org.chengguan.cases.KnownHistories;
import org.chengguan.geo.GeoPoint;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The leader's dashboard beyond the ranking: the heat map of a period's cases and of its late ones (drawn, switched),
 * the late cases behind a district's score with a case closed late among them, and the Excel download with its
 * progress, saved by the browser as a valid workbook. The cases are known histories of September 2025, a month no
 * other test uses, brought into the rollups by a rebuild.
 */
@BrowserTest
class AssessmentHeatAndDownloadTests {

	static final GeoPoint HERE = new GeoPoint(33.9500, 116.7900);

	static final GeoPoint THERE = new GeoPoint(33.9650, 116.8050);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aLeaderSeesTheHeatOfCasesAndOfLateOnesOpensTheLateCasesAndDownloadsTheWorkbookWithProgress()
			throws IOException {
		new WorkbenchFixtures(context);
		KnownHistories known = new KnownHistories(context);
		String monday = "2025-09-08T";
		long closedLate = known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).handle(at(monday + "17:00"))
			.checkPass(at("2025-09-09T08:45")).close(at("2025-09-09T09:00")).save();
		long stillOpen = known.citizenReport(HERE, "E0103", at(monday + "09:00")).verify(at(monday + "11:00"))
			.file(at(monday + "11:10")).dispatch("4", at(monday + "11:20")).save();
		long onTime = known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).handle(at(monday + "15:00"))
			.checkPass(at(monday + "15:30")).close(at(monday + "15:40")).save();
		long elsewhere = known.citizenReport(THERE, "E0102", at(monday + "09:00")).verify(at(monday + "12:00"))
			.file(at(monday + "14:10")).dispatch("4", at(monday + "14:20")).handle(at(monday + "15:00"))
			.checkPass(at(monday + "15:30")).close(at(monday + "15:40")).save();
		// the repository writes no events: the ranking's rollups see these cases after a rebuild
		context.getBean(RollupMaintenance.class).rebuild();
		Path downloads = Files.createTempDirectory("assessment-downloads");

		try (Browser leader = signIn(Browser.open(port, false), "leader")) {
			leader.driver().manage().window().setSize(new Dimension(1366, 1300));
			((HasCdp) leader.driver()).executeCdpCommand("Browser.setDownloadBehavior",
					Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
			leader.go("/assessment?period=2025-09");
			assertThat(leader.text("#assessment-title")).isEqualTo("淮北市 · 考核排名");

			awaitHeat(leader, "cases");
			assertThat(heat(leader, "total")).as("the city's cases of September 2025").isEqualTo("4");
			int cells = Integer.parseInt(heat(leader, "cells"));
			assertThat(cells).isPositive();
			assertThat(leader.driver().findElements(By.cssSelector("#heat-map path.heat-cell.heat-cases")))
				.as("a square drawn per cell").hasSize(cells);
			assertThat(leader.text("#heat-legend")).startsWith("每格案卷数");
			assertThat(leader.text("#heat-status")).contains("共 4 件");
			leader.screenshot("assessment-heat");

			tap(leader, "#heat-layer-overdue");
			awaitHeat(leader, "overdue");
			assertThat(heat(leader, "total")).as("all but the case handled on time").isEqualTo("3");
			assertThat(leader.has("#heat-map path.heat-overdue")).isTrue();
			assertThat(leader.has("#heat-map path.heat-cases")).as("one layer at a time").isFalse();
			assertThat(leader.find("#heat-layer-overdue").getAttribute("aria-pressed")).isEqualTo("true");
			leader.screenshot("assessment-heat-overdue");
			tap(leader, "#heat-layer-cases");
			awaitHeat(leader, "cases");
			assertThat(heat(leader, "total")).isEqualTo("4");

			clickAndWait(leader, "#unit-340603 a.late");
			assertThat(leader.path()).startsWith("/assessment/late").contains("period=2025-09");
			assertThat(leader.text("#late-title")).isEqualTo("相山区 · 超期案卷");
			List<String> rows = new ArrayList<>();
			leader.driver().findElements(By.cssSelector("#late-period-table tbody tr"))
				.forEach(r -> rows.add(r.getAttribute("id")));
			assertThat(rows).as("still overdue, verified 2 工作时 late, handled 1 工作时 late; not the one on time")
				.containsExactly("late-period-" + stillOpen, "late-period-" + elsewhere, "late-period-" + closedLate)
				.doesNotContain("late-period-" + onTime);
			assertThat(leader.text("#late-period-" + closedLate + " .status")).isEqualTo("已结案");
			assertThat(leader.text("#late-period-" + closedLate + " .step")).isEqualTo("处置");
			assertThat(leader.text("#late-period-" + closedLate + " .lateness")).isEqualTo("1 工作时");
			assertThat(leader.text("#late-period-" + stillOpen + " .step")).isEqualTo("仍超期");
			assertThat(leader.find("#late-period-" + closedLate + " a").getAttribute("href"))
				.endsWith("/cases/" + closedLate);
			leader.screenshot("assessment-late-closed");
			clickAndWait(leader, "#late-back");

			tap(leader, "#link-xlsx");
			waitUntil(leader, d -> "done".equals(leader.find("#download-status").getAttribute("data-state"))
					|| "failed".equals(leader.find("#download-status").getAttribute("data-state")));
			assertThat(leader.text("#download-text")).startsWith("已下载 assessment-2025-09.xlsx");
			String received = leader.find("#download-status").getAttribute("data-received");
			assertThat(received).as("every byte of the Content-Length read")
				.isEqualTo(leader.find("#download-status").getAttribute("data-total"));
			assertThat(leader.find("#download-progress").getAttribute("aria-valuenow")).isEqualTo("100");
			leader.screenshot("assessment-download");

			Path file = downloads.resolve("assessment-2025-09.xlsx");
			new WebDriverWait(leader.driver(), Duration.ofSeconds(15)).until(d -> Files.isRegularFile(file)
					&& sizeOf(file) == Long.parseLong(received));
			try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
				assertThat(book.getSheet("区县")).as("a valid workbook with the districts' sheet").isNotNull();
				assertThat(book.getSheet("区县").getRow(0).getCell(0).getStringCellValue()).contains("2025-09");
				List<String> districts = new ArrayList<>();
				book.getSheet("区县").forEach(r -> districts.add(r.getCell(2) == null ? "" : r.getCell(2).toString()));
				assertThat(districts).contains("340603");
			}
		}
	}

	private static void awaitHeat(Browser browser, String layer) {
		waitUntil(browser, d -> layer.equals(heat(browser, "layer")) && "drawn".equals(heat(browser, "state")));
	}

	private static String heat(Browser browser, String key) {
		return (String) script(browser, "return document.getElementById('heat-map').dataset[arguments[0]] || null", key);
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException e) {
			return -1;
		}
	}
}
