package org.chengguan.citizens.rewards;

import java.util.Objects;
import java.util.Optional;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;

/**
 * One anti-abuse rule of rewards (奖励规则): the reason a claim is refused, or empty when the rule has nothing against
 * it. {@link RewardPolicy} applies them all.
 */
@FunctionalInterface
public interface RewardRule {

	Optional<String> refusal(RewardClaim claim);

	/** Only a report filed as a case (立案) is valid: voided (不予立案) and duplicate (重复) reports earn nothing. */
	RewardRule ONLY_FILED_REPORTS = claim -> claim.action() == Action.FILE && claim.status() == CaseStatus.FILED
			? Optional.empty()
			: Optional.of("only a report filed as a case earns a reward; this one is " + claim.status()
					+ (claim.status() == CaseStatus.VOIDED || claim.status() == CaseStatus.DUPLICATE ? ""
							: " after " + claim.action()));

	/** Only reports that came in through a citizens' channel (随手拍, hotline, Open311): not staff patrols or imports. */
	RewardRule ONLY_CITIZENS_CHANNELS = claim -> claim.channel() != null && claim.channel().hasCitizenReporter()
			? Optional.empty()
			: Optional.of("reports from the " + claim.channel() + " channel are staff's, not citizens'");

	/** Only a member of the public is rewarded, never staff (an operator registering a hotline call). */
	RewardRule ONLY_CITIZENS = claim -> claim.claimantId() != null && claim.claimantIsCitizen() ? Optional.empty()
			: Optional.of(claim.claimantId() == null ? "the case has no reporter to reward"
					: "user " + claim.claimantId() + " is not a citizen");

	/** Only the first reporter of a case, not those whose later reports were linked to it as duplicates. */
	RewardRule ONLY_THE_FIRST_REPORTER = claim -> claim.claimantId() != null
			&& Objects.equals(claim.claimantId(), claim.reporterId()) ? Optional.empty()
					: Optional.of("only the case's first reporter is rewarded, not user " + claim.claimantId());

	/** A case is rewarded once, however often it is filed or whoever asks (the database enforces it too). */
	RewardRule ONCE_PER_CASE = claim -> claim.alreadyRewarded()
			? Optional.of("case " + claim.caseId() + " was rewarded already") : Optional.empty();

	/** At most {@code max} rewards per citizen per day. */
	static RewardRule atMostPerDay(int max) {
		return claim -> claim.rewardsToday() < max ? Optional.empty()
				: Optional.of("at most " + max + " rewards per citizen per day; user " + claim.claimantId()
						+ " has had " + claim.rewardsToday() + " today");
	}
}
