package org.chengguan.citizens.payouts;

import org.chengguan.citizens.PayoutChannel;
import org.chengguan.citizens.PayoutOrder;
import org.chengguan.citizens.PayoutReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default payout channel: records the payout and moves no money. The payout is marked PAID with a receipt that
 * says so, so that the ledger and the pages can be tried end to end; a deployment that pays real money replaces this
 * bean with a WeChat Pay channel.
 */
@Component
class RecordingPayoutChannel implements PayoutChannel {

	private static final Logger log = LoggerFactory.getLogger(RecordingPayoutChannel.class);

	@Override
	public String id() {
		return "recording";
	}

	@Override
	public PayoutReceipt pay(PayoutOrder order) {
		log.info("Payout {} of {} to user {} recorded; no money was moved (recording payout channel)", order.payoutId(),
				order.amount(), order.userId());
		return new PayoutReceipt("recorded-" + order.payoutId(),
				"仅记录，未实际转账 (recorded only: no money was moved)");
	}
}
