package org.chengguan.citizens.rewards;

/**
 * An account of the rewards ledger (账户). Debits are positive, credits negative.
 *
 * @param name {@code REWARDS_EXPENSE}, {@code PAYOUT_CLEARING} or {@code CITIZEN:{userId}}
 */
public record Account(String name) {

	/** What rewards have cost the city: debited by each reward. */
	public static final Account REWARDS_EXPENSE = new Account("REWARDS_EXPENSE");

	/** Money handed to the payout channel, to be reconciled with the provider's statements: credited by payouts. */
	public static final Account PAYOUT_CLEARING = new Account("PAYOUT_CLEARING");

	/** What the city owes the citizen: credited by rewards, debited by payouts. */
	public static Account citizen(long userId) {
		return new Account("CITIZEN:" + userId);
	}
}
