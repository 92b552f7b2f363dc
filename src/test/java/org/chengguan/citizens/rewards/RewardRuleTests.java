package org.chengguan.citizens.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.junit.jupiter.api.Test;

/** Each anti-abuse rule on its own: what it refuses, with which reason, and what it lets pass. */
class RewardRuleTests {

	/** A citizen's app report, filed today, their first reward of the day: every rule lets it pass. */
	static final RewardClaim VALID = new RewardClaim(42, Action.FILE, CaseStatus.FILED, Channel.CITIZEN_APP, 7L, 7L,
			true, false, 0, false);

	static RewardClaim with(Action action, CaseStatus status) {
		return new RewardClaim(42, action, status, Channel.CITIZEN_APP, 7L, 7L, true, false, 0, false);
	}

	@Test
	void everyRuleLetsAValidFirstReportPass() {
		for (RewardRule rule : new RewardRule[] { RewardRule.ONLY_FILED_REPORTS, RewardRule.ONLY_CITIZENS_CHANNELS,
				RewardRule.ONLY_CITIZENS, RewardRule.ONLY_THE_FIRST_REPORTER, RewardRule.ONCE_PER_CASE,
				RewardRule.atMostPerDay(3) }) {
			assertThat(rule.refusal(VALID)).isEmpty();
		}
	}

	@Test
	void onlyAFiledReportEarns() {
		assertThat(RewardRule.ONLY_FILED_REPORTS.refusal(with(Action.VOID, CaseStatus.VOIDED)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("filed").contains("VOIDED"));
		assertThat(RewardRule.ONLY_FILED_REPORTS.refusal(with(Action.LINK_DUPLICATE, CaseStatus.DUPLICATE)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("DUPLICATE"));
		assertThat(RewardRule.ONLY_FILED_REPORTS.refusal(with(Action.APPROVE_RETURN, CaseStatus.FILED)))
			.as("an approved return puts a case back to FILED without filing it again")
			.hasValueSatisfying(reason -> assertThat(reason).contains("APPROVE_RETURN"));
	}

	@Test
	void onlyCitizensChannelsEarn() {
		for (Channel staff : new Channel[] { Channel.INSPECTOR, Channel.IMPORT }) {
			RewardClaim claim = new RewardClaim(42, Action.FILE, CaseStatus.FILED, staff, 7L, 7L, true, false, 0, false);
			assertThat(RewardRule.ONLY_CITIZENS_CHANNELS.refusal(claim)).as(staff.name())
				.hasValueSatisfying(reason -> assertThat(reason).contains(staff.name()));
		}
		RewardClaim hotline = new RewardClaim(42, Action.FILE, CaseStatus.FILED, Channel.HOTLINE, 7L, 7L, true, false,
				0, false);
		assertThat(RewardRule.ONLY_CITIZENS_CHANNELS.refusal(hotline)).isEmpty();
	}

	@Test
	void onlyACitizenEarnsNeverStaffNorNobody() {
		RewardClaim operator = new RewardClaim(42, Action.FILE, CaseStatus.FILED, Channel.HOTLINE, 8L, 8L, false,
				false, 0, false);
		assertThat(RewardRule.ONLY_CITIZENS.refusal(operator))
			.hasValueSatisfying(reason -> assertThat(reason).contains("user 8 is not a citizen"));
		RewardClaim imported = new RewardClaim(42, Action.FILE, CaseStatus.FILED, Channel.OPEN311, null, null, false,
				false, 0, false);
		assertThat(RewardRule.ONLY_CITIZENS.refusal(imported))
			.hasValueSatisfying(reason -> assertThat(reason).contains("no reporter"));
	}

	@Test
	void onlyTheFirstReporterEarnsNotADuplicatesReporter() {
		RewardClaim follower = new RewardClaim(42, Action.FILE, CaseStatus.FILED, Channel.CITIZEN_APP, 7L, 9L, true,
				false, 0, false);
		assertThat(RewardRule.ONLY_THE_FIRST_REPORTER.refusal(follower))
			.hasValueSatisfying(reason -> assertThat(reason).contains("first reporter").contains("9"));
	}

	@Test
	void aCaseEarnsOnce() {
		assertThat(RewardRule.ONCE_PER_CASE.refusal(VALID.counted(0, true)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("case 42 was rewarded already"));
	}

	@Test
	void aCitizenEarnsAtMostNPerDay() {
		RewardRule threeADay = RewardRule.atMostPerDay(3);
		assertThat(threeADay.refusal(VALID.counted(2, false))).isEmpty();
		assertThat(threeADay.refusal(VALID.counted(3, false)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("at most 3").contains("has had 3 today"));
		assertThat(RewardRule.atMostPerDay(0).refusal(VALID)).as("zero switches rewards off").isPresent();
	}
}
