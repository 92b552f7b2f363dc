package org.chengguan.open311.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The spec's rule for what a client writes: free text that may contain line breaks but not HTML or code. A less-than
 * sign that opens a tag (followed by a letter, a slash, an exclamation or a question mark) or a control character
 * other than a line break or tab is refused rather than stored: the platform keeps text as text and never cleans it
 * up.
 */
final class PlainText {

	private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?\\p{L}]");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

	private PlainText() {
	}

	/**
	 * What is wrong with the text for a field of at most {@code max} characters (Unicode code points), with or
	 * without line breaks; empty if nothing.
	 */
	static Optional<String> problem(String field, String text, int max, boolean lines) {
		if (MARKUP.matcher(text).find()) {
			return Optional.of(field + " may not contain HTML or code (a '<' followed by a letter, '/', '!' or '?')");
		}
		if (CONTROL.matcher(text).find()) {
			return Optional.of(field + " may not contain control characters");
		}
		if (!lines && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
			return Optional.of(field + " must be one line");
		}
		int length = text.codePointCount(0, text.length());
		if (length > max) {
			return Optional.of(field + " has " + length + " characters; at most " + max + " are allowed");
		}
		return Optional.empty();
	}
}
