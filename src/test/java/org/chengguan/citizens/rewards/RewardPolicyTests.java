package org.chengguan.citizens.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.citizens.Money;
import org.chengguan.citizens.internal.Backoff;
import org.junit.jupiter.api.Test;

class RewardPolicyTests {

	static RewardProperties properties(String valid, String urgent, int maxPerDay) {
		return new RewardProperties(true, new BigDecimal(valid), new BigDecimal(urgent), maxPerDay,
				new BigDecimal("1.00"), ZoneId.of("Asia/Shanghai"),
				new Backoff(Duration.ofMinutes(1), 2, 10, Duration.ofHours(6)), Duration.ofMinutes(5));
	}

	final RewardPolicy policy = new RewardPolicy(properties("2.00", "5.00", 3));

	@Test
	void paysTwoYuanForAValidReportAndFiveForAnUrgentOne() {
		assertThat(policy.amountFor(RewardRuleTests.VALID)).isEqualTo(new Money(200));
		RewardClaim urgent = new RewardClaim(42, Action.FILE, CaseStatus.FILED, Channel.CITIZEN_APP, 7L, 7L, true, true,
				0, false);
		assertThat(policy.amountFor(urgent)).isEqualTo(new Money(500));
		assertThat(policy.tariffFor(urgent)).isEqualTo("URGENT_REPORT");
		assertThat(policy.tariffFor(RewardRuleTests.VALID)).isEqualTo("VALID_REPORT");
	}

	@Test
	void acceptsAClaimNoRuleRefuses() {
		assertThat(policy.refusal(RewardRuleTests.VALID)).isEmpty();
	}

	@Test
	void givesTheFirstReasonToRefuse() {
		RewardClaim staffPatrol = new RewardClaim(42, Action.FILE, CaseStatus.FILED, Channel.INSPECTOR, 7L, 7L, false,
				false, 5, true);
		assertThat(policy.refusal(staffPatrol)).hasValueSatisfying(reason -> assertThat(reason).contains("INSPECTOR"));
	}

	@Test
	void takesTheDailyLimitFromTheConfiguration() {
		RewardPolicy oneADay = new RewardPolicy(properties("2.00", "5.00", 1));
		assertThat(oneADay.refusal(RewardRuleTests.VALID.counted(1, false))).isPresent();
		assertThat(policy.refusal(RewardRuleTests.VALID.counted(1, false))).isEmpty();
	}

	@Test
	void refusesAmountsInFractionsOfAFen() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> properties("2.005", "5.00", 3))
			.withMessageContaining("valid-report");
	}
}
