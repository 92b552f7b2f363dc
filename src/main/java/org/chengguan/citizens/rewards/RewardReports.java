package org.chengguan.citizens.rewards;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.citizens.Money;
import org.chengguan.citizens.internal.Paged;
import org.chengguan.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The read side of rewards: a citizen's statement, the administrators' summary. */
@Service
public class RewardReports {

	/** The longest period a summary covers: a year, leap or not. */
	static final int MAX_DAYS = 366;

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final Money minimumPayout;

	private final ZoneId zone;

	RewardReports(JdbcClient jdbc, Ledger ledger, RewardProperties properties) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.minimumPayout = properties.minimumPayoutAmount();
		this.zone = properties.zone();
	}

	public ZoneId zone() {
		return zone;
	}

	/** The citizen's balance and totals, and a page of their history, newest first. */
	public RewardStatement statement(long userId, int page, int size) {
		Money credited = fen("SELECT coalesce(sum(amount_fen), 0) FROM citizens.reward WHERE user_id = ?", userId);
		Money paid = fen("SELECT coalesce(sum(amount_fen), 0) FROM citizens.payout WHERE user_id = ? AND status = 'PAID'",
				userId);
		Money inPayment = fen(
				"SELECT coalesce(sum(amount_fen), 0) FROM citizens.payout WHERE user_id = ? AND status = 'PENDING'",
				userId);
		return new RewardStatement(ledger.balanceOf(userId), credited, paid, inPayment, minimumPayout,
				history(userId, page, size));
	}

	private Paged<LedgerLine> history(long userId, int page, int size) {
		String account = Account.citizen(userId).name();
		long total = jdbc.sql("SELECT count(*) FROM citizens.ledger_entry WHERE account = ?")
			.param(account)
			.query(Long.class)
			.single();
		List<LedgerLine> lines = jdbc.sql("""
				SELECT e.id, e.at, j.kind, -e.amount_fen AS amount, j.case_id, r.case_number, r.rule, j.payout_id,
				       p.status AS payout_status
				FROM citizens.ledger_entry e
				JOIN citizens.journal j ON j.id = e.journal_id
				LEFT JOIN citizens.reward r ON j.kind = 'REWARD' AND r.case_id = j.case_id
				LEFT JOIN citizens.payout p ON p.id = j.payout_id
				WHERE e.account = ?
				ORDER BY e.id DESC LIMIT ? OFFSET ?
				""").params(account, size, (long) page * size).query((rs, n) -> new LedgerLine(rs.getLong("id"),
						rs.getTimestamp("at").toInstant(), JournalKind.valueOf(rs.getString("kind")),
						new Money(rs.getLong("amount")), rs.getObject("case_id", Long.class), rs.getString("case_number"),
						rs.getString("rule"), rs.getObject("payout_id", Long.class),
						rs.getString("payout_status") == null ? null : PayoutStatus.valueOf(rs.getString("payout_status"))))
			.list();
		return new Paged<>(lines, page, size, total);
	}

	/**
	 * Totals of the days from {@code from} to {@code to}, inclusive, in the city's zone.
	 *
	 * @throws InvalidInputException when {@code to} is before {@code from} or the period is longer than a year
	 */
	public RewardSummary summary(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(MAX_DAYS - 1L).isBefore(to)) {
			throw new InvalidInputException("from and to must name a period of 1 to " + MAX_DAYS + " days, from first to"
					+ " last; got " + from + " to " + to);
		}
		Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
		Instant endInstant = to.plusDays(1).atStartOfDay(zone).toInstant();
		Timestamp end = Timestamp.from(endInstant);
		Map<LocalDate, long[]> credited = perDay("""
				SELECT credited_on AS day, count(*) AS n, sum(amount_fen) AS fen FROM citizens.reward
				WHERE credited_on BETWEEN ? AND ? GROUP BY credited_on
				""", Date.valueOf(from), Date.valueOf(to));
		Map<LocalDate, long[]> paid = perDay("""
				SELECT (paid_at AT TIME ZONE ?)::date AS day, count(*) AS n, sum(amount_fen) AS fen FROM citizens.payout
				WHERE status = 'PAID' AND paid_at >= ? AND paid_at < ? GROUP BY 1
				""", zone.getId(), start, end);
		List<RewardSummary.Day> days = new ArrayList<>();
		long creditedFen = 0, rewards = 0, paidFen = 0, payouts = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			long[] c = credited.getOrDefault(day, new long[2]);
			long[] p = paid.getOrDefault(day, new long[2]);
			days.add(new RewardSummary.Day(day, new Money(c[1]), c[0], new Money(p[1]), p[0]));
			rewards += c[0];
			creditedFen += c[1];
			payouts += p[0];
			paidFen += p[1];
		}
		Money everCredited = fen("SELECT coalesce(sum(amount_fen), 0) FROM citizens.reward WHERE credited_on <= ?",
				Date.valueOf(to));
		Money everPaid = fen("""
				SELECT coalesce(sum(amount_fen), 0) FROM citizens.payout WHERE status = 'PAID' AND paid_at < ?
				""", end);
		return new RewardSummary(from, to, zone, new Money(creditedFen), rewards, new Money(paidFen), payouts,
				new Money(everCredited.fen() - everPaid.fen()), ledger.trialBalance().fen() == 0, days);
	}

	private Map<LocalDate, long[]> perDay(String sql, Object... params) {
		Map<LocalDate, long[]> byDay = new HashMap<>();
		jdbc.sql(sql).params(params).query((rs, n) -> byDay.put(rs.getDate("day").toLocalDate(),
				new long[] { rs.getLong("n"), rs.getLong("fen") })).list();
		return byDay;
	}

	private Money fen(String sql, Object param) {
		return new Money(jdbc.sql(sql).param(param).query(Long.class).single());
	}
}
