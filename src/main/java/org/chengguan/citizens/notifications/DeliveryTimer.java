package org.chengguan.citizens.notifications;

import java.time.Instant;

/** Sets the timer that delivers an outbox row, in the caller's transaction. */
@FunctionalInterface
public interface DeliveryTimer {

	/**
	 * @param attempt how many attempts were made before this one (0 for the first), to tell the timers apart
	 */
	void schedule(long notificationId, int attempt, Instant at);
}
