package org.chengguan.catalogue;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An administrative region code (行政区划代码) as routing uses it: the city (4 digits, 3406), a district (6), a
 * street (9), a community (12) or a unit grid (15). A child's code starts with its parent's.
 */
record RegionCode(String value) {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Set<Integer> LENGTHS = Set.of(4, 6, 9, 12, 15);

	static final String EXPECTED = "4, 6, 9, 12 or 15 digits (city, district, street, community or grid)";

	static Optional<RegionCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var code = text.strip();
		return DIGITS.matcher(code).matches() && LENGTHS.contains(code.length()) ? Optional.of(new RegionCode(code))
				: Optional.empty();
	}
}
