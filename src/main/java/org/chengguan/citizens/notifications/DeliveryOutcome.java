package org.chengguan.citizens.notifications;

/** What one delivery attempt of an outbox row came to. */
public enum DeliveryOutcome {
	DELIVERED,
	/** the channel failed; another attempt is scheduled */
	RETRY_SCHEDULED,
	/** the channel failed for the last allowed time */
	DEAD,
	/** nothing to do: delivered or dead already, not due yet, being delivered by another instance, or of a channel
	 * this instance does not have */
	SKIPPED
}
