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
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.RegionDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly report's downloads, for the API (bearer token) and for the pages (their session) alike: Excel, one
 * sheet per kind of unit, and PDF. The readers are the assessment's. A large period takes seconds to evaluate and
 * write: a download asked with {@code progress=<id>} reports each kind done ({@link ExportProgress}), and each file is
 * made in memory (a year of every grid is a few megabytes) and sent with its {@code Content-Length}, so that the page
 * shows the making and then the transfer.
 */
@RestController
@Tag(name = "Assessment")
class ReportExports {

	private static final String PROGRESS = "an id of 8 to 64 letters, digits or dashes, to follow the download's "
			+ "making with GET /api/v1/assessment/exports/{id}";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Assessment assessment;

	private final ReportTables tables;

	private final RegionDirectory regions;

	private final CjkFont font;

	private final Actors actors;

	private final ExportProgress progress;

	ReportExports(Assessment assessment, ReportTables tables, RegionDirectory regions, CjkFont font, Actors actors,
			ExportProgress progress) {
		this.progress = progress;
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
	@RequestParam(required = false) String period, @Parameter(description = PROGRESS) @RequestParam(
			required = false) String progress, Locale locale, HttpServletResponse response) throws IOException {
		Actor me = actors.require();
		Period p = Period.parse(period, assessment.today());
		try (ExportProgress.Tracker tracker = this.progress.start(me, progress, steps(me))) {
			ReportTables.Monthly report = monthly(me, p, tracker);
			ByteArrayOutputStream file = new ByteArrayOutputStream(64 * 1024);
			new ReportWorkbook(tables, locale).write(report, file, kind -> tracker.step("written", kind));
			send(response, XLSX, "assessment-" + report.period().label() + ".xlsx", file);
		}
	}

	@GetMapping({ "/api/v1/assessment/report.pdf", "/assessment/report.pdf" })
	@Operation(summary = "The monthly report as PDF, in an embedded CJK font; 503 when the server has no CJK font")
	ResponseEntity<ProblemDetail> pdf(@RequestParam(required = false) String period,
			@Parameter(description = PROGRESS) @RequestParam(required = false) String progress, Locale locale,
			HttpServletResponse response) throws IOException {
		Actor me = actors.require();
		Period p = Period.parse(period, assessment.today());
		try (ExportProgress.Tracker tracker = this.progress.start(me, progress, steps(me))) {
			ReportTables.Monthly report = monthly(me, p, tracker);
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
			new ReportPdf(tables, locale, cjk.get()).write(report, file, kind -> tracker.step("written", kind));
			send(response, MediaType.APPLICATION_PDF, "assessment-" + report.period().label() + ".pdf", file);
			return null;
		}
	}

	/** Where a download started with {@code progress=<id>} stands: each kind evaluated, then each written. */
	record ExportStatus(String phase, String kind, String kindName, int done, int total) {
	}

	@GetMapping({ "/api/v1/assessment/exports/{id}", "/assessment/exports/{id}" })
	@Operation(summary = "How far a report download asked with progress=<id> has got (evaluated and written kinds "
			+ "out of all); 404 when none with that id is being made for you on this server")
	ExportStatus exportStatus(@PathVariable String id, Locale locale) {
		Actor me = actors.require();
		ExportProgress.Status s = progress.status(me, id)
			.orElseThrow(() -> new NotFoundException("no download with the progress id " + id + " is being made "
					+ "for you on this server (it may have finished)"));
		return new ExportStatus(s.phase(), s.kind(), s.kind() == null ? null : tables.kindName(s.kind(), locale),
				s.done(), s.total());
	}

	private ReportTables.Monthly monthly(Actor me, Period period, ExportProgress.Tracker tracker) {
		return tables.monthly(me, period, MonthlyReportPage.scopeName(regions, me),
				kind -> tracker.step("evaluated", kind));
	}

	/** A kind evaluated and a kind written for each kind of the reader's report. */
	private int steps(Actor me) {
		return 2 * tables.kindsOf(me).size();
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
