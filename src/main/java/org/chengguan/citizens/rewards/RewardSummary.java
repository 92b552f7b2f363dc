package org.chengguan.citizens.rewards;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.chengguan.citizens.Money;

/**
 * The rewards of a period, for administrators: days from {@code from} to {@code to} inclusive, in {@code zone}.
 *
 * @param credited rewards credited in the period
 * @param paid payouts paid in the period
 * @param outstanding owed to citizens at the end of the period: everything credited until then minus everything paid
 *        until then (a payout requested but not yet paid is still outstanding)
 * @param ledgerBalanced whether all entries of the ledger sum to zero, as they must
 */
public record RewardSummary(LocalDate from, LocalDate to, ZoneId zone, Money credited, long rewards, Money paid,
		long payouts, Money outstanding, boolean ledgerBalanced, List<Day> byDay) {

	/** One day of the period; every day is listed, quiet ones with zeros. */
	public record Day(LocalDate day, Money credited, long rewards, Money paid, long payouts) {
	}
}
