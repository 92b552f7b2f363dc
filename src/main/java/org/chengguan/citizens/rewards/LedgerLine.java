package org.chengguan.citizens.rewards;

import java.time.Instant;

import org.chengguan.citizens.Money;

/**
 * A line of a citizen's reward history, as the citizen sees it: a reward in (positive), a payout out (negative), a
 * failed payout back in (positive).
 *
 * @param caseId the rewarded case (rewards only)
 * @param tariff {@code VALID_REPORT} or {@code URGENT_REPORT} (rewards only)
 * @param payoutId the payout (payouts and their reversals only)
 * @param payoutStatus where that payout stands now
 */
public record LedgerLine(long entryId, Instant at, JournalKind kind, Money amount, Long caseId, String caseNumber,
		String tariff, Long payoutId, PayoutStatus payoutStatus) {
}
