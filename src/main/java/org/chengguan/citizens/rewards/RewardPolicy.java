package org.chengguan.citizens.rewards;

import java.util.List;
import java.util.Optional;

import org.chengguan.citizens.Money;

/**
 * The reward rules together: whether a claim earns a reward (the first refusal, if any) and how much — the urgent
 * amount for an urgent category, the valid-report amount otherwise.
 */
public class RewardPolicy {

	private final List<RewardRule> rules;

	private final Money validReport;

	private final Money urgentReport;

	public RewardPolicy(RewardProperties properties) {
		this.rules = List.of(RewardRule.ONLY_FILED_REPORTS, RewardRule.ONLY_CITIZENS_CHANNELS, RewardRule.ONLY_CITIZENS,
				RewardRule.ONLY_THE_FIRST_REPORTER, RewardRule.ONCE_PER_CASE,
				RewardRule.atMostPerDay(properties.maxPerDay()));
		this.validReport = properties.validReportAmount();
		this.urgentReport = properties.urgentReportAmount();
	}

	/** Why the claim earns nothing; empty if it earns a reward. */
	public Optional<String> refusal(RewardClaim claim) {
		return rules.stream().map(rule -> rule.refusal(claim)).flatMap(Optional::stream).findFirst();
	}

	/** The reward the claim earns if no rule refuses it. */
	public Money amountFor(RewardClaim claim) {
		return claim.urgent() ? urgentReport : validReport;
	}

	/** The name of the tariff applied, stored with the reward. */
	public String tariffFor(RewardClaim claim) {
		return claim.urgent() ? "URGENT_REPORT" : "VALID_REPORT";
	}
}
