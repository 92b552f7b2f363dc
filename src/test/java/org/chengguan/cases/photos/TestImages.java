package org.chengguan.cases.photos;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javax.imageio.ImageIO;

/** Images made in the test: a real JPEG, optionally with an EXIF GPS block written byte by byte. */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] jpeg(int width, int height, int seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new Color(seed * 2654435761L > 0 ? (int) (seed * 2654435761L) & 0xFFFFFF : seed));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.drawString("case photo " + seed, 5, height / 2);
		g.dispose();
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A JPEG whose EXIF says it was taken at (lat, lon), north and east. */
	public static byte[] jpegWithGps(int seed, double lat, double lon) {
		byte[] plain = jpeg(640, 480, seed);
		byte[] tiff = gpsTiff(lat, lon);
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		app1.put("Exif".getBytes()).put((byte) 0).put((byte) 0).put(tiff);
		var out = new ByteArrayOutputStream();
		out.write(plain, 0, 2); // SOI
		out.writeBytes(app1.array());
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** A little-endian TIFF: IFD0 pointing at a GPS IFD with latitude and longitude as degrees/minutes/seconds. */
	private static byte[] gpsTiff(double lat, double lon) {
		ByteBuffer b = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
		// IFD0 at 8: one entry, GPSInfo (0x8825, LONG) → GPS IFD at 26
		b.putShort((short) 1);
		b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
		b.putInt(0);
		// GPS IFD at 26: four entries (2 + 4 × 12 + 4 = 54 bytes), rationals from 80
		b.putShort((short) 4);
		b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
		b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
		b.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
		b.putInt(0);
		b.position(80);
		putDms(b, lat);
		putDms(b, lon);
		return java.util.Arrays.copyOf(b.array(), 128);
	}

	private static void putDms(ByteBuffer b, double degrees) {
		int d = (int) degrees;
		int m = (int) ((degrees - d) * 60);
		long s = Math.round(((degrees - d) * 60 - m) * 60 * 10_000);
		b.putInt(d).putInt(1).putInt(m).putInt(1).putInt((int) s).putInt(10_000);
	}
}
