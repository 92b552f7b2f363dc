package org.chengguan.campaigns;

import java.util.Map;
import java.util.TreeMap;

/**
 * One target of a campaign: the value to reach for the whole campaign, optionally the same value for each district
 * ({@code eachDistrict}) or each street ({@code eachStreet}), and overrides for named districts or streets (region code
 * → value). A rate's campaign value also applies to each district and street unless it is set apart; a count's does
 * not (a city's 100 closed cases are not 100 per street).
 */
public record Target(TargetMeasure measure, Double value, Double eachDistrict, Double eachStreet,
		Map<String, Double> overrides) {

	public Target {
		overrides = overrides == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(overrides));
	}

	/** The target of a district (6 digits) or street (9 digits); null if it has none. */
	public Double forUnit(String regionCode) {
		Double override = overrides.get(regionCode);
		if (override != null) {
			return override;
		}
		Double each = regionCode.length() == 6 ? eachDistrict : eachStreet;
		if (each != null) {
			return each;
		}
		return measure != null && measure.rate() ? value : null;
	}
}
