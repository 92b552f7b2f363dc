package org.chengguan.citizens;

import java.time.Instant;

/**
 * What a {@link PayoutChannel} is asked to pay: a citizen's balance at the time of the request.
 *
 * @param payoutId the payout's id: the same on every retry, the provider's idempotency key (商户单号)
 */
public record PayoutOrder(long payoutId, long userId, Money amount, Instant requestedAt) {
}
