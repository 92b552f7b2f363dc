package org.chengguan.citizens;

import java.time.Instant;

/**
 * A notification as a {@link NotificationChannel} delivers it: one outbox row, for one recipient.
 *
 * @param id the outbox row's id: the same on every retry, so a channel can make delivery idempotent with it
 * @param recipientId the user (a citizen) to tell
 * @param caseNumber the case number (案卷编号) the text names
 * @param link the path of the case in the platform's pages, e.g. {@code /cases/42}
 * @param text the message, already rendered in the platform's language (zh-CN by default)
 */
public record Notification(long id, long recipientId, NotificationKind kind, long caseId, String caseNumber,
		String link, String text, Instant createdAt) {
}
