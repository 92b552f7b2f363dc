package org.chengguan.citizens.notifications;

import java.time.Instant;

/** Sets the timers that deliver outbox rows, in the caller's transaction. */
public interface DeliveryTimer {

	/**
	 * The timer of one more attempt at one row (a retry after a failure).
	 *
	 * @param attempt how many attempts were made before this one, to tell the timers apart
	 */
	void schedule(long notificationId, int attempt, Instant at);

	/**
	 * The delivery round (投递批次) that delivers every row due when it runs, for rows written by the caller's
	 * transaction at {@code at}. The transactions of the same second share one round, which runs only after all of
	 * them committed; a transaction that comes after its second's round started gets a round of its own, named by
	 * {@code firstId} (the lowest row id it wrote).
	 */
	void scheduleRound(Instant at, long firstId);

	/**
	 * The statement that writes {@link #scheduleRound}'s round, to be sent with the transaction's other rows written
	 * just before it commits ({@link org.chengguan.platform.database.CommitBatch#pipelined}); null when it has written
	 * it already, which is what this default does.
	 */
	default org.chengguan.platform.database.CommitStatement roundStatement(Instant at, long firstId) {
		scheduleRound(at, firstId);
		return null;
	}
}
