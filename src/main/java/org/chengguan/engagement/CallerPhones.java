package org.chengguan.engagement;

import java.util.regex.Pattern;

import org.chengguan.identity.PhoneNumber;

/** A hotline caller's number: a mainland mobile, or a landline with its area code (0561-3123456). */
final class CallerPhones {

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-\\d{7,8}");

	private CallerPhones() {
	}

	/** The number as stored, or null when it is neither a mobile nor a landline. */
	static String normalise(String text) {
		if (text == null) {
			return null;
		}
		var mobile = PhoneNumber.parse(text);
		if (mobile.isPresent()) {
			return mobile.get().value();
		}
		String landline = text.strip().replace(' ', '-');
		return LANDLINE.matcher(landline).matches() ? landline : null;
	}
}
