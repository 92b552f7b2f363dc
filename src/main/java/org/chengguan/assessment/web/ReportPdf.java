package org.chengguan.assessment.web;

import java.awt.Color;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.chengguan.assessment.Assessment;

/**
 * The monthly report as a PDF (A4 landscape) in an embedded CJK font: per kind of unit the formulas and weights,
 * then the ranking with every indicator as numerator/denominator = rate. Pages are written to the response as they
 * fill. The period and rules version are also in the document's title and subject.
 */
final class ReportPdf {

	private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final ReportTables labels;

	private final Locale locale;

	private final Font title;

	private final Font heading;

	private final Font body;

	private final Font small;

	private final Figures fig = new Figures();

	ReportPdf(ReportTables labels, Locale locale, BaseFont font) {
		this.labels = labels;
		this.locale = locale;
		this.title = new Font(font, 16, Font.BOLD);
		this.heading = new Font(font, 12, Font.BOLD);
		this.body = new Font(font, 8);
		this.small = new Font(font, 7, Font.NORMAL, Color.DARK_GRAY);
	}

	/** Writes the PDF, telling {@code written} each kind's section as it is done. */
	void write(ReportTables.Monthly report, OutputStream out, java.util.function.Consumer<String> written) {
		Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
		PdfWriter.getInstance(document, out);
		String heading = labels.text("as.report.heading", locale, report.scopeName(), report.period().label());
		document.addTitle(heading);
		document.addSubject("Assessment report " + report.period().label() + ", rules version " + report.rulesVersion());
		document.addCreator("Chengguan");
		document.open();
		document.add(new Paragraph(heading, title));
		document.add(new Paragraph(labels.text("as.period.range", locale, report.period().from(), report.period().to())
				+ " · " + labels.text("as.rules", locale, report.rulesVersion()) + " · "
				+ labels.text("as.asOf", locale, AS_OF.format(report.asOf())), small));
		document.add(new Paragraph(labels.text("as.report.method", locale), small));
		for (KindTable table : report.tables()) {
			kind(document, table);
			written.accept(table.kind());
		}
		document.close();
	}

	private void kind(Document document, KindTable table) {
		Paragraph name = new Paragraph(labels.kindName(table.kind(), locale), heading);
		name.setSpacingBefore(12);
		name.setSpacingAfter(4);
		document.add(name);
		if (table.rows().isEmpty()) {
			document.add(new Paragraph(labels.text("as.none", locale), body));
			return;
		}
		for (Assessment.Indicator i : table.rows().get(0).unit().indicators()) {
			document.add(new Paragraph(labels.label(i.key(), locale) + " = " + labels.formula(table.kind(), i.key(), locale)
					+ " (" + labels.text("as.report.weight", locale) + " " + fig.number(i.weight() * 100) + "%)", small));
		}
		PdfPTable grid = new PdfPTable(5 + table.indicatorKeys().size());
		grid.setWidthPercentage(100);
		grid.setSpacingBefore(4);
		grid.setHeaderRows(1);
		for (String column : new String[] { "as.col.rank", "as.col.unit", "as.col.composite", "as.col.grade",
				"as.col.points" }) {
			cell(grid, labels.text(column, locale), true);
		}
		table.indicatorKeys().forEach(key -> cell(grid, labels.label(key, locale), true));
		for (KindTable.Row row : table.rows()) {
			Assessment.Unit u = row.unit();
			cell(grid, u.rank() == null ? Figures.NONE : String.valueOf(u.rank()), false);
			cell(grid, row.name(), false);
			cell(grid, fig.number(u.composite()), false);
			cell(grid, u.grade() == null ? Figures.NONE : u.grade(), false);
			cell(grid, fig.number(u.points()), false);
			u.indicators().forEach(i -> cell(grid, fig.indicator(i), false));
		}
		document.add(grid);
	}

	private void cell(PdfPTable grid, String text, boolean header) {
		PdfPCell cell = new PdfPCell(new Phrase(text, body));
		cell.setPadding(3);
		if (header) {
			cell.setBackgroundColor(new Color(0xE9, 0xEC, 0xEF));
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		}
		grid.addCell(cell);
	}
}
