package org.chengguan.citizens.rewards;

/** What one attempt at a payout came to. */
public enum PayoutAttempt {
	PAID,
	/** the channel failed; another attempt is scheduled */
	RETRY_SCHEDULED,
	/** the channel failed for the last allowed time; the amount went back to the citizen's balance */
	FAILED,
	/** nothing to do: paid or failed already, not due, being paid by another instance, or of another channel */
	SKIPPED
}
