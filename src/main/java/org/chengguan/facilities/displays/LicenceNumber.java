package org.chengguan.facilities.displays;

import java.util.Locale;
import java.util.Optional;

/**
 * A business licence number: the unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters of
 * digits and capital letters without I, O, S, V and Z, the last a check character.
 */
public record LicenceNumber(String value) {

	private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public LicenceNumber {
		if (!valid(value)) {
			throw new IllegalArgumentException("not a unified social credit code: " + value);
		}
	}

	/** Reads a code as typed (spaces ignored, lower case accepted); empty when it is not a valid one. */
	public static Optional<LicenceNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return valid(cleaned) ? Optional.of(new LicenceNumber(cleaned)) : Optional.empty();
	}

	private static boolean valid(String text) {
		if (text == null || text.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (CHARS.indexOf(text.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(text.substring(0, 17)) == text.charAt(17);
	}

	/** The check character that completes 17 characters (for tests and demo data that make valid codes). */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARS.charAt((31 - sum % 31) % 31);
	}
}
