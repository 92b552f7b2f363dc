package org.chengguan.citizens.channels;

import java.time.Clock;

import org.chengguan.citizens.Notification;
import org.chengguan.citizens.NotificationChannel;
import org.chengguan.citizens.notifications.Inbox;
import org.springframework.stereotype.Component;

/**
 * The default channel: keeps the message in the citizen's inbox, which their "messages" page shows. It sends nothing
 * outside the platform. Its write commits with the outbox row's DELIVERED mark, so it delivers exactly once.
 */
@Component
class RecordingChannel implements NotificationChannel {

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
}
