package org.chengguan.citizens.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.chengguan.PlatformTest;
import org.chengguan.citizens.CitizenFixtures;
import org.chengguan.citizens.Money;
import org.chengguan.citizens.MutableClock;
import org.chengguan.citizens.PayoutChannel;
import org.chengguan.citizens.PayoutOrder;
import org.chengguan.citizens.PayoutReceipt;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payouts on the real ledger, through a test channel with an id of its own (the application's own payers take only
 * payouts of their channel) and a clock moved by hand.
 */
@PlatformTest
class RewardPayoutsTests {

	static final Instant T0 = Instant.parse("2030-06-01T02:00:00Z");

	@Autowired
	ApplicationContext context;

	@Autowired
	RewardCrediting crediting;

	@Autowired
	Ledger ledger;

	@Autowired
	Payouts payouts;

	@Autowired
	RewardReports reports;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	final MutableClock clock = new MutableClock(T0);

	final List<String> timers = new CopyOnWriteArrayList<>();

	CitizenFixtures fixtures;

	/** Pays, after failing its first {@code failures} calls. */
	static final class TestPayoutChannel implements PayoutChannel {

		final String id = "test-" + UUID.randomUUID();

		final AtomicInteger calls = new AtomicInteger();

		volatile int failures;

		@Override
		public String id() {
			return id;
		}

		@Override
		public PayoutReceipt pay(PayoutOrder order) {
			if (calls.incrementAndGet() <= failures) {
				throw new IllegalStateException("provider busy");
			}
			return new PayoutReceipt("ref-" + order.payoutId(), "paid " + order.amount());
		}
	}

	@BeforeEach
	void fixtures() {
		fixtures = new CitizenFixtures(context);
	}

	@AfterEach
	void theLedgerBalances() {
		assertThat(ledger.trialBalance()).isEqualTo(Money.ZERO);
	}

	RewardPayouts payouts(PayoutChannel channel, int maxAttempts) {
		var properties = RewardPolicyTests.properties("2.00", "5.00", 3);
		properties = new RewardProperties(true, properties.validReport(), properties.urgentReport(), 3,
				properties.minimumPayout(), properties.zone(),
				new org.chengguan.citizens.internal.Backoff(Duration.ofMinutes(1), 2, maxAttempts, Duration.ofHours(6)),
				Duration.ofMinutes(5));
		return new RewardPayouts(ledger, payouts, channel, (id, attempt, at) -> timers.add(id + "#" + attempt + "@" + at),
				properties, transactions, clock);
	}

	/** A citizen with rewards for this many filings of made-up cases. */
	Actor citizenWithRewards(int filings) {
		Actor citizen = fixtures.newCitizen();
		for (int i = 0; i < filings; i++) {
			new TransactionTemplate(transactions).executeWithoutResult(
					s -> crediting.credit(RewardCreditingTests.filing(citizen.userId(), T0.minus(Duration.ofHours(1)))));
		}
		return citizen;
	}

	long payoutJournalsOf(long userId) {
		return jdbc.sql("""
				SELECT count(*) FROM citizens.journal j JOIN citizens.payout p ON p.id = j.payout_id
				WHERE p.user_id = ? AND j.kind = 'PAYOUT'
				""").param(userId).query(Long.class).single();
	}

