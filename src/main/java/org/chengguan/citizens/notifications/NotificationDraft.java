package org.chengguan.citizens.notifications;

import org.chengguan.citizens.NotificationKind;

/** A notification about to be written to the outbox: for whom, about which case, and the rendered text. */
public record NotificationDraft(long recipientId, NotificationKind kind, long caseId, String caseNumber, String text) {

	/** The case's path in the platform's pages. */
	public String link() {
		return "/cases/" + caseId;
	}
}
