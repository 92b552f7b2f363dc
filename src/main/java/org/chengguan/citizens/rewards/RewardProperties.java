package org.chengguan.citizens.rewards;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

import org.chengguan.citizens.Money;
import org.chengguan.citizens.internal.Backoff;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reward rules ({@code chengguan.citizens.rewards.*}), in yuan with at most two decimals.
 *
 * @param enabled false credits nothing (payouts of existing balances still work)
 * @param validReport the reward for a citizen's report filed as a case (立案)
 * @param urgentReport the reward when its category is urgent (紧急)
 * @param maxPerDay at most this many rewards per citizen per day, the day in {@code zone}
 * @param minimumPayout a balance is paid out from this amount on
 * @param zone the city's time zone, where a day begins and ends
 * @param payoutRetry when a failed payout is tried again, and how often before it fails and the amount returns to the
 *        citizen's balance
 * @param sweepInterval how often one instance looks for payouts that are due and were left behind
 */
@ConfigurationProperties("chengguan.citizens.rewards")
public record RewardProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2.00") BigDecimal validReport,
		@DefaultValue("5.00") BigDecimal urgentReport, @DefaultValue("3") int maxPerDay,
		@DefaultValue("1.00") BigDecimal minimumPayout, @DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue Backoff payoutRetry, @DefaultValue("PT5M") Duration sweepInterval) {

	public RewardProperties {
		requireAmount("valid-report", validReport);
		requireAmount("urgent-report", urgentReport);
		requireAmount("minimum-payout", minimumPayout);
		if (maxPerDay < 0) {
			throw new IllegalArgumentException("chengguan.citizens.rewards.max-per-day must not be negative, was "
					+ maxPerDay);
		}
		if (sweepInterval == null || sweepInterval.isNegative() || sweepInterval.isZero()) {
			throw new IllegalArgumentException(
					"chengguan.citizens.rewards.sweep-interval must be a positive duration, was " + sweepInterval);
		}
	}

	public Money validReportAmount() {
		return Money.ofYuan(validReport);
	}

	public Money urgentReportAmount() {
		return Money.ofYuan(urgentReport);
	}

	public Money minimumPayoutAmount() {
		return Money.ofYuan(minimumPayout);
	}

	private static void requireAmount(String name, BigDecimal yuan) {
		if (yuan == null || yuan.signum() <= 0 || yuan.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("chengguan.citizens.rewards." + name
					+ " must be a positive amount in yuan with at most two decimals (fen), was " + yuan);
		}
	}
}
