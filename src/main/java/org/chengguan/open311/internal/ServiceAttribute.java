package org.chengguan.open311.internal;

import java.util.List;
import java.util.Locale;

/**
 * An attribute of a service definition, as GeoReport v2 defines it: what a client asks its user beyond the
 * description and sends back as {@code attribute[code]} (or {@code attribute[code][]} for a multivaluelist).
 * Every attribute here is {@code variable} (user input).
 */
public record ServiceAttribute(String code, Datatype datatype, boolean required, String datatypeDescription,
		int order, String description, List<Option> values) {

	/** The spec's six datatypes. */
	public enum Datatype {
		STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

		/** As the spec writes it: {@code singlevaluelist}. */
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

		public boolean isList() {
			return this == SINGLEVALUELIST || this == MULTIVALUELIST;
		}
	}

	/** One choice of a list: {@code key} is what the client sends, {@code name} what its user reads. */
	public record Option(String key, String name) {
	}

	public ServiceAttribute {
		values = List.copyOf(values);
	}
}
