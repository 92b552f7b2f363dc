package org.chengguan.citizens.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.citizens.Notification;
import org.chengguan.citizens.NotificationKind;
import org.chengguan.citizens.internal.Paged;
import org.chengguan.platform.database.SqlArray;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification outbox ({@code citizens.notification}): rows written with the transition, then delivered. */
@Repository
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A locked outbox row, due for an attempt, with the attempts made so far. */
	record Due(Notification notification, String channel, int attempts) {
	}

	/** A notification for one channel, waiting for its transaction's commit to be written. */
	record Queued(NotificationDraft draft, String channel) {
	}

	/** Writes the rows, PENDING and due now, in one statement, ids in their order; returns the first id. */
	long addAll(List<Queued> rows, Instant now) {
		Long first = jdbc.sql("""
				WITH added AS (
				    INSERT INTO citizens.notification (recipient_id, channel, kind, case_id, case_number, link, text,
				        created_at, status, next_attempt_at)
				    SELECT n.recipient_id, n.channel, n.kind, n.case_id, n.case_number, n.link, n.text, :now, 'PENDING',
				           :now
				    FROM unnest(:recipients::bigint[], :channels::text[], :kinds::text[], :cases::bigint[],
				                :numbers::text[], :links::text[], :texts::text[])
				         WITH ORDINALITY AS n(recipient_id, channel, kind, case_id, case_number, link, text, i)
				    ORDER BY n.i
				    RETURNING id)
				SELECT min(id) FROM added
				""")
			.param("recipients", SqlArray.of("bigint", rows.stream().map(q -> q.draft().recipientId()).toArray()))
			.param("channels", SqlArray.of("text", rows.stream().map(Queued::channel).toArray()))
			.param("kinds", SqlArray.of("text", rows.stream().map(q -> q.draft().kind().name()).toArray()))
			.param("cases", SqlArray.of("bigint", rows.stream().map(q -> q.draft().caseId()).toArray()))
			.param("numbers", SqlArray.of("text", rows.stream().map(q -> q.draft().caseNumber()).toArray()))
			.param("links", SqlArray.of("text", rows.stream().map(q -> q.draft().link()).toArray()))
			.param("texts", SqlArray.of("text", rows.stream().map(q -> q.draft().text()).toArray()))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		return first;
	}

	/**
	 * Locks the row for an attempt if it is pending, due and of one of the channels; empty if not, or if another
	 * transaction holds it (that one is delivering it).
	 */
	Optional<Due> lockDue(long id, Collection<String> channels, Instant now) {
		return jdbc.sql("""
				SELECT * FROM citizens.notification
				WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now AND channel IN (:channels)
				FOR UPDATE SKIP LOCKED
				""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("channels", channels)
			.query((rs, n) -> new Due(notification(rs), rs.getString("channel"), rs.getInt("attempts")))
			.optional();
	}

	/**
	 * Locks up to {@code limit} pending rows of the channels that are due, oldest first, skipping rows another
	 * transaction holds.
	 */
	List<Due> lockAllDue(Collection<String> channels, Instant now, int limit) {
		return jdbc.sql("""
				SELECT * FROM citizens.notification
				WHERE status = 'PENDING' AND next_attempt_at <= :now AND channel IN (:channels)
				ORDER BY next_attempt_at, id LIMIT :limit
				FOR UPDATE SKIP LOCKED
				""")
			.param("now", Timestamp.from(now))
			.param("channels", channels)
			.param("limit", limit)
			.query((rs, n) -> new Due(notification(rs), rs.getString("channel"), rs.getInt("attempts")))
			.list();
	}

	void delivered(long id, int attempts, Instant now) {
		jdbc.sql("UPDATE citizens.notification SET status = 'DELIVERED', attempts = ?, delivered_at = ? WHERE id = ?")
			.params(attempts, Timestamp.from(now), id)
			.update();
	}

	/** Marks the rows delivered, each with its attempts, in one statement. */
	void deliveredAll(List<Due> rows, Instant now) {
		jdbc.sql("""
				UPDATE citizens.notification n SET status = 'DELIVERED', attempts = d.attempts, delivered_at = :now
				FROM unnest(:ids::bigint[], :attempts::int[]) AS d(id, attempts)
				WHERE n.id = d.id
				""")
			.param("ids", SqlArray.of("bigint", rows.stream().map(d -> d.notification().id()).toArray()))
			.param("attempts", SqlArray.of("int", rows.stream().map(d -> d.attempts() + 1).toArray()))
			.param("now", Timestamp.from(now))
			.update();
	}

	void failed(long id, int attempts, String error, Instant nextAttemptAt) {
		jdbc.sql("UPDATE citizens.notification SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")
			.params(attempts, error, Timestamp.from(nextAttemptAt), id)
			.update();
	}

	void dead(long id, int attempts, String error) {
		jdbc.sql("UPDATE citizens.notification SET status = 'DEAD', attempts = ?, last_error = ? WHERE id = ?")
			.params(attempts, error, id)
			.update();
	}

	/** How many rows stand in each status (every status present, zero if none). */
	public Map<OutboxStatus, Long> counts() {
		Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
		for (OutboxStatus status : OutboxStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("SELECT status, count(*) AS n FROM citizens.notification GROUP BY status")
			.query((rs, n) -> counts.put(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list();
		return counts;
	}

	/** Rows in the status, newest first. */
	public Paged<OutboxEntry> list(OutboxStatus status, int page, int size) {
		long total = jdbc.sql("SELECT count(*) FROM citizens.notification WHERE status = ?")
			.param(status.name())
			.query(Long.class)
			.single();
		List<OutboxEntry> items = jdbc.sql("""
				SELECT * FROM citizens.notification WHERE status = ? ORDER BY id DESC LIMIT ? OFFSET ?
				""").params(status.name(), size, (long) page * size).query((rs, n) -> entry(rs)).list();
		return new Paged<>(items, page, size, total);
	}

	/** The rows written for a case, oldest first. */
	public List<OutboxEntry> ofCase(long caseId) {
		return jdbc.sql("SELECT * FROM citizens.notification WHERE case_id = ? ORDER BY id")
			.param(caseId)
			.query((rs, n) -> entry(rs))
			.list();
	}

	private static Notification notification(ResultSet rs) throws SQLException {
		return new Notification(rs.getLong("id"), rs.getLong("recipient_id"),
				NotificationKind.valueOf(rs.getString("kind")), rs.getLong("case_id"), rs.getString("case_number"),
				rs.getString("link"), rs.getString("text"), rs.getTimestamp("created_at").toInstant());
	}

	private static OutboxEntry entry(ResultSet rs) throws SQLException {
		return new OutboxEntry(rs.getLong("id"), rs.getLong("recipient_id"), rs.getString("channel"),
				NotificationKind.valueOf(rs.getString("kind")), rs.getLong("case_id"), rs.getString("case_number"),
				OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("next_attempt_at").toInstant(),
				rs.getString("last_error"), instant(rs.getTimestamp("delivered_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
