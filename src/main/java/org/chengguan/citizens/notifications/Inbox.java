package org.chengguan.citizens.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chengguan.citizens.Notification;
import org.chengguan.citizens.NotificationKind;
import org.chengguan.citizens.internal.Paged;
import org.chengguan.platform.database.SqlArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The citizens' messages ({@code citizens.message}): what the recording channel delivered, with read marks. */
@Repository
public class Inbox {

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the notification as a message; a second delivery of the same outbox row adds nothing. */
	public void record(Notification notification, Instant at) {
		recordAll(List.of(notification), at);
	}

	/** Keeps the notifications as messages, in one statement; outbox rows delivered before add nothing. */
	public void recordAll(List<Notification> notifications, Instant at) {
		if (notifications.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO citizens.message (notification_id, recipient_id, kind, case_id, case_number, link, text,
				    delivered_at)
				SELECT m.notification_id, m.recipient_id, m.kind, m.case_id, m.case_number, m.link, m.text, :at
				FROM unnest(:ids::bigint[], :recipients::bigint[], :kinds::text[], :cases::bigint[], :numbers::text[],
				            :links::text[], :texts::text[])
				     WITH ORDINALITY AS m(notification_id, recipient_id, kind, case_id, case_number, link, text, n)
				ORDER BY m.n
				ON CONFLICT (notification_id) DO NOTHING
				""")
			.param("ids", SqlArray.of("bigint", notifications.stream().map(Notification::id).toArray()))
			.param("recipients", SqlArray.of("bigint", notifications.stream().map(Notification::recipientId).toArray()))
			.param("kinds", SqlArray.of("text", notifications.stream().map(n -> n.kind().name()).toArray()))
			.param("cases", SqlArray.of("bigint", notifications.stream().map(Notification::caseId).toArray()))
			.param("numbers", SqlArray.of("text", notifications.stream().map(Notification::caseNumber).toArray()))
			.param("links", SqlArray.of("text", notifications.stream().map(Notification::link).toArray()))
			.param("texts", SqlArray.of("text", notifications.stream().map(Notification::text).toArray()))
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The recipient's messages, newest first (in the order their notifications were written, not delivered). */
	public Paged<Message> of(long recipientId, int page, int size) {
		long total = jdbc.sql("SELECT count(*) FROM citizens.message WHERE recipient_id = ?")
			.param(recipientId)
			.query(Long.class)
			.single();
		List<Message> items = jdbc.sql("""
				SELECT * FROM citizens.message WHERE recipient_id = ? ORDER BY notification_id DESC LIMIT ? OFFSET ?
				""").params(recipientId, size, (long) page * size).query((rs, n) -> message(rs)).list();
		return new Paged<>(items, page, size, total);
	}

	public long unread(long recipientId) {
		return jdbc.sql("SELECT count(*) FROM citizens.message WHERE recipient_id = ? AND read_at IS NULL")
			.param(recipientId)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks the recipient's message read (the first time only: a repeat keeps the first time).
	 *
	 * @return the message, or empty if the recipient has no message with this id
	 */
	public Optional<Message> markRead(long recipientId, long messageId, Instant now) {
		return jdbc.sql("""
				UPDATE citizens.message SET read_at = coalesce(read_at, :now)
				WHERE id = :id AND recipient_id = :recipient
				RETURNING *
				""")
			.param("now", Timestamp.from(now))
			.param("id", messageId)
			.param("recipient", recipientId)
			.query((rs, n) -> message(rs))
			.optional();
	}

	private static Message message(ResultSet rs) throws SQLException {
		Timestamp read = rs.getTimestamp("read_at");
		return new Message(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getLong("case_id"),
				rs.getString("case_number"), rs.getString("link"), rs.getString("text"),
				rs.getTimestamp("delivered_at").toInstant(), read == null ? null : read.toInstant());
	}
}
