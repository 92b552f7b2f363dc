package org.chengguan.campaigns.internal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.campaigns.CampaignDraft;
import org.chengguan.campaigns.Target;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * What a campaign must be to be saved: a name, known categories, known regions below the city, a period that ends on
 * or after its start (at most three years), and targets whose values are above zero, rates at most 100, overrides on
 * districts or streets of its scope. Returns every fault at once (field: rule), so a form can show each.
 */
@Component
public class CampaignRules {

	/** At most this many days, as the assessment reads a range of days. */
	static final long MAX_DAYS = 3 * 366;

	private final CatalogueManagement catalogue;

	private final RegionDirectory regions;

	CampaignRules(CatalogueManagement catalogue, RegionDirectory regions) {
		this.catalogue = catalogue;
		this.regions = regions;
	}

	/** Throws a 400 listing every fault of the draft; returns quietly if there is none. */
	public void check(CampaignDraft d) {
		List<String> faults = faults(d);
		if (!faults.isEmpty()) {
			throw new InvalidInputException("The campaign cannot be saved: " + String.join("; ", faults), faults);
		}
	}

	public List<String> faults(CampaignDraft d) {
		List<String> faults = new ArrayList<>();
		if (d.name() == null || d.name().isBlank()) {
			faults.add("name: required");
		}
		else if (d.name().strip().length() > 100) {
			faults.add("name: at most 100 characters");
		}
		if (d.description() != null && d.description().length() > 2000) {
			faults.add("description: at most 2000 characters");
		}
		if (d.categories().isEmpty()) {
			faults.add("categories: at least one category code (see GET /api/v1/categories)");
		}
		for (String c : d.categories()) {
			if (catalogue.category(c).isEmpty()) {
				faults.add("categories: '" + c + "' is not a category code");
			}
		}
		if (d.regions().isEmpty()) {
			faults.add("regions: at least one region code (see GET /api/v1/regions/3406)");
		}
		for (String r : d.regions()) {
			var region = regions.region(r);
			if (region.isEmpty()) {
				faults.add("regions: '" + r + "' is not a region code");
			}
			else if (region.get().level() == RegionLevel.CITY) {
				// the whole city is every district: name them, so each has its own row in the progress
				faults.add("regions: '" + r + "' is the city; name its districts instead");
			}
		}
		if (d.startDate() == null) {
			faults.add("startDate: required (yyyy-MM-dd)");
		}
		if (d.endDate() == null) {
			faults.add("endDate: required (yyyy-MM-dd)");
		}
		if (d.startDate() != null && d.endDate() != null) {
			if (d.endDate().isBefore(d.startDate())) {
				faults.add("endDate: ends before the start " + d.startDate());
			}
			else if (ChronoUnit.DAYS.between(d.startDate(), d.endDate()) + 1 > MAX_DAYS) {
				faults.add("endDate: a campaign lasts at most " + MAX_DAYS + " days");
			}
		}
		targets(d, faults);
		return faults;
	}

	private void targets(CampaignDraft d, List<String> faults) {
		if (d.targets().isEmpty()) {
			faults.add("targets: at least one target");
		}
		Set<Object> seen = new HashSet<>();
		for (int i = 0; i < d.targets().size(); i++) {
			Target t = d.targets().get(i);
			String at = "targets[" + i + "]";
			if (t == null || t.measure() == null) {
				faults.add(at + ".measure: required (CASES_REPORTED, CASES_CLOSED, CLOSURE_RATE, ON_TIME_RATE, "
						+ "MERCHANTS_INSPECTED)");
				continue;
			}
			if (!seen.add(t.measure())) {
				faults.add(at + ".measure: " + t.measure() + " is named twice");
			}
			if (t.value() == null) {
				faults.add(at + ".value: required");
			}
			value(at + ".value", t.value(), t, faults);
			value(at + ".eachDistrict", t.eachDistrict(), t, faults);
			value(at + ".eachStreet", t.eachStreet(), t, faults);
			for (Map.Entry<String, Double> o : t.overrides().entrySet()) {
				String code = o.getKey();
				var region = regions.region(code);
				if (region.isEmpty() || (region.get().level() != RegionLevel.DISTRICT
						&& region.get().level() != RegionLevel.STREET)) {
					faults.add(at + ".overrides: '" + code + "' is not a district or street code");
				}
				else if (d.regions().stream().noneMatch(r -> code.startsWith(r) || r.startsWith(code))) {
					faults.add(at + ".overrides: " + code + " " + region.map(Region::name).orElse("")
							+ " lies outside the campaign's regions");
				}
				value(at + ".overrides." + code, o.getValue(), t, faults);
			}
		}
	}

	private static void value(String field, Double v, Target t, List<String> faults) {
		if (v == null) {
			return;
		}
		if (v.isNaN() || v <= 0) {
			faults.add(field + ": must be above 0");
		}
		else if (t.measure().rate() && v > 100) {
			faults.add(field + ": a rate is a percentage, at most 100");
		}
		else if (!t.measure().rate() && v != Math.rint(v)) {
			faults.add(field + ": a count is a whole number");
		}
	}
}
