package org.chengguan.citizens.notifications;

import java.time.Instant;

import org.chengguan.citizens.NotificationKind;

/** An outbox row as the administrators see it: where it stands and, for a failing one, the last error. */
public record OutboxEntry(long id, long recipientId, String channel, NotificationKind kind, long caseId,
		String caseNumber, OutboxStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
		String lastError, Instant deliveredAt) {
}
