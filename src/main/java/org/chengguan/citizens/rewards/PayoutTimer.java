package org.chengguan.citizens.rewards;

import java.time.Instant;

/** Sets the timer that makes a payout's next attempt, in the caller's transaction. */
@FunctionalInterface
public interface PayoutTimer {

	/**
	 * @param attempt how many attempts were made before this one (0 for the first), to tell the timers apart
	 */
	void schedule(long payoutId, int attempt, Instant at);
}
