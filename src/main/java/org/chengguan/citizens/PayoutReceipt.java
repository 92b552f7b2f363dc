package org.chengguan.citizens;

/**
 * A payout channel's answer for a paid order.
 *
 * @param reference the provider's reference for the transfer (or the channel's own, when nothing was transferred)
 * @param note what happened, in plain words, shown to the citizen and the administrators
 */
public record PayoutReceipt(String reference, String note) {
}
