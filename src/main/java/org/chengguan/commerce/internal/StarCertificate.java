package org.chengguan.commerce.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.UnprocessableException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sticker-ready certificate of a starred shop (星级文明户 门贴): an A6 page with the shop's name, its stars as
 * ★ and the period, in a CJK font embedded as a subset ({@code chengguan.commerce.pdf-font}, else Debian's WenQuanYi
 * fonts). Without such a font it is refused rather than printed as empty boxes.
 */
@Component
public class StarCertificate {

	private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

	private final StarRatings ratings;

	private final String configuredFont;

	private volatile BaseFont font;

	StarCertificate(StarRatings ratings, @Value("${chengguan.commerce.pdf-font:}") String configuredFont) {
		this.ratings = ratings;
		this.configuredFont = configuredFont;
	}

	/** The certificate of the shop's stars in the latest closed period; 404 for a shop without three stars there. */
	public byte[] render(long merchantId) {
		StarRatings.PublicStar star = ratings.publicList().stream().filter(s -> s.merchantId() == merchantId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Merchant " + merchantId + " is no starred shop (三星及以上) of "
					+ "the latest rated period."));
		StarRating rating = ratings.latest(merchantId).orElseThrow();
		BaseFont base = font();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A6, 24, 24, 36, 24);
		PdfWriter.getInstance(document, out);
		document.addTitle("星级文明户 " + star.name());
		document.open();
		Color red = new Color(0xC0, 0x1C, 0x1C);
		add(document, "星级文明户", new Font(base, 22, Font.BOLD, red), 12);
		add(document, star.name(), new Font(base, 16, Font.BOLD), 10);
		add(document, "★".repeat(star.stars()) + "☆".repeat(5 - star.stars()), new Font(base, 26, Font.NORMAL,
				new Color(0xE0, 0xA0, 0x00)), 10);
		add(document, star.stars() + " 星 · " + rating.periodName(), new Font(base, 11), 4);
		add(document, rating.startsOn() + " — " + rating.endsOn(), new Font(base, 9, Font.NORMAL, Color.DARK_GRAY), 16);
		add(document, "淮北市城市管理局 评定", new Font(base, 10), 2);
		add(document, "Star-rated civilised shop", new Font(base, 8, Font.NORMAL, Color.GRAY), 0);
		document.close();
		return out.toByteArray();
	}

	private static void add(Document document, String text, Font font, float after) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(after);
		document.add(p);
	}

	private BaseFont font() {
		if (font == null) {
			String file = java.util.stream.Stream.concat(
					configuredFont.isBlank() ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(configuredFont.strip()),
					FONTS.stream())
				.filter(f -> Files.isReadable(Path.of(f))).findFirst()
				.orElseThrow(() -> new UnprocessableException("No CJK font to print the certificate with: install "
						+ "fonts-wqy-microhei or set chengguan.commerce.pdf-font", List.of("no CJK font")));
			try {
				font = BaseFont.createFont(file.endsWith(".ttc") ? file + ",0" : file, BaseFont.IDENTITY_H,
						BaseFont.EMBEDDED);
			}
			catch (Exception e) {
				throw new IllegalStateException("the CJK font " + file + " cannot be read: " + e.getMessage(), e);
			}
		}
		return font;
	}
}
