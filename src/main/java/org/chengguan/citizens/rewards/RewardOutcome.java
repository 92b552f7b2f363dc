package org.chengguan.citizens.rewards;

import org.chengguan.citizens.Money;

/**
 * What a case's filing earned its reporter: an amount, or the reason it earned nothing.
 *
 * @param amount the reward credited; null when refused
 * @param refusal why nothing was credited; null when credited
 */
public record RewardOutcome(Money amount, String refusal) {

	static RewardOutcome credited(Money amount) {
		return new RewardOutcome(amount, null);
	}

	static RewardOutcome refused(String reason) {
		return new RewardOutcome(null, reason);
	}

	public boolean isCredited() {
		return amount != null;
	}
}
