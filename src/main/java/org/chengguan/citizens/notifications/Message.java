package org.chengguan.citizens.notifications;

import java.time.Instant;

import org.chengguan.citizens.NotificationKind;

/** 消息: a notification as delivered to the citizen's "messages" page. */
public record Message(long id, NotificationKind kind, long caseId, String caseNumber, String link, String text,
		Instant deliveredAt, Instant readAt) {

	public boolean read() {
		return readAt != null;
	}
}
