package org.chengguan.open311.internal;

import java.util.Map;

/** A request's parameters as the spec reads them: a parameter sent empty is the same as one not sent. */
final class Parameters {

	private Parameters() {
	}

	/** The parameter's first value, stripped; null when absent or blank. */
	static String value(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
			return null;
		}
		return values[0].strip();
	}
}
