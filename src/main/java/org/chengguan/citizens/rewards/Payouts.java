package org.chengguan.citizens.rewards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.chengguan.citizens.Money;
import org.chengguan.citizens.PayoutReceipt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payouts ({@code citizens.payout}). */
@Repository
public class Payouts {

	private final JdbcClient jdbc;

	Payouts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(long userId, Money amount, String channel, String idempotencyKey, Instant now) {
		return jdbc.sql("""
				INSERT INTO citizens.payout (user_id, amount_fen, channel, status, idempotency_key, requested_at,
				    next_attempt_at)
				VALUES (?, ?, ?, 'PENDING', ?, ?, ?) RETURNING id
				""")
			.params(userId, amount.fen(), channel, idempotencyKey, Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	public Optional<Payout> byId(long id) {
		return jdbc.sql("SELECT * FROM citizens.payout WHERE id = ?").param(id).query((rs, n) -> payout(rs)).optional();
	}

	Optional<Payout> byKey(long userId, String idempotencyKey) {
		return jdbc.sql("SELECT * FROM citizens.payout WHERE user_id = ? AND idempotency_key = ?")
			.params(userId, idempotencyKey)
			.query((rs, n) -> payout(rs))
			.optional();
	}

	/** Locks the payout for an attempt if it is pending, due and of the channel; empty if another holds it. */
	Optional<Payout> lockDue(long id, String channel, Instant now) {
		return jdbc.sql("""
				SELECT * FROM citizens.payout
				WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ? AND channel = ?
				FOR UPDATE SKIP LOCKED
				""").params(id, Timestamp.from(now), channel).query((rs, n) -> payout(rs)).optional();
	}

	List<Long> due(String channel, Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM citizens.payout WHERE status = 'PENDING' AND next_attempt_at <= ? AND channel = ?
				ORDER BY next_attempt_at, id LIMIT ?
				""").params(Timestamp.from(now), channel, limit).query(Long.class).list();
	}

	void paid(long id, int attempts, Instant now, PayoutReceipt receipt) {
		jdbc.sql("""
				UPDATE citizens.payout SET status = 'PAID', attempts = ?, paid_at = ?, reference = ?, note = ?
				WHERE id = ?
				""").params(attempts, Timestamp.from(now), receipt.reference(), receipt.note(), id).update();
	}

	void failed(long id, int attempts, String error, Instant nextAttemptAt) {
		jdbc.sql("UPDATE citizens.payout SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")
			.params(attempts, error, Timestamp.from(nextAttemptAt), id)
			.update();
	}

	void gaveUp(long id, int attempts, String error) {
		jdbc.sql("UPDATE citizens.payout SET status = 'FAILED', attempts = ?, last_error = ? WHERE id = ?")
			.params(attempts, error, id)
			.update();
	}

	private static Payout payout(ResultSet rs) throws SQLException {
		return new Payout(rs.getLong("id"), rs.getLong("user_id"), new Money(rs.getLong("amount_fen")),
				rs.getString("channel"), PayoutStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("requested_at").toInstant(), rs.getInt("attempts"),
				rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
				instant(rs.getTimestamp("paid_at")), rs.getString("reference"), rs.getString("note"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
