package org.chengguan.citizens.rewards;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;

/**
 * Everything the reward rules look at when a case moves: what happened to it, who reported it and how, and what the
 * reporter has had already.
 *
 * @param reporterId who reported the case; null for imports
 * @param claimantId who would be rewarded
 * @param claimantIsCitizen whether the claimant is a member of the public (市民) rather than staff
 * @param rewardsToday rewards the claimant has had today, the day in the city's zone
 * @param alreadyRewarded whether the case has earned a reward already
 */
public record RewardClaim(long caseId, Action action, CaseStatus status, Channel channel, Long reporterId,
		Long claimantId, boolean claimantIsCitizen, boolean urgent, int rewardsToday, boolean alreadyRewarded) {

	/** The same claim, with what the claimant has had counted (under the claimant's account lock). */
	RewardClaim counted(int today, boolean rewarded) {
		return new RewardClaim(caseId, action, status, channel, reporterId, claimantId, claimantIsCitizen, urgent, today,
				rewarded);
	}
}
