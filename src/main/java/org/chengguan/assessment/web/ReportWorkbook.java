package org.chengguan.assessment.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.chengguan.assessment.Assessment;

/**
 * The monthly report as an Excel workbook: one sheet per kind of unit; per unit its rank, previous rank, code, name,
 * composite, grade and 20-point score, then for every indicator its numerator, denominator and rate (a band score:
 * the count and the score) as values, under a row that states each indicator's formula. Written with SXSSF, which
 * keeps only a window of rows in memory, straight to the response.
 */
final class ReportWorkbook {

	/** The columns before the indicators. */
	static final int FIXED = 7;

	/** The rows above the units: title, column names, formulas. */
	static final int HEADER_ROWS = 3;

	private final ReportTables labels;

	private final Locale locale;

	ReportWorkbook(ReportTables labels, Locale locale) {
		this.labels = labels;
		this.locale = locale;
	}

	/** Writes the workbook, telling {@code written} each kind's sheet as it is done. */
	void write(ReportTables.Monthly report, OutputStream out, java.util.function.Consumer<String> written)
			throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle percent = book.createCellStyle();
			percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
			for (KindTable table : report.tables()) {
				Sheet sheet = book.createSheet(labels.kindName(table.kind(), locale));
				header(sheet, report, table, bold);
				int r = HEADER_ROWS;
				for (KindTable.Row unit : table.rows()) {
					row(sheet.createRow(r++), unit, percent);
				}
				written.accept(table.kind());
			}
			book.write(out);
			book.dispose();
		}
	}

	private void header(Sheet sheet, ReportTables.Monthly report, KindTable table, CellStyle bold) {
		Row title = sheet.createRow(0);
		text(title, 0, labels.text("as.report.heading", locale, report.scopeName(), report.period().label()), bold);
		text(title, FIXED, labels.text("as.rules", locale, report.rulesVersion()), null);
		Row names = sheet.createRow(1);
		Row formulas = sheet.createRow(2);
		List<String> fixed = List.of("as.col.rank", "as.col.previousRank", "as.col.code", "as.col.unit",
				"as.col.composite", "as.col.grade", "as.col.points");
		for (int i = 0; i < fixed.size(); i++) {
			text(names, i, labels.text(fixed.get(i), locale), bold);
		}
		int c = FIXED;
		for (String key : table.indicatorKeys()) {
			String label = labels.label(key, locale);
			text(names, c, label + " · " + labels.text("as.col.numerator", locale), bold);
			text(names, c + 1, label + " · " + labels.text("as.col.denominator", locale), bold);
			text(names, c + 2, label + " · " + labels.text("as.col.rate", locale), bold);
			text(formulas, c, labels.formula(table.kind(), key, locale), null);
			c += 3;
		}
	}

	private static void row(Row row, KindTable.Row unit, CellStyle percent) {
		Assessment.Unit u = unit.unit();
		number(row, 0, u.rank() == null ? null : u.rank().doubleValue(), null);
		number(row, 1, u.previousRank() == null ? null : u.previousRank().doubleValue(), null);
		text(row, 2, u.code(), null);
		text(row, 3, unit.name(), null);
		number(row, 4, u.composite(), null);
		text(row, 5, u.grade(), null);
		number(row, 6, u.points(), null);
		int c = FIXED;
		for (Assessment.Indicator i : u.indicators()) {
			number(row, c, (double) i.numerator(), null);
			if (Figures.isScore(i)) {
				number(row, c + 2, i.score(), null);
			}
			else {
				number(row, c + 1, (double) i.denominator(), null);
				number(row, c + 2, i.rate(), percent);
			}
			c += 3;
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

	private static void number(Row row, int column, Double value, CellStyle style) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}
}
