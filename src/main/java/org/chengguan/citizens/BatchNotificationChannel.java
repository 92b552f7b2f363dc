package org.chengguan.citizens;

import java.util.List;

/**
 * A {@link NotificationChannel} that can deliver several notifications at once, all or none: a delivery round then
 * hands it all its due rows in one call, and marks them DELIVERED in one statement, instead of a savepoint, a call and
 * an update per row. Only for a channel whose delivery is nothing but writes in the round's transaction (the
 * recording channel's inbox rows): if the call throws, those writes are undone and the round delivers the rows one by
 * one, so that one bad row fails alone. A channel that talks to the outside world must not implement it — what it
 * sent before failing could not be undone, and the rows would be sent again.
 */
public interface BatchNotificationChannel extends NotificationChannel {

	/** Delivers all of them, or throws having changed nothing that the round's savepoint does not undo. */
	void deliverAll(List<Notification> notifications);
}
