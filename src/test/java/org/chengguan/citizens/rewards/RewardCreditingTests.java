package org.chengguan.citizens.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.CaseTransitioned;
import org.chengguan.cases.Channel;
import org.chengguan.cases.ReportCommand;
import org.chengguan.cases.Stage;
import org.chengguan.citizens.CitizenFixtures;
import org.chengguan.citizens.CitizenFixtures.Team;
import org.chengguan.citizens.Money;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Rewards credited at filing, on the real database: once per case, within the limits, in a ledger that balances. */
@PlatformTest
class RewardCreditingTests {

	/** Case ids no real case has, for filings made up by the test. */
	private static final AtomicLong madeUpCaseIds = new AtomicLong(9_000_000_000L);

	@Autowired
	ApplicationContext context;

	@Autowired
	RewardCrediting crediting;

	@Autowired
	Ledger ledger;

	@Autowired
	CaseManagement cases;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	CitizenFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CitizenFixtures(context);
	}

	@AfterEach
	void theLedgerBalances() {
		assertThat(ledger.trialBalance()).isEqualTo(Money.ZERO);
		assertThat(jdbc.sql("SELECT count(*) FROM (SELECT journal_id FROM citizens.ledger_entry GROUP BY journal_id "
				+ "HAVING sum(amount_fen) <> 0 OR count(*) < 2) unbalanced").query(Long.class).single()).isZero();
	}

	/** A filing of a case the test makes up, by a citizen, at a given time. */
	static CaseTransitioned filing(long reporterId, Instant at) {
		long caseId = madeUpCaseIds.incrementAndGet();
		return new CaseTransitioned(caseId, "T" + caseId, Action.FILE, CaseStatus.VERIFIED, CaseStatus.FILED, at, 9,
				"SHIFT_LEADER", "E0102", "340603001006001", null, Stage.DISPATCH, null, reporterId, null,
				Channel.CITIZEN_APP);
	}

	RewardOutcome credit(CaseTransitioned filing) {
		return transaction.execute(status -> crediting.credit(filing));
	}

	long rewardsOf(long caseId) {
		return jdbc.sql("SELECT count(*) FROM citizens.reward WHERE case_id = ?").param(caseId).query(Long.class).single();
	}

	@Test
	void creditsTwoYuanWhenACitizensReportIsFiled() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0102").id();
		fixtures.act(t.inspector(), id, Action.VERIFY);
		assertThat(ledger.balanceOf(citizen.userId())).as("verified is not filed yet").isEqualTo(Money.ZERO);

		fixtures.act(t.shiftLeader(), id, Action.FILE);

		assertThat(ledger.balanceOf(citizen.userId())).isEqualTo(new Money(200));
		assertThat(ledger.sumOf(Account.citizen(citizen.userId()))).as("a credit to the citizen's account")
			.isEqualTo(new Money(-200));
	}

	@Test
	void creditsFiveYuanOnceForAnUrgentReportDispatchedAtFiling() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0403").id();
		Case filed = fixtures.file(t, id);

		assertThat(filed.status()).as("燃气泄漏 is dispatched by its routing rule").isEqualTo(CaseStatus.DISPATCHED);
		assertThat(ledger.balanceOf(citizen.userId())).isEqualTo(new Money(500));
		assertThat(rewardsOf(id)).isEqualTo(1);
	}

	@Test
	void creditsNothingForAVoidedReport() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0102").id();
		fixtures.act(t.inspector(), id, Action.VERIFY);
		fixtures.act(t.shiftLeader(), id, Action.VOID, ActionCommand.comment("不属于城管职责"));

		assertThat(ledger.balanceOf(citizen.userId())).isEqualTo(Money.ZERO);
		assertThat(rewardsOf(id)).isZero();
	}

	@Test
	void rewardsOnlyTheFirstReporterNotTheDuplicates() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor first = fixtures.newCitizen();
		Actor second = fixtures.newCitizen();
		long master = fixtures.report(first, p, "E0102").id();
		Case duplicate = fixtures.report(second, new GeoPoint(p.lat() + 0.00018, p.lon()), "E0102");
		assertThat(duplicate.status()).isEqualTo(CaseStatus.DUPLICATE);
		fixtures.file(t, master);

		assertThat(ledger.balanceOf(first.userId())).isEqualTo(new Money(200));
		assertThat(ledger.balanceOf(second.userId())).isEqualTo(Money.ZERO);
		assertThat(rewardsOf(duplicate.id())).isZero();
	}

	@Test
	void anApprovedReturnPutsTheCaseBackToFiledWithoutASecondReward() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor citizen = fixtures.newCitizen();
		long id = fixtures.report(citizen, p, "E0102").id();
		fixtures.file(t, id);
		fixtures.act(t.dispatcher(), id, Action.DISPATCH);
		fixtures.act(t.handler(), id, Action.REQUEST_RETURN, ActionCommand.comment("不属于本部门"));
		Case back = fixtures.act(t.dispatcher(), id, Action.APPROVE_RETURN);
		assertThat(back.status()).isEqualTo(CaseStatus.FILED);
		fixtures.act(t.dispatcher(), id, Action.DISPATCH);

		assertThat(ledger.balanceOf(citizen.userId())).isEqualTo(new Money(200));
		assertThat(rewardsOf(id)).isEqualTo(1);
	}

	@Test
	void creditsNothingForReportsOfStaff() {
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		Actor operator = new TestUsers(context).ensure(TestUsers.OPERATOR);
		long hotline = cases.report(operator, new ReportCommand("E0102", "热线来电：路边垃圾", p.lat(), p.lon(), "wgs84",
				Channel.HOTLINE, List.of(), "王先生", "13900000000", false, null), null).reported().id();
		fixtures.file(t, hotline);

		assertThat(rewardsOf(hotline)).isZero();
		assertThat(ledger.balanceOf(operator.userId())).isEqualTo(Money.ZERO);
		assertThat(credit(new CaseTransitioned(madeUpCaseIds.incrementAndGet(), "T", Action.FILE, CaseStatus.VERIFIED,
				CaseStatus.FILED, Instant.now(), 9, "SHIFT_LEADER", "E0102", "340603001006001", null, Stage.DISPATCH,
				null, fixtures.newCitizen().userId(), null, Channel.INSPECTOR)).refusal()).contains("INSPECTOR");
	}

	@Test
	void concurrentCreditsForOneCaseWriteOneReward() throws Exception {
		Actor citizen = fixtures.newCitizen();
		CaseTransitioned filing = filing(citizen.userId(), Instant.parse("2030-05-01T02:00:00Z"));

		List<RewardOutcome> outcomes = race(8, () -> credit(filing));

		assertThat(outcomes).filteredOn(RewardOutcome::isCredited).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.isCredited())
			.allSatisfy(o -> assertThat(o.refusal()).contains("rewarded already"));
		assertThat(rewardsOf(filing.caseId())).isEqualTo(1);
		assertThat(ledger.balanceOf(citizen.userId())).isEqualTo(new Money(200));
	}

	@Test
	void theDatabaseRefusesASecondRewardForACaseWhateverTheCode() {
		Actor citizen = fixtures.newCitizen();
		CaseTransitioned filing = filing(citizen.userId(), Instant.parse("2030-05-02T02:00:00Z"));
		credit(filing);

		assertThatThrownBy(() -> transaction.executeWithoutResult(s -> jdbc.sql("""
				INSERT INTO citizens.journal (kind, at, case_id) VALUES ('REWARD', now(), ?)
				""").param(filing.caseId()).update())).rootCause().hasMessageContaining("journal_one_reward_per_case");
	}

	@Test
	void creditsAtMostThreeADayInShanghaiAndMoreTheNextDay() {
		Actor citizen = fixtures.newCitizen();
		Instant elevenPmInShanghai = Instant.parse("2030-03-01T15:00:00Z");
		for (int i = 0; i < 3; i++) {
			assertThat(credit(filing(citizen.userId(), elevenPmInShanghai)).isCredited()).isTrue();
		}
		assertThat(credit(filing(citizen.userId(), elevenPmInShanghai.plusSeconds(3540))).refusal())
			.contains("at most 3");
		assertThat(credit(filing(citizen.userId(), elevenPmInShanghai.plusSeconds(3600))).isCredited())
			.as("midnight in Shanghai, 16:00 UTC: a new day").isTrue();
		assertThat(ledger.balanceOf(citizen.userId())).isEqualTo(new Money(800));
	}

	@Test
	void theDailyLimitHoldsAgainstConcurrentFilings() throws Exception {
		Actor citizen = fixtures.newCitizen();
		Instant at = Instant.parse("2030-04-01T03:00:00Z");

		List<RewardOutcome> outcomes = race(6, () -> credit(filing(citizen.userId(), at)));

		assertThat(outcomes).filteredOn(RewardOutcome::isCredited).hasSize(3);
		assertThat(ledger.balanceOf(citizen.userId())).isEqualTo(new Money(600));
	}

	@Test
	void theDatabaseRefusesAJournalThatDoesNotBalanceAndAnyChangeToTheLedger() {
		CaseTransitioned filing = filing(fixtures.newCitizen().userId(), Instant.parse("2030-05-03T02:00:00Z"));
		assertThat(credit(filing).isCredited()).isTrue();
		assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
			long journal = jdbc.sql("""
					INSERT INTO citizens.journal (kind, at, case_id) VALUES ('REWARD', now(), ?) RETURNING id
					""").param(madeUpCaseIds.incrementAndGet()).query(Long.class).single();
			jdbc.sql("INSERT INTO citizens.ledger_entry (journal_id, account, amount_fen, at) VALUES (?, ?, ?, now())")
				.params(journal, "REWARDS_EXPENSE", 100)
				.update();
		})).rootCause().hasMessageContaining("does not balance");
		assertThatThrownBy(() -> jdbc.sql("""
				UPDATE citizens.ledger_entry SET amount_fen = amount_fen * 2
				WHERE journal_id IN (SELECT id FROM citizens.journal WHERE case_id = ?)
				""").param(filing.caseId()).update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM citizens.journal WHERE case_id = ?")
			.param(filing.caseId())
			.update()).rootCause()
			.hasMessageContaining("append-only");
	}

	static <T> List<T> race(int threads, java.util.concurrent.Callable<T> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			futures.add(pool.submit(() -> {
				start.await();
				return work.call();
			}));
		}
		start.countDown();
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			results.add(future.get());
		}
		pool.shutdown();
		return results;
	}
}
