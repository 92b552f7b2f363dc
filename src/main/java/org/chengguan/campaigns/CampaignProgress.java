package org.chengguan.campaigns;

import java.time.Instant;
import java.util.List;

/**
 * A campaign's targets against its actual figures, for the whole campaign and per district and street in its scope.
 * No personal data: counts and rates only.
 */
public record CampaignProgress(Campaign campaign, Campaign.Phase phase, Instant asOf, Unit overall,
		List<Unit> districts, List<Unit> streets, long taggedCases, long taggedInspections) {

	/** The figures of one unit (the campaign as a whole, a district or a street). */
	public record Unit(String code, String name, List<Figure> figures) {
	}

	/**
	 * One measure of a unit: the actual value (a count, or a rate in percent with its numerator and denominator),
	 * the target (null: none set for this unit) and how far the actual has come, in percent of the target.
	 */
	public record Figure(TargetMeasure measure, Double actual, Long numerator, Long denominator, Double target,
			Double percent, Boolean met) {
	}
}
