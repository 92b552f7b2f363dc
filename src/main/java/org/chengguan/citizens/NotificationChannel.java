package org.chengguan.citizens;

/**
 * A way to reach a citizen (通知渠道). Every channel bean gets its own outbox row for each notification, delivered and
 * retried independently of the others. The platform has one implementation, {@code channels.RecordingChannel}, which
 * keeps the message for the citizen's "messages" page; SMS (短信) and WeChat template messages (微信模板消息) are for
 * the deployment to add, each as one bean implementing this interface in {@code org.chengguan.citizens.channels}:
 * <ul>
 * <li>an SMS channel sends {@link Notification#text()} to the user's phone through the operator's gateway (its
 * template must be approved by the SMS provider; the text fits one 70-character segment for most kinds);</li>
 * <li>a WeChat channel sends a template message to the user's openid with the case number, the text and
 * {@link Notification#link()} as the page to open.</li>
 * </ul>
 * Neither is faked here: identity does not yet know users' openids, nor hand out their phone numbers.
 */
public interface NotificationChannel {

	/**
	 * A short, stable name stored with each outbox row (e.g. {@code recording}, {@code sms}), so that a retry goes
	 * through the channel the row was written for. It names a stored row's channel; it is not a configuration switch.
	 * Rows of a channel that no running instance has wait, PENDING, until one has it.
	 */
	String id();

	/**
	 * Delivers the notification, or throws to have it retried later (with backoff; after the configured number of
	 * tries the row is DEAD with the exception's message). Runs inside the transaction that holds the outbox row's
	 * lock: database writes of the channel commit with the row's DELIVERED mark. A channel talking to the outside
	 * world may be called again for the same {@link Notification#id()} if the process dies between sending and that
	 * commit, so it should pass the id to its provider as the request's idempotency key where the provider allows it.
	 */
	void deliver(Notification notification);
}
