package org.chengguan.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The monthly report's downloads over HTTP: the workbook has a sheet per kind whose numerators and denominators are
 * the JSON API's, the PDF is a PDF of the period in a CJK font (or a 503 problem on a server without one), and
 * both are refused to the wrong users.
 */
@PlatformTest
class ReportExportsTests {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseManagement cases;

	@Autowired
	PhotoLibrary photos;

	@Autowired
	RegionDirectory regions;

	@Autowired
	CjkFont font;

	TestUsers users;

	String leader;

	String month;

	@BeforeEach
	void leader() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		users = new TestUsers(context);
		leader = users.token(NewUser.staff("t-reports-leader", "测试考核领导", TestUsers.PASSWORD, "3406", Role.LEADER));
		month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
	}

	@Test
	void theWorkbookHasASheetPerKindWithTheNumeratorsAndDenominatorsOfTheApi() throws IOException {
		ClosedAndOpenCases made = new ClosedAndOpenCases(cases, photos, regions);
		made.closed("E0105");
		made.filedAndDispatched("E0106");
		String district = made.at.district().code();

		HttpResponse<byte[]> xlsx = get("/api/v1/assessment/report.xlsx?period=" + month, leader);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("assessment-" + month + ".xlsx");
		assertThat(xlsx.headers().firstValueAsLong("Content-Length")).as("the length first, for the page's progress")
			.hasValue(xlsx.body().length);
		JsonNode json = new Api(port).as(leader).get("/api/v1/assessment/district?period=" + month).json();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<String> sheets = new ArrayList<>();
			book.forEach(s -> sheets.add(s.getSheetName()));
			assertThat(sheets).as("a sheet per kind, a city reader sees all ten")
				.containsExactly("全市", "区县", "街道", "社区", "网格", "专业部门", "监督员", "受理员", "值班长", "派遣员");
			Sheet districts = book.getSheet("区县");
			assertThat(districts.getRow(0).getCell(ReportWorkbook.FIXED).getStringCellValue()).isEqualTo("考核规则第 "
					+ json.get("rulesVersion").asInt() + " 版");
			JsonNode unit = unit(json, district);
			Row row = row(districts, district);
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo(unit.get("name").asString());
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(unit.get("composite").asDouble());
			int column = ReportWorkbook.FIXED;
			for (JsonNode indicator : unit.get("indicators")) {
				String key = indicator.get("key").asString();
				assertThat(row.getCell(column).getNumericCellValue()).as(key + " numerator")
					.isEqualTo(indicator.get("numerator").asDouble());
				if (!key.endsWith("Score")) {
					assertThat(row.getCell(column + 1).getNumericCellValue()).as(key + " denominator")
						.isEqualTo(indicator.get("denominator").asDouble());
				}
				if (key.equals("closureRate")) {
					assertThat(indicator.get("numerator").asLong()).as("the closed case").isPositive();
					assertThat(indicator.get("denominator").asLong()).as("the open one too")
						.isGreaterThan(indicator.get("numerator").asLong());
					assertThat(row.getCell(column + 2).getNumericCellValue()).isEqualTo(indicator.get("rate").asDouble());
					assertThat(districts.getRow(2).getCell(column).getStringCellValue()).as("the formula above")
						.contains("结案数 / 应结案数");
				}
				column += 3;
			}
		}
	}

	@Test
	void thePdfIsTheMonthlyReportInACjkFontOrAClearRefusal() throws IOException {
		boolean fontHere = CjkFont.CANDIDATES.stream().anyMatch(f -> Files.isReadable(Path.of(f)));
		boolean ci = "true".equals(System.getenv("CI"));
		HttpResponse<byte[]> pdf = get("/api/v1/assessment/report.pdf?period=" + month, leader);
		if (!fontHere && !ci) {
			assertThat(pdf.statusCode()).as("no CJK font on this machine: a problem, not boxes").isEqualTo(503);
			assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).contains("CJK font");
			return;
		}
		assertThat(font.font()).as("CI installs fonts-wqy-microhei; the PDF needs it").isPresent();
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
		assertThat(raw).startsWith("%PDF").contains(month).contains("FontFile2");
		PdfReader reader = new PdfReader(pdf.body());
		String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(firstPage).as("the CJK text is real text, not boxes").contains("考核月报").contains(month);
		reader.close();
	}

	@Test
	void theDownloadsAndPagesAreRefusedToTheWrongUsers() throws IOException {
		String handler = users.token(NewUser.staff("t-reports-handler", "测试处置员", TestUsers.PASSWORD, "3406",
				Role.HANDLER).withDepartment("SANITATION"));
		for (String path : List.of("/api/v1/assessment/report.xlsx", "/api/v1/assessment/report.pdf")) {
			assertThat(get(path, null).statusCode()).as(path + " without a token").isEqualTo(401);
			HttpResponse<byte[]> refused = get(path, handler);
			assertThat(refused.statusCode()).as(path + " for a handler").isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		}
		assertThat(get("/api/v1/assessment/report.xlsx?period=2026-13", leader).statusCode()).isEqualTo(400);
		HttpResponse<byte[]> page = get("/assessment", null);
		assertThat(page.statusCode()).as("the page sends a stranger to sign in").isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");
		HttpResponse<byte[]> board = get("/scoreboard", null);
		assertThat(board.statusCode()).as("the public scoreboard needs no sign-in").isEqualTo(200);
		String html = new String(board.body(), StandardCharsets.UTF_8);
		assertThat(html).contains("办结率达").contains("群众满意率达").doesNotContain("测试");
	}

	private static JsonNode unit(JsonNode report, String code) {
		for (JsonNode u : report.get("units")) {
			if (u.get("code").asString().equals(code)) {
				return u;
			}
		}
		throw new AssertionError("no unit " + code + " in " + report);
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getRowNum() >= ReportWorkbook.HEADER_ROWS && code.equals(row.getCell(2).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + code + " in sheet " + sheet.getSheetName());
	}

	private HttpResponse<byte[]> get(String path, String token) throws IOException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
