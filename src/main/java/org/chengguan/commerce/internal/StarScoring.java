package org.chengguan.commerce.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scoring of one merchant in one period, from what happened and the rules: the base score plus each rule's points
 * times its count, kept within 0–100, then the stars of the highest threshold reached. Each applied rule is a reason.
 */
public final class StarScoring {

	/** What happened to the merchant in the period. */
	public record Facts(long failedItems, long cases, long complaints, boolean agreementSigned, boolean allianceDuty) {
	}

	/** The outcome: score, stars and the reasons. */
	public record Outcome(int score, int stars, List<StarRating.Reason> reasons) {
	}

	private StarScoring() {
	}

	public static Outcome score(Map<String, Integer> rules, Facts facts) {
		List<StarRating.Reason> reasons = new ArrayList<>();
		reasons.add(new StarRating.Reason("BASE", 1, rules.get("BASE")));
		add(reasons, rules, "FAILED_ITEM", facts.failedItems());
		add(reasons, rules, "CASE", facts.cases());
		add(reasons, rules, "COMPLAINT", facts.complaints());
		add(reasons, rules, "AGREEMENT", facts.agreementSigned() ? 1 : 0);
		add(reasons, rules, "ALLIANCE_DUTY", facts.allianceDuty() ? 1 : 0);
		int total = reasons.stream().mapToInt(StarRating.Reason::points).sum();
		int score = Math.max(0, Math.min(100, total));
		int stars = score >= rules.get("STARS_5") ? 5 : score >= rules.get("STARS_4") ? 4
				: score >= rules.get("STARS_3") ? 3 : score >= rules.get("STARS_2") ? 2 : 1;
		return new Outcome(score, stars, reasons);
	}

	private static void add(List<StarRating.Reason> reasons, Map<String, Integer> rules, String rule, long count) {
		if (count > 0) {
			reasons.add(new StarRating.Reason(rule, count, (int) Math.max(-1000, Math.min(1000, count * rules.get(rule)))));
		}
	}
}
