package org.chengguan.citizens;

/**
 * How a citizen's reward balance reaches them (提现渠道). The platform has one implementation,
 * {@code payouts.RecordingPayoutChannel}, which records the payout and moves no money. A WeChat Pay channel (商家转账到
 * 零钱) is for the deployment to add as one bean in {@code org.chengguan.citizens.payouts}, with the merchant's
 * certificate and the users' openids; there must be exactly one payout channel bean.
 */
public interface PayoutChannel {

	/** A short, stable name stored with each payout (e.g. {@code recording}, {@code wechat-pay}). */
	String id();

	/**
	 * Pays the order, or throws to have it tried again later (with backoff). After the configured number of tries the
	 * payout FAILS and its amount returns to the citizen's balance, so throw only when the provider has not paid:
	 * on a timeout, ask the provider about {@link PayoutOrder#payoutId()} before throwing. Called again with the same
	 * order after a crash between paying and recording the payment; the provider's idempotency key
	 * ({@link PayoutOrder#payoutId()}) keeps that from paying twice.
	 */
	PayoutReceipt pay(PayoutOrder order);
}
