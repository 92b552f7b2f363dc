package org.chengguan.citizens.rewards;

import java.time.Instant;

import org.chengguan.citizens.Money;

/** 提现: a citizen's balance handed to the payout channel. */
public record Payout(long id, long userId, Money amount, String channel, PayoutStatus status, Instant requestedAt,
		int attempts, Instant nextAttemptAt, String lastError, Instant paidAt, String reference, String note) {
}