	@Test
	void paysTheWholeBalanceOnceThroughTheChannel() {
		TestPayoutChannel channel = new TestPayoutChannel();
		RewardPayouts service = payouts(channel, 10);
		Actor citizen = citizenWithRewards(2);

		var requested = service.request(citizen.userId(), "k-1");

		assertThat(requested.created()).isTrue();
		Payout payout = requested.payout();
		assertThat(payout.amount()).isEqualTo(new Money(400));
		assertThat(payout.status()).isEqualTo(PayoutStatus.PENDING);
		assertThat(ledger.balanceOf(citizen.userId())).isEqualTo(Money.ZERO);
		assertThat(timers).containsExactly(payout.id() + "#0@" + T0);

		assertThat(service.pay(payout.id())).isEqualTo(PayoutAttempt.PAID);
		assertThat(service.pay(payout.id())).isEqualTo(PayoutAttempt.SKIPPED);
		assertThat(channel.calls).hasValue(1);
		assertThat(payouts.byId(payout.id()).orElseThrow()).satisfies(p -> {
			assertThat(p.status()).isEqualTo(PayoutStatus.PAID);
			assertThat(p.reference()).isEqualTo("ref-" + p.id());
			assertThat(p.paidAt()).isEqualTo(T0);
		});
		var statement = reports.statement(citizen.userId(), 0, 10);
		assertThat(statement.paid()).isEqualTo(new Money(400));
		assertThat(statement.credited()).isEqualTo(new Money(400));
		assertThat(statement.history().items()).extracting(LedgerLine::kind, LedgerLine::amount).containsExactly(
				org.assertj.core.groups.Tuple.tuple(JournalKind.PAYOUT, new Money(-400)),
				org.assertj.core.groups.Tuple.tuple(JournalKind.REWARD, new Money(200)),
				org.assertj.core.groups.Tuple.tuple(JournalKind.REWARD, new Money(200)));
	}

	@Test
	void aRetriedRequestWithTheSameKeyAnswersWithTheFirstPayout() {
		RewardPayouts service = payouts(new TestPayoutChannel(), 10);
		Actor citizen = citizenWithRewards(1);

		var first = service.request(citizen.userId(), "same");
		var retry = service.request(citizen.userId(), "same");

		assertThat(retry.created()).isFalse();
		assertThat(retry.payout().id()).isEqualTo(first.payout().id());
		assertThat(payoutJournalsOf(citizen.userId())).isEqualTo(1);
	}

	@Test
	void concurrentRequestsWithOneKeyMakeOnePayout() throws Exception {
		RewardPayouts service = payouts(new TestPayoutChannel(), 10);
		Actor citizen = citizenWithRewards(3);

		var answers = RewardCreditingTests.race(6, () -> service.request(citizen.userId(), "tap-tap-tap"));

		assertThat(answers).extracting(a -> a.payout().id()).containsOnly(answers.get(0).payout().id());
		assertThat(answers).filteredOn(RewardPayouts.Requested::created).hasSize(1);
		assertThat(answers.get(0).payout().amount()).isEqualTo(new Money(600));
		assertThat(payoutJournalsOf(citizen.userId())).isEqualTo(1);
	}

	@Test
	void concurrentRequestsWithoutAKeyPayTheBalanceOnce() throws Exception {
		RewardPayouts service = payouts(new TestPayoutChannel(), 10);
		Actor citizen = citizenWithRewards(1);

		var answers = RewardCreditingTests.race(4, () -> {
			try {
				return service.request(citizen.userId(), null).payout().amount();
			}
			catch (ConflictException nothingLeft) {
				return Money.ZERO;
			}
		});

		assertThat(answers).containsExactlyInAnyOrder(new Money(200), Money.ZERO, Money.ZERO, Money.ZERO);
		assertThat(payoutJournalsOf(citizen.userId())).isEqualTo(1);
	}

	@Test
	void refusesABalanceBelowTheMinimum() {
		RewardPayouts service = payouts(new TestPayoutChannel(), 10);
		Actor citizen = fixtures.newCitizen();

		assertThatThrownBy(() -> service.request(citizen.userId(), "k")).isInstanceOf(ConflictException.class)
			.hasMessageContaining("¥0.00")
			.hasMessageContaining("at least ¥1.00");
	}

