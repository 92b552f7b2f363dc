package org.chengguan.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** A mainland China mobile number (手机号): 11 digits, {@code 1[3-9]} then 9 more. */
public record PhoneNumber(String value) {

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	public PhoneNumber {
		if (value == null || !MOBILE.matcher(value).matches()) {
			throw new IllegalArgumentException("a mainland mobile number is 11 digits starting 13–19, e.g. 13800000001; "
					+ "was '" + value + "'");
		}
	}

	/** Reads a number as typed, ignoring spaces, dashes and a leading +86; empty when it cannot be one. */
	public static Optional<PhoneNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = text.replaceAll("[\\s-]", "");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		return MOBILE.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
	}

	/** The number as shown to anyone but its owner and administrators: {@code 138****0001}. */
	public String masked() {
		return mask(value);
	}

	/** Masks the middle four digits of an 11-digit number; other text is masked whole. */
	public static String mask(String phone) {
		if (phone == null) {
			return null;
		}
		return phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : "*".repeat(phone.length());
	}

	@Override
	public String toString() {
		return masked();
	}
}
