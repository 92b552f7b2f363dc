package org.chengguan.assessment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.regions.RegionDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly report's downloads, for the API (bearer token) and for the pages (their session) alike: Excel, one
 * sheet per kind of unit, and PDF. The readers are the assessment's. Each file is made in memory first (a year of
 * every grid is a few megabytes) and sent with its {@code Content-Length}, so that the page can show the download's
 * progress.
 */
@RestController
@Tag(name = "Assessment")
class ReportExports {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Assessment assessment;

	private final ReportTables tables;

	private final RegionDirectory regions;

	private final CjkFont font;

	private final Actors actors;

	ReportExports(Assessment assessment, ReportTables tables, RegionDirectory regions, CjkFont font, Actors actors) {
		this.assessment = assessment;
		this.tables = tables;
		this.regions = regions;
		this.font = font;
		this.actors = actors;
	}

	@GetMapping({ "/api/v1/assessment/report.xlsx", "/assessment/report.xlsx" })
	@Operation(summary = "The monthly report as Excel: a sheet per kind of unit, every indicator as numerator, "
			+ "denominator and rate (values), the formulas above them, the rules version in the title row")
	void xlsx(@Parameter(description = "2026-11 (default this month), or any period of GET /api/v1/assessment/{kind}")
	@RequestParam(required = false) String period, Locale locale, HttpServletResponse response) throws IOException {
		ReportTables.Monthly report = monthly(period);
		ByteArrayOutputStream file = new ByteArrayOutputStream(64 * 1024);
		new ReportWorkbook(tables, locale).write(report, file);
		send(response, XLSX, "assessment-" + report.period().label() + ".xlsx", file);
	}

	@GetMapping({ "/api/v1/assessment/report.pdf", "/assessment/report.pdf" })
	@Operation(summary = "The monthly report as PDF, in an embedded CJK font; 503 when the server has no CJK font")
	ResponseEntity<ProblemDetail> pdf(@RequestParam(required = false) String period, Locale locale,
			HttpServletResponse response) throws IOException {
		ReportTables.Monthly report = monthly(period);
		var cjk = font.font();
		if (cjk.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The PDF needs a CJK font and the server has none: install fonts-wqy-microhei or set "
							+ "chengguan.assessment.pdf-font (looked for " + font.candidates() + ")");
			problem.setTitle("No CJK font");
			problem.setType(URI.create("about:blank"));
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream(64 * 1024);
		new ReportPdf(tables, locale, cjk.get()).write(report, file);
		send(response, MediaType.APPLICATION_PDF, "assessment-" + report.period().label() + ".pdf", file);
		return null;
	}

	private ReportTables.Monthly monthly(String period) {
		Actor me = actors.require();
		Period p = Period.parse(period, assessment.today());
		return tables.monthly(me, p, MonthlyReportPage.scopeName(regions, me));
	}

	private static void send(HttpServletResponse response, MediaType type, String filename, ByteArrayOutputStream file)
			throws IOException {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setContentLengthLong(file.size());
		file.writeTo(response.getOutputStream());
	}
}
