package org.chengguan.citizens.rewards;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.chengguan.citizens.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rewards granted ({@code citizens.reward}): at most one per case, by primary key. */
@Repository
public class Rewards {

	private final JdbcClient jdbc;

	Rewards(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the case's reward unless it has one: a concurrent second attempt waits for the first and adds nothing.
	 *
	 * @return whether this call stored it
	 */
	boolean addIfAbsent(long caseId, String caseNumber, long userId, Money amount, String tariff, Instant at,
			LocalDate day) {
		return jdbc.sql("""
				INSERT INTO citizens.reward (case_id, case_number, user_id, amount_fen, rule, credited_at, credited_on)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (case_id) DO NOTHING
				""")
			.params(caseId, caseNumber, userId, amount.fen(), tariff, Timestamp.from(at), Date.valueOf(day))
			.update() == 1;
	}

	/** How many rewards the user got on the day, and whether the case has one: both in one statement. */
	Counted count(long userId, LocalDate day, long caseId) {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM citizens.reward WHERE user_id = ? AND credited_on = ?),
				       EXISTS (SELECT 1 FROM citizens.reward WHERE case_id = ?)""")
			.params(userId, Date.valueOf(day), caseId)
			.query((rs, n) -> new Counted(rs.getInt(1), rs.getBoolean(2)))
			.single();
	}

	/** The user's rewards on a day, and whether the case was rewarded. */
	record Counted(int onTheDay, boolean caseRewarded) {
	}
}
