package org.chengguan.citizens.notifications;

import java.util.Optional;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.CaseTransitioned;
import org.chengguan.citizens.NotificationKind;

/**
 * Which transitions a citizen who follows a case is told of, and as what. Internal steps (verification, returns,
 * extensions, checks, urging, deadline marks) are not news to the citizen; these are.
 */
final class NotificationRules {

	private NotificationRules() {
	}

	/**
	 * What a follower of the case hears of the transition, if anything.
	 *
	 * @param isReporter whether the follower reported this very case (rather than a duplicate of it): only they are
	 *        asked to rate it
	 */
	static Optional<NotificationKind> kindFor(CaseTransitioned t, boolean isReporter) {
		return Optional.ofNullable(switch (t.action()) {
			case FILE -> t.to() == CaseStatus.FILED ? NotificationKind.FILED : null;
			case VOID -> NotificationKind.VOIDED;
			case DISPATCH -> NotificationKind.DISPATCHED;
			case HANDLE -> NotificationKind.HANDLED;
			case CLOSE -> asksForRating(t) && isReporter ? NotificationKind.RATE_REQUEST : NotificationKind.CLOSED;
			case FEEDBACK -> t.to() == CaseStatus.DISPATCHED ? NotificationKind.REOPENED : null;
			case LINK_DUPLICATE -> NotificationKind.DUPLICATE;
			default -> null;
		});
	}

	/** Whether the transition can concern citizens at all: a cheap test before anything is read. */
	static boolean mayNotify(Action action) {
		return switch (action) {
			case FILE, VOID, DISPATCH, HANDLE, CLOSE, FEEDBACK, LINK_DUPLICATE -> true;
			default -> false;
		};
	}

	/** A closed case whose reporter is a member of the public waits for their rating (回访). */
	private static boolean asksForRating(CaseTransitioned t) {
		return t.to() == CaseStatus.CLOSED && t.channel() != null && t.channel().hasCitizenReporter();
	}
}