	@Test
	void retriesAFailingPayoutAndReturnsTheAmountToTheBalanceWhenItGivesUp() {
		TestPayoutChannel channel = new TestPayoutChannel();
		channel.failures = Integer.MAX_VALUE;
		RewardPayouts service = payouts(channel, 2);
		Actor citizen = citizenWithRewards(1);
		long id = service.request(citizen.userId(), null).payout().id();

		assertThat(service.pay(id)).isEqualTo(PayoutAttempt.RETRY_SCHEDULED);
		assertThat(payouts.byId(id).orElseThrow().nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
		assertThat(ledger.balanceOf(citizen.userId())).as("set aside while the payout is tried").isEqualTo(Money.ZERO);
		clock.advance(Duration.ofMinutes(1));
		assertThat(service.pay(id)).isEqualTo(PayoutAttempt.FAILED);

		assertThat(payouts.byId(id).orElseThrow()).satisfies(p -> {
			assertThat(p.status()).isEqualTo(PayoutStatus.FAILED);
			assertThat(p.lastError()).contains("provider busy");
		});
		assertThat(ledger.balanceOf(citizen.userId())).isEqualTo(new Money(200));
		assertThat(reports.statement(citizen.userId(), 0, 10).history().items()).first()
			.satisfies(line -> {
				assertThat(line.kind()).isEqualTo(JournalKind.PAYOUT_REVERSAL);
				assertThat(line.amount()).isEqualTo(new Money(200));
				assertThat(line.payoutStatus()).isEqualTo(PayoutStatus.FAILED);
			});
	}

	@Test
	void sumsUpThePeriodByDayWithWhatIsStillOwedAtItsEnd() {
		TestPayoutChannel channel = new TestPayoutChannel();
		RewardPayouts service = payouts(channel, 10);
		Actor citizen = fixtures.newCitizen();
		Instant may1 = Instant.parse("2031-05-01T02:00:00Z");
		Instant may2 = Instant.parse("2031-05-02T02:00:00Z");
		var before = reports.summary(java.time.LocalDate.parse("2031-04-30"), java.time.LocalDate.parse("2031-04-30"));
		new TransactionTemplate(transactions).executeWithoutResult(s -> {
			crediting.credit(RewardCreditingTests.filing(citizen.userId(), may1));
			crediting.credit(RewardCreditingTests.filing(citizen.userId(), may1));
		});
		clock.advance(Duration.between(T0, may2));
		service.pay(service.request(citizen.userId(), null).payout().id());
		new TransactionTemplate(transactions)
			.executeWithoutResult(s -> crediting.credit(RewardCreditingTests.filing(citizen.userId(), may2.plusSeconds(60))));

		var summary = reports.summary(java.time.LocalDate.parse("2031-05-01"), java.time.LocalDate.parse("2031-05-03"));

		assertThat(summary.credited()).isEqualTo(new Money(600));
		assertThat(summary.rewards()).isEqualTo(3);
		assertThat(summary.paid()).isEqualTo(new Money(400));
		assertThat(summary.payouts()).isEqualTo(1);
		assertThat(summary.outstanding().fen() - before.outstanding().fen()).isEqualTo(200);
		assertThat(summary.ledgerBalanced()).isTrue();
		assertThat(summary.byDay()).extracting(d -> d.day().toString(), d -> d.credited().fen(), d -> d.paid().fen())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2031-05-01", 400L, 0L),
					org.assertj.core.groups.Tuple.tuple("2031-05-02", 200L, 400L),
					org.assertj.core.groups.Tuple.tuple("2031-05-03", 0L, 0L));
		var firstDay = reports.summary(java.time.LocalDate.parse("2031-05-01"), java.time.LocalDate.parse("2031-05-01"));
		assertThat(firstDay.outstanding().fen() - before.outstanding().fen()).as("paid only the next day")
			.isEqualTo(400);
	}

	@Test
	void theSweepIsScheduledOnceTheApplicationIsReady() {
		assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'citizens-payout-sweep'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAPeriodBackwardsOrLongerThanAYear() {
		assertThatThrownBy(() -> reports.summary(java.time.LocalDate.parse("2031-05-02"),
				java.time.LocalDate.parse("2031-05-01"))).hasMessageContaining("366");
		assertThatThrownBy(() -> reports.summary(java.time.LocalDate.parse("2030-01-01"),
				java.time.LocalDate.parse("2031-01-02"))).hasMessageContaining("366");
	}
}
