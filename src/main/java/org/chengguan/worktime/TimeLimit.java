package org.chengguan.worktime;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A time limit (时限) such as "4 工作时", "2 工作日" or "0.5 工作时": an amount, possibly fractional, and the unit it
 * is counted in.
 */
public record TimeLimit(BigDecimal amount, TimeLimitUnit unit) {

	public TimeLimit {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(unit, "unit");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("a time limit cannot be negative, was " + amount);
		}
	}

	public static TimeLimit of(String amount, TimeLimitUnit unit) {
		return new TimeLimit(new BigDecimal(amount), unit);
	}
}
