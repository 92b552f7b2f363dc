package org.chengguan.citizens.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.chengguan.citizens.Money;
import org.chengguan.citizens.PayoutOrder;
import org.junit.jupiter.api.Test;

class RecordingPayoutChannelTests {

	@Test
	void recordsThePayoutAndSaysPlainlyThatNoMoneyMoved() {
		var receipt = new RecordingPayoutChannel().pay(new PayoutOrder(17, 5, new Money(700), Instant.now()));

		assertThat(receipt.reference()).isEqualTo("recorded-17");
		assertThat(receipt.note()).contains("未实际转账").contains("no money was moved");
	}
}
