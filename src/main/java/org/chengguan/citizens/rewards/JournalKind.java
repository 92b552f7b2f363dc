package org.chengguan.citizens.rewards;

/** The business event a ledger journal records. */
public enum JournalKind {
	/** 奖励: REWARDS_EXPENSE debited, the citizen's account credited */
	REWARD,
	/** 提现: the citizen's account debited, PAYOUT_CLEARING credited */
	PAYOUT,
	/** a payout that failed for good: the amount back from PAYOUT_CLEARING to the citizen */
	PAYOUT_REVERSAL
}
