package org.chengguan.open311.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chengguan.catalogue.Category;
import org.chengguan.open311.internal.ServiceAttribute.Datatype;

/**
 * The attributes a 部件 (city component) service asks for. The catalogue defines no attributes of its own, so these
 * are derived from the kind: a component is a physical thing with a condition, a 16-digit number on its plate
 * (CJ/T 214: administrative code + class and subclass + sequence), sometimes several of them; when and how it was
 * seen and what it affects help the inspector find and judge it. 事件 (events) ask nothing beyond the description
 * and the location. Together they use each of the spec's six datatypes.
 */
enum ComponentAttribute {

	CONDITION("condition", Datatype.SINGLEVALUELIST, true, "damaged", "missing", "displaced", "soiled", "other"),
	COMPONENT_ID("component_id", Datatype.STRING, false),
	COUNT("count", Datatype.NUMBER, false),
	OBSERVED_AT("observed_at", Datatype.DATETIME, false),
	IMPACT("impact", Datatype.MULTIVALUELIST, false, "traffic", "safety", "hygiene", "nuisance"),
	LOCATION_DETAIL("location_detail", Datatype.TEXT, false);

	/** How far ahead of the server's clock an observation time may be (clients' clocks drift). */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final String code;

	private final Datatype datatype;

	private final boolean required;

	private final List<String> keys;

	ComponentAttribute(String code, Datatype datatype, boolean required, String... keys) {
		this.code = code;
		this.datatype = datatype;
		this.required = required;
		this.keys = List.of(keys);
	}

	String code() {
		return code;
	}

	Datatype datatype() {
		return datatype;
	}

	boolean required() {
		return required;
	}

	List<String> keys() {
		return keys;
	}

	static Optional<ComponentAttribute> byCode(String code) {
		return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
	}

	/** The definition, in the request's language. */
	ServiceAttribute definition(PublicTexts texts) {
		List<ServiceAttribute.Option> options = keys.stream()
			.map(key -> new ServiceAttribute.Option(key, texts.text("attr." + code + "." + key)))
			.toList();
		return new ServiceAttribute(code, datatype, required, texts.text("attr." + code + ".help"), ordinal() + 1,
				texts.text("attr." + code), options);
	}

	/** What is wrong with a well-typed value beyond its datatype, for this category; empty if nothing. */
	Optional<String> problem(String value, Category category, Instant now, Instant observedAt, BigDecimal number) {
		return switch (this) {
			case COMPONENT_ID -> componentId(value, category);
			case COUNT -> number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.ONE) < 0
					|| number.compareTo(BigDecimal.valueOf(999)) > 0
							? Optional.of("attribute[count] must be a whole number from 1 to 999, was '" + value + "'")
							: Optional.empty();
			case OBSERVED_AT -> observedAt.isAfter(now.plus(CLOCK_SKEW))
					? Optional.of("attribute[observed_at] lies in the future: " + value) : Optional.empty();
			default -> Optional.empty();
		};
	}

	/**
	 * A component number is 16 digits; its digits 7 to 10 are the class and subclass, which must be the service's
	 * own where its code has four digits (CJ/T 214; a newer standard's codes are not checked this way).
	 */
	private static Optional<String> componentId(String value, Category category) {
		if (!value.matches("[0-9]{16}")) {
			return Optional.of("attribute[component_id] must be the 16 digits on the component's plate, was '"
					+ value + "'");
		}
		String digits = category.code().substring(1);
		if (digits.length() == 4 && !value.substring(6, 10).equals(digits)) {
			return Optional.of("attribute[component_id] " + value + " numbers a component of class "
					+ value.substring(6, 10) + ", not of this service's " + digits.toUpperCase(Locale.ROOT));
		}
		return Optional.empty();
	}
}
