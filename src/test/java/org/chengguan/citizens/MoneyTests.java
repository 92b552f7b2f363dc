package org.chengguan.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTests {

	@Test
	void countsYuanInWholeFen() {
		assertThat(Money.ofYuan(new BigDecimal("2.00"))).isEqualTo(new Money(200));
		assertThat(Money.ofYuan(new BigDecimal("0.1"))).isEqualTo(new Money(10));
		assertThat(Money.ofYuan(new BigDecimal("5"))).isEqualTo(new Money(500));
	}

	@Test
	void refusesFractionsOfAFen() {
		assertThatThrownBy(() -> Money.ofYuan(new BigDecimal("0.005"))).isInstanceOf(ArithmeticException.class);
	}

	@Test
	void printsAsAChinesePriceTag() {
		assertThat(new Money(200)).hasToString("¥2.00");
		assertThat(new Money(5)).hasToString("¥0.05");
		assertThat(new Money(-1234)).hasToString("-¥12.34");
	}
}
