package org.chengguan.campaigns.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.campaigns.Campaign;
import org.chengguan.campaigns.CampaignDraft;
import org.chengguan.campaigns.Target;
import org.chengguan.campaigns.TargetMeasure;
import org.springframework.util.MultiValueMap;

/**
 * The create/edit form as sent and as shown again: texts kept as typed, so a refused form shows what was written.
 * Targets are one row per measure with the campaign's value and, optionally, the value for each district and each
 * street; per-region overrides are kept from the stored campaign (they are set through the API).
 */
public record CampaignForm(String name, String description, List<String> categories, List<String> regions, String startDate,
		String endDate, boolean published, Integer expectedVersion, Map<String, String> targets,
		Map<TargetMeasure, Map<String, Double>> overrides) {

	static final List<String> FIELDS = List.of("value", "eachDistrict", "eachStreet");

	static CampaignForm blank(LocalDate start, LocalDate end) {
		return new CampaignForm("", "", List.of(), List.of(), start.toString(), end.toString(), false, null, Map.of(),
				Map.of());
	}

	static CampaignForm of(Campaign c) {
		Map<String, String> targets = new LinkedHashMap<>();
		Map<TargetMeasure, Map<String, Double>> overrides = new LinkedHashMap<>();
		for (Target t : c.targets()) {
			put(targets, t.measure().name() + ".value", t.value());
			put(targets, t.measure().name() + ".eachDistrict", t.eachDistrict());
			put(targets, t.measure().name() + ".eachStreet", t.eachStreet());
			overrides.put(t.measure(), t.overrides());
		}
		return new CampaignForm(c.name(), c.description(), c.categories(), c.regions(), c.startDate().toString(),
				c.endDate().toString(), c.published(), c.version(), targets, overrides);
	}

	private static void put(Map<String, String> targets, String key, Double v) {
		if (v != null) {
			targets.put(key, v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString());
		}
	}

	static CampaignForm read(MultiValueMap<String, String> form, CampaignForm stored) {
		Map<String, String> targets = new LinkedHashMap<>();
		for (TargetMeasure m : TargetMeasure.values()) {
			for (String f : FIELDS) {
				String v = form.getFirst("target." + m.name() + "." + f);
				if (v != null && !v.isBlank()) {
					targets.put(m.name() + "." + f, v.strip());
				}
			}
		}
		String version = form.getFirst("expectedVersion");
		return new CampaignForm(text(form.getFirst("name")), text(form.getFirst("description")), list(form, "categories"),
				list(form, "regions"), text(form.getFirst("startDate")), text(form.getFirst("endDate")),
				form.containsKey("published"), version == null || version.isBlank() ? null : Integer.valueOf(version),
				targets, stored == null ? Map.of() : stored.overrides());
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}

	private static List<String> list(MultiValueMap<String, String> form, String key) {
		List<String> values = form.get(key);
		return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
	}

	/** What is typed into a target field ({@code CASES_CLOSED.value}); empty if nothing. */
	public String target(String key) {
		return targets.getOrDefault(key, "");
	}

	/**
	 * The draft this form asks for; {@code faults} gets what cannot even be read (a date or a number that is not
	 * one), which the rules cannot see.
	 */
	CampaignDraft draft(List<String> faults) {
		List<Target> list = new ArrayList<>();
		for (TargetMeasure m : TargetMeasure.values()) {
			Double[] v = new Double[FIELDS.size()];
			boolean any = false;
			for (int i = 0; i < v.length; i++) {
				String key = m.name() + "." + FIELDS.get(i);
				String typed = targets.get(key);
				if (typed != null) {
					any = true;
					try {
						v[i] = Double.valueOf(typed);
					}
					catch (NumberFormatException e) {
						faults.add("target." + key + ": '" + typed + "' is not a number");
					}
				}
			}
			if (any) {
				list.add(new Target(m, v[0], v[1], v[2], overrides.get(m)));
			}
		}
		return new CampaignDraft(name, description, categories, regions, date("startDate", startDate, faults),
				date("endDate", endDate, faults), list, published);
	}

	private static LocalDate date(String field, String text, List<String> faults) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			faults.add(field + ": '" + text + "' is not a date (yyyy-MM-dd)");
			return null;
		}
	}
}
