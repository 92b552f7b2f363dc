package org.chengguan.citizens.rewards;

import java.sql.Timestamp;
import java.time.Instant;

import org.chengguan.citizens.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The double-entry ledger (复式记账) of rewards: journals of entries that sum to zero, append-only. The database checks
 * the balance of every journal at commit and refuses to change a written entry.
 */
@Repository
public class Ledger {

	private final JdbcClient jdbc;

	Ledger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the citizen's reward account (opening it on first use) until the transaction ends: rewards and payouts of
	 * one citizen are decided one at a time.
	 */
	void lockAccount(long userId, Instant now) {
		jdbc.sql("""
				INSERT INTO citizens.reward_account (user_id, opened_at) VALUES (?, ?)
				ON CONFLICT (user_id) DO UPDATE SET user_id = EXCLUDED.user_id
				""").params(userId, Timestamp.from(now)).update();
	}

	/**
	 * Writes a journal of two entries: {@code amount} debited to {@code debit} and credited to {@code credit}.
	 *
	 * @param caseId the rewarded case, for a {@link JournalKind#REWARD} (else null)
	 * @param payoutId the payout, for the other kinds (else null)
	 */
	void post(JournalKind kind, Long caseId, Long payoutId, Instant at, Account debit, Account credit, Money amount) {
		if (amount.fen() <= 0) {
			throw new IllegalArgumentException("a journal moves a positive amount, not " + amount);
		}
		long journal = jdbc.sql("""
				INSERT INTO citizens.journal (kind, at, case_id, payout_id) VALUES (?, ?, ?, ?) RETURNING id
				""").params(kind.name(), Timestamp.from(at), caseId, payoutId).query(Long.class).single();
		if (debit.equals(credit)) {
			throw new IllegalArgumentException("a journal moves money between two accounts, not within " + debit);
		}
		jdbc.sql("""
				INSERT INTO citizens.ledger_entry (journal_id, account, amount_fen, at) VALUES (?, ?, ?, ?), (?, ?, ?, ?)
				""")
			.params(journal, debit.name(), amount.fen(), Timestamp.from(at), journal, credit.name(), -amount.fen(),
					Timestamp.from(at))
			.update();
	}

	/** The sum of the account's entries: positive for a debit balance. */
	public Money sumOf(Account account) {
		return new Money(jdbc.sql("SELECT coalesce(sum(amount_fen), 0) FROM citizens.ledger_entry WHERE account = ?")
			.param(account.name())
			.query(Long.class)
			.single());
	}

	/** What the city owes the citizen now: their account's credit balance. */
	public Money balanceOf(long userId) {
		return new Money(-sumOf(Account.citizen(userId)).fen());
	}

	/** The sum of every entry ever written: zero in a ledger that balances. */
	public Money trialBalance() {
		return new Money(jdbc.sql("SELECT coalesce(sum(amount_fen), 0) FROM citizens.ledger_entry")
			.query(Long.class)
			.single());
	}
}
