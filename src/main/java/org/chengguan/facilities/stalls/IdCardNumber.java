package org.chengguan.facilities.stalls;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999): 6 digits of the region, the birth date, 3 digits of
 * sequence and a check digit (0–9 or X). Personal data: shown whole to its owner only, to anyone else
 * {@link #masked()}.
 */
public record IdCardNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	public IdCardNumber {
		if (!valid(value)) {
			throw new IllegalArgumentException("not an ID card number: " + mask(value));
		}
	}

	/** Reads a number as typed (spaces ignored, a lower-case x accepted); empty when it is not a valid one. */
	public static Optional<IdCardNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return valid(cleaned) ? Optional.of(new IdCardNumber(cleaned)) : Optional.empty();
	}

	private static boolean valid(String text) {
		if (text == null || !SHAPE.matcher(text).matches()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (text.charAt(i) - '0') * WEIGHTS[i];
		}
		if (CHECK.charAt(sum % 11) != text.charAt(17)) {
			return false;
		}
		try {
			LocalDate born = LocalDate.parse(text.substring(6, 14), BIRTH);
			return born.getYear() >= 1900;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	/** The number as anyone but its owner sees it: the first four and the last four, e.g. 3406**********1234. */
	public String masked() {
		return mask(value);
	}

	/** Masks all but the first four and last four characters of an 18-character number; other text whole. */
	public static String mask(String number) {
		if (number == null) {
			return null;
		}
		return number.length() == 18 ? number.substring(0, 4) + "*".repeat(10) + number.substring(14)
				: "*".repeat(number.length());
	}

	/** The check digit that completes 17 digits: for tests and demo data that make valid numbers. */
	public static char checkDigit(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	@Override
	public String toString() {
		return masked();
	}
}
