package org.chengguan.citizens.channels;

import java.time.Clock;
import java.util.List;

import org.chengguan.citizens.Notification;
import org.chengguan.citizens.BatchNotificationChannel;
import org.chengguan.citizens.notifications.Inbox;
import org.springframework.stereotype.Component;

/**
 * The default channel: keeps the message in the citizen's inbox, which their "messages" page shows. It sends nothing
 * outside the platform. Its write commits with the outbox row's DELIVERED mark, so it delivers exactly once.
 */
@Component
class RecordingChannel implements BatchNotificationChannel {

	private final Inbox inbox;

	private final Clock clock;

	RecordingChannel(Inbox inbox, Clock clock) {
		this.inbox = inbox;
		this.clock = clock;
	}

	@Override
	public String id() {
		return "recording";
	}

	@Override
	public void deliver(Notification notification) {
		inbox.record(notification, clock.instant());
	}

	/** A round's messages in one statement: nothing but inbox rows, undone with the round's savepoint on failure. */
	@Override
	public void deliverAll(List<Notification> notifications) {
		inbox.recordAll(notifications, clock.instant());
	}
}
