package org.chengguan.citizens.rewards;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.cases.CaseTransitioned;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.citizens.Money;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Credits a citizen's reward when their report is filed (立案), in the filing's transaction: the {@link RewardPolicy}
 * decides, under a lock on the citizen's account (so the daily limit holds against concurrent filings), and the
 * reward row (one per case, by primary key) and its balanced journal are written together.
 */
@Service
public class RewardCrediting {

	private static final Logger log = LoggerFactory.getLogger(RewardCrediting.class);

	private final Rewards rewards;

	private final Ledger ledger;

	private final Actors actors;

	private final CatalogueManagement catalogue;

	private final RewardPolicy policy;

	private final boolean enabled;

	private final ZoneId zone;

	RewardCrediting(Rewards rewards, Ledger ledger, Actors actors, CatalogueManagement catalogue,
			RewardProperties properties) {
		this.rewards = rewards;
		this.ledger = ledger;
		this.actors = actors;
		this.catalogue = catalogue;
		this.policy = new RewardPolicy(properties);
		this.enabled = properties.enabled();
		this.zone = properties.zone();
	}

	/**
	 * Rewards the case's reporter for the transition if the rules allow, in the caller's transaction. The reward's
	 * time and day are the transition's.
	 */
	public RewardOutcome credit(CaseTransitioned transition) {
		if (!enabled) {
			return RewardOutcome.refused("rewards are switched off");
		}
		Long reporterId = transition.reporterId();
		// the reporter of an app report needs no look-up: the cases module takes CITIZEN_APP reports from citizens only
		boolean citizen = reporterId != null && (transition.channel() == org.chengguan.cases.Channel.CITIZEN_APP
				|| actors.byId(reporterId).map(Actor::isCitizen).orElse(false));
		boolean urgent = catalogue.category(transition.categoryCode()).map(Category::urgent).orElse(false);
		RewardClaim claim = new RewardClaim(transition.caseId(), transition.action(), transition.to(),
				transition.channel(), reporterId, reporterId, citizen, urgent, 0, false);
		RewardOutcome outcome = decide(claim, transition);
		if (!outcome.isCredited()) {
			log.debug("No reward for case {}: {}", transition.number(), outcome.refusal());
		}
		return outcome;
	}

	private RewardOutcome decide(RewardClaim uncounted, CaseTransitioned t) {
		var refusal = policy.refusal(uncounted);
		if (refusal.isPresent()) {
			return RewardOutcome.refused(refusal.get());
		}
		long userId = uncounted.claimantId();
		LocalDate day = LocalDate.ofInstant(t.at(), zone);
		ledger.lockAccount(userId, t.at());
		Rewards.Counted counted = rewards.count(userId, day, t.caseId());
		RewardClaim claim = uncounted.counted(counted.onTheDay(), counted.caseRewarded());
		refusal = policy.refusal(claim);
		if (refusal.isPresent()) {
			return RewardOutcome.refused(refusal.get());
		}
		Money amount = policy.amountFor(claim);
		if (!rewards.addIfAbsent(t.caseId(), t.number(), userId, amount, policy.tariffFor(claim), t.at(), day)) {
			return RewardOutcome.refused(RewardRule.ONCE_PER_CASE.refusal(claim.counted(0, true)).orElseThrow());
		}
		ledger.post(JournalKind.REWARD, t.caseId(), null, t.at(), Account.REWARDS_EXPENSE, Account.citizen(userId),
				amount);
		return RewardOutcome.credited(amount);
	}
}
