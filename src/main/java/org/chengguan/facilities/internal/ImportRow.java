package org.chengguan.facilities.internal;

import java.util.List;
import java.util.Map;

/**
 * One facility of an import file before it is checked: where it is in the file ({@code row 3}, {@code feature 2}) and
 * its values by lower-case column or property name, each a text or a list of texts. Structural faults found while
 * reading the file are values too ({@code row-error}, {@code geometry-error}).
 */
public record ImportRow(String where, Map<String, Object> values) {

	/** The value as a non-blank, stripped text; null if absent or blank. */
	public String text(String key) {
		Object v = values.get(key);
		return v instanceof String s && !s.isBlank() ? s.strip() : null;
	}

	/** The value as a list of non-blank texts (a single text is a list of one); null if absent. */
	public List<String> list(String key) {
		Object v = values.get(key);
		return v instanceof List<?> l ? l.stream().map(Object::toString).filter(s -> !s.isBlank()).toList()
				: v instanceof String s ? List.of(s) : null;
	}
}
