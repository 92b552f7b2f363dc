package org.chengguan.cases.photos;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The image formats a phone sends, recognised by their first bytes — never by file name or declared type. */
public enum ImageType {

	JPEG("image/jpeg", "jpg"),
	PNG("image/png", "png"),
	WEBP("image/webp", "webp"),
	/** HEIF/HEIC, the iPhone's default */
	HEIC("image/heic", "heic");

	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
			"msf1");

	private final String mediaType;

	private final String extension;

	ImageType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** The type the content is, judged from its first 12 bytes or more. */
	public static Optional<ImageType> sniff(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (head.length >= 8 && Arrays.equals(Arrays.copyOf(head, 8),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of(PNG);
		}
		if (head.length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
			return Optional.of(WEBP);
		}
		if (head.length >= 12 && ascii(head, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(head, 8, 4))) {
			return Optional.of(HEIC);
		}
		return Optional.empty();
	}

	private static String ascii(byte[] bytes, int offset, int length) {
		return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
	}
}
