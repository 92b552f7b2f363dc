package org.chengguan.disclosure.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.chengguan.platform.PayloadTooLargeException;
import org.chengguan.platform.UnsupportedContentException;

/**
 * Officers' photos, always stored as a small square PNG: an uploaded picture cropped to its centre and scaled down,
 * or — for generated demo officers — a drawn placeholder: the given name on a colour picked from the name, over a
 * light silhouette. Nothing is downloaded.
 */
public final class Avatars {

	/** The side of a stored photo in pixels. */
	public static final int SIZE = 240;

	/** The largest upload read. */
	public static final int MAX_UPLOAD = 2 * 1024 * 1024;

	private static final Color[] TONES = { new Color(0x1f6feb), new Color(0x2da44e), new Color(0xbf3989),
			new Color(0x8250df), new Color(0xcf222e), new Color(0x0969da), new Color(0x9a6700), new Color(0x1b7c83) };

	private static volatile Optional<String> cjkFont;

	private Avatars() {
	}

	/** A drawn placeholder for the name: its last one or two characters, white on a colour chosen by the name. */
	public static byte[] placeholder(String name) {
		BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			Color tone = TONES[Math.floorMod(name.hashCode(), TONES.length)];
			g.setColor(tone);
			g.fillRect(0, 0, SIZE, SIZE);
			g.setColor(tone.brighter());
			g.fill(new Ellipse2D.Double(SIZE * 0.3, SIZE * 0.12, SIZE * 0.4, SIZE * 0.4));
			g.fill(new Ellipse2D.Double(SIZE * 0.1, SIZE * 0.58, SIZE * 0.8, SIZE * 0.7));
			String given = name.length() > 2 ? name.substring(name.length() - 2) : name;
			Optional<String> font = fontFor(given);
			if (font.isPresent()) {
				g.setFont(new Font(font.get(), Font.BOLD, given.length() > 1 ? 72 : 96));
				FontMetrics metrics = g.getFontMetrics();
				int x = (SIZE - metrics.stringWidth(given)) / 2;
				int y = (SIZE - metrics.getHeight()) / 2 + metrics.getAscent();
				g.setColor(new Color(0, 0, 0, 60));
				g.drawString(given, x + 2, y + 2);
				g.setColor(Color.WHITE);
				g.drawString(given, x, y);
			}
			g.setStroke(new BasicStroke(6));
			g.setColor(new Color(255, 255, 255, 90));
			g.drawRect(3, 3, SIZE - 6, SIZE - 6);
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	/**
	 * An uploaded picture (JPEG, PNG, GIF or BMP) as a stored photo.
	 *
	 * @throws PayloadTooLargeException (413) over {@link #MAX_UPLOAD} bytes
	 * @throws UnsupportedContentException (415) if the bytes are not a picture Java can read
	 */
	public static byte[] fromUpload(byte[] bytes) {
		if (bytes.length > MAX_UPLOAD) {
			throw new PayloadTooLargeException("An officer's photo is at most " + MAX_UPLOAD / 1024 + " KB, this one has "
					+ bytes.length / 1024 + " KB.");
		}
		BufferedImage source;
		try {
			source = ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException e) {
			source = null;
		}
		if (source == null) {
			throw new UnsupportedContentException("An officer's photo must be a JPEG, PNG, GIF or BMP picture.");
		}
		int side = Math.min(source.getWidth(), source.getHeight());
		BufferedImage square = source.getSubimage((source.getWidth() - side) / 2, (source.getHeight() - side) / 2, side,
				side);
		BufferedImage scaled = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, SIZE, SIZE);
			g.drawImage(square, 0, 0, SIZE, SIZE, null);
		}
		finally {
			g.dispose();
		}
		return png(scaled);
	}

	/** A font that can draw the text (a CJK one for Chinese names), if the machine has one. */
	private static Optional<String> fontFor(String text) {
		Optional<String> known = cjkFont;
		if (known == null) {
			known = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
				.filter(f -> f.canDisplayUpTo("城管社区队员王李张") == -1)
				.map(Font::getFamily)
				.findFirst();
			cjkFont = known;
		}
		if (known.isPresent() && new Font(known.get(), Font.BOLD, 12).canDisplayUpTo(text) == -1) {
			return known;
		}
		return new Font(Font.SANS_SERIF, Font.BOLD, 12).canDisplayUpTo(text) == -1 ? Optional.of(Font.SANS_SERIF)
				: Optional.empty();
	}

	private static byte[] png(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
