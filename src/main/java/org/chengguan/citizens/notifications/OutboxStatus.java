package org.chengguan.citizens.notifications;

/** Where an outbox row stands. */
public enum OutboxStatus {
	/** waiting for its (first or next) delivery attempt */
	PENDING,
	/** delivered by its channel; final */
	DELIVERED,
	/** every allowed attempt failed; kept with the last error for the administrators. Final */
	DEAD
}
