package org.chengguan.facilities.stalls;

import java.util.List;

/**
 * Something wrong with a pitch application, found by {@code PitchRequestRules}: the field, a stable code (pages show
 * the bundle's text {@code pitches.fault.<code>} with the arguments), and the same in English for the API's problem.
 *
 * @param malformed whether the request itself is at fault (400) rather than what the area allows (422)
 */
public record PitchFault(String field, String code, List<String> args, String text, boolean malformed) {

	public PitchFault {
		args = List.copyOf(args);
	}

	/** The API's wording: the field, then what is wrong. */
	public String detail() {
		return field + ": " + text;
	}
}
