package org.chengguan.citizens;

import java.math.BigDecimal;

/**
 * An amount of renminbi in fen (分, 1/100 yuan): whole numbers only, never floating point.
 *
 * @param fen the amount in fen; may be negative for a movement out of an account
 */
public record Money(long fen) {

	public static final Money ZERO = new Money(0);

	/**
	 * The amount of a yuan figure such as {@code 2.00}.
	 *
	 * @throws ArithmeticException when the figure has fractions of a fen
	 */
	public static Money ofYuan(BigDecimal yuan) {
		return new Money(yuan.movePointRight(2).longValueExact());
	}

	public boolean isLessThan(Money other) {
		return fen < other.fen;
	}

	/** As a Chinese price tag: {@code ¥2.00}. */
	@Override
	public String toString() {
		return (fen < 0 ? "-¥" : "¥") + BigDecimal.valueOf(Math.abs(fen), 2).toPlainString();
	}
}
