package org.chengguan.open311.internal;

import java.util.regex.Pattern;

/**
 * Masks what looks like personal data in text that a reporter wrote and Open311 publishes: mobile and landline
 * numbers, 18-digit identity card numbers and e-mail addresses (a reporter may have typed their own). The last
 * four digits of a number stay, as the platform masks phones elsewhere (138****0001).
 */
final class PublicDetail {

	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)\\d{4}(\\d{4})(?!\\d)");

	private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)(0\\d{2,3})[- ]?\\d{3,4}(\\d{4})(?!\\d)");

	private static final Pattern IDENTITY_CARD = Pattern.compile("(?<![\\dXx])\\d{6}\\d{8}\\d{3}[\\dXx](?![\\dXx])");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private PublicDetail() {
	}

	static String masked(String text) {
		if (text == null) {
			return null;
		}
		String t = IDENTITY_CARD.matcher(text).replaceAll("******************");
		t = MOBILE.matcher(t).replaceAll("$1****$2");
		t = LANDLINE.matcher(t).replaceAll("$1-****$2");
		return EMAIL.matcher(t).replaceAll("****@****");
	}
}
