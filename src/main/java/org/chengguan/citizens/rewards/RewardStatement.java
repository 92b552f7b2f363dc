package org.chengguan.citizens.rewards;

import org.chengguan.citizens.Money;
import org.chengguan.citizens.internal.Paged;

/**
 * A citizen's rewards: what they may ask to be paid, what they have earned and been paid, and the history.
 *
 * @param balance owed to the citizen now, not yet requested
 * @param credited every reward ever credited
 * @param paid payouts the channel has paid
 * @param inPayment payouts requested and not yet paid
 * @param minimumPayout the smallest balance that can be paid out
 */
public record RewardStatement(Money balance, Money credited, Money paid, Money inPayment, Money minimumPayout,
		Paged<LedgerLine> history) {
}
