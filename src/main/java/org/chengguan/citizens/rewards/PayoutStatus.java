package org.chengguan.citizens.rewards;

/** Where a payout (提现) stands. */
public enum PayoutStatus {
	/** requested: the amount has left the citizen's balance and waits for the payout channel */
	PENDING,
	/** the payout channel paid it (or, for the recording channel, recorded it); final */
	PAID,
	/** every allowed attempt failed; the amount went back to the citizen's balance. Final */
	FAILED
}
