package org.chengguan.open311.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.CategoryKind;
import org.chengguan.open311.internal.ServiceAttribute.Datatype;

/**
 * The attribute values of a POST ({@code attribute[code]=v}, {@code attribute[code][]=v1&attribute[code][]=v2})
 * checked against the service's definition: required ones present, each of its datatype, list values among the
 * keys. Attributes the service does not define are ignored, as FixMyStreet and other clients send their own.
 */
final class AttributeAnswers {

	private static final Pattern NAME = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");

	/** An answer as staff read it in the case: the attribute's label and the value's name, in Chinese. */
	record Answer(String label, String value) {
	}

	private AttributeAnswers() {
	}

	/** The attribute parameters of a form, by code, every value kept. */
	static Map<String, List<String>> read(Map<String, String[]> parameters) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			Matcher m = NAME.matcher(name);
			if (m.matches()) {
				List<String> all = given.computeIfAbsent(m.group(1), k -> new ArrayList<>());
				for (String v : values) {
					if (v != null && !v.isBlank()) {
						all.add(v.strip());
					}
				}
			}
		});
		return given;
	}

	/** The answers in the definition's order; what is wrong goes to {@code errors}. */
	static List<Answer> check(Map<String, List<String>> given, Category category, Instant now, ZoneId zone,
			PublicTexts texts, List<String> errors) {
		List<Answer> answers = new ArrayList<>();
		if (category.kind() != CategoryKind.COMPONENT) {
			return answers;
		}
		for (ComponentAttribute attribute : ComponentAttribute.values()) {
			List<String> values = given.getOrDefault(attribute.code(), List.of());
			String field = "attribute[" + attribute.code() + "]";
			if (values.isEmpty()) {
				if (attribute.required()) {
					errors.add(field + " is required" + (attribute.keys().isEmpty() ? ""
							: ": one of " + String.join(", ", attribute.keys())));
				}
				continue;
			}
			if (attribute.datatype() != Datatype.MULTIVALUELIST && values.size() > 1) {
				errors.add(field + " takes one value, " + values.size() + " were sent");
				continue;
			}
			checked(attribute, field, values, category, now, zone, texts).ifPresentOrElse(errors::add,
					() -> answers.add(new Answer(texts.text(Locale.SIMPLIFIED_CHINESE, "attr." + attribute.code()),
							shown(attribute, values, zone, texts))));
		}
		return answers;
	}

	private static Optional<String> checked(ComponentAttribute attribute, String field, List<String> values,
			Category category, Instant now, ZoneId zone, PublicTexts texts) {
		String value = values.get(0);
		switch (attribute.datatype()) {
			case STRING, TEXT -> {
				boolean text = attribute.datatype() == Datatype.TEXT;
				Optional<String> problem = PlainText.problem(field, value, text ? 2000 : 200, text);
				return problem.isPresent() ? problem : attribute.problem(value, category, now, null, null);
			}
			case NUMBER -> {
				try {
					return attribute.problem(value, category, now, null, new BigDecimal(value));
				}
				catch (NumberFormatException e) {
					return Optional.of(field + " must be a number, was '" + value + "'");
				}
			}
			case DATETIME -> {
				try {
					return attribute.problem(value, category, now, W3cTime.parse(value, zone), null);
				}
				catch (DateTimeParseException e) {
					return Optional.of(field + " must be an ISO 8601 date-time such as 2026-11-26T09:30:00+08:00, "
							+ "was '" + value + "'");
				}
			}
			default -> {
				List<String> unknown = values.stream().filter(v -> !attribute.keys().contains(v)).toList();
				return unknown.isEmpty() ? Optional.empty()
						: Optional.of(field + " has no value " + unknown + ": the keys are "
								+ String.join(", ", attribute.keys()));
			}
		}
	}

	private static String shown(ComponentAttribute attribute, List<String> values, ZoneId zone, PublicTexts texts) {
		if (attribute.datatype().isList()) {
			return String.join("、", new LinkedHashSet<>(values.stream()
				.map(key -> texts.text(Locale.SIMPLIFIED_CHINESE, "attr." + attribute.code() + "." + key))
				.toList()));
		}
		if (attribute.datatype() == Datatype.DATETIME) {
			return W3cTime.format(W3cTime.parse(values.get(0), zone), zone);
		}
		return values.get(0);
	}
}
