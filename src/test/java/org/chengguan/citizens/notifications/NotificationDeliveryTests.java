package org.chengguan.citizens.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.chengguan.PlatformTest;
import org.chengguan.citizens.BatchNotificationChannel;
import org.chengguan.citizens.MutableClock;
import org.chengguan.citizens.Notification;
import org.chengguan.citizens.NotificationChannel;
import org.chengguan.citizens.NotificationKind;
import org.chengguan.citizens.internal.Backoff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery service on the real outbox, with a test channel and a clock moved by hand. Each test's channel has an
 * id of its own, so the application's own deliverers (which only take rows of the channels they have) leave these
 * rows alone.
 */
@PlatformTest
class NotificationDeliveryTests {

	static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

	private static final AtomicLong caseIds = new AtomicLong(8_000_000_000L);

	@Autowired
	Outbox outbox;

	@Autowired
	Inbox inbox;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	final MutableClock clock = new MutableClock(T0);

	/** The timers the service set: "id#attempt@time" for a row's retry, "round:firstId@time" for a delivery round. */
	final List<String> timers = new CopyOnWriteArrayList<>();

	/** A channel that fails its first {@code failures} calls, then delivers; it can be slow. */
	static final class TestChannel implements NotificationChannel {

		final String id = "test-" + UUID.randomUUID();

		final AtomicInteger calls = new AtomicInteger();

		final List<Long> delivered = new CopyOnWriteArrayList<>();

		volatile int failures;

		volatile long millis;

		@Override
		public String id() {
			return id;
		}

		@Override
		public void deliver(Notification notification) {
			int call = calls.incrementAndGet();
			sleep(millis);
			if (call <= failures) {
				throw new IllegalStateException("gateway answered 503 (call " + call + ")");
			}
			delivered.add(notification.id());
		}

		private static void sleep(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	NotificationDelivery delivery(int maxAttempts, NotificationChannel... channels) {
		var properties = new NotificationProperties(Locale.SIMPLIFIED_CHINESE, Duration.ofMinutes(1), 100,
				new Backoff(Duration.ofMinutes(1), 2, maxAttempts, Duration.ofHours(6)));
		DeliveryTimer recording = new DeliveryTimer() {

			@Override
			public void schedule(long id, int attempt, Instant at) {
				timers.add(id + "#" + attempt + "@" + at);
			}

			@Override
			public void scheduleRound(Instant at, long firstId) {
				timers.add("round:" + firstId + "@" + at);
			}
		};
		return new NotificationDelivery(outbox, List.of(channels), recording, properties, transactions, clock,
				jdbcTemplate);
	}

	static NotificationDraft draft() {
		long caseId = caseIds.incrementAndGet();
		return new NotificationDraft(4242, NotificationKind.FILED, caseId, "T" + caseId, "您反映的问题已立案（案卷号 T" + caseId
				+ "）");
	}

	/** Enqueues the drafts in one transaction; the id of each one's first row (its first channel's). */
	List<Long> enqueued(NotificationDelivery delivery, List<NotificationDraft> drafts) {
		new TransactionTemplate(transactions).executeWithoutResult(s -> drafts.forEach(delivery::enqueue));
		return drafts.stream().map(d -> outbox.ofCase(d.caseId()).get(0).id()).toList();
	}

	/** Enqueues the draft outside a transaction (written at once); the id of its first row. */
	long enqueued(NotificationDelivery delivery, NotificationDraft draft) {
		delivery.enqueue(draft);
		return outbox.ofCase(draft.caseId()).get(0).id();
	}

	OutboxEntry row(long id, long caseId) {
		return outbox.ofCase(caseId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
	}

	@Test
	void writesOneRowPerChannelWithItsTimerAndDeliversItOnce() {
		TestChannel channel = new TestChannel();
		TestChannel sms = new TestChannel();
		NotificationDelivery delivery = delivery(10, channel, sms);
		NotificationDraft draft = draft();
		new TransactionTemplate(transactions).executeWithoutResult(s -> delivery.enqueue(draft));
		List<Long> ids = outbox.ofCase(draft.caseId()).stream().map(OutboxEntry::id).toList();
		long id = ids.get(0);

		assertThat(ids).hasSize(2);
		assertThat(outbox.ofCase(draft.caseId())).extracting(OutboxEntry::channel).containsExactly(channel.id(),
				sms.id());
		assertThat(timers).as("one round for the transaction's rows").containsExactly("round:" + id + "@" + T0);
		assertThat(row(id, draft.caseId())).satisfies(r -> {
			assertThat(r.status()).isEqualTo(OutboxStatus.PENDING);
			assertThat(r.channel()).isEqualTo(channel.id());
		});
		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.DELIVERED);
		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.SKIPPED);
		assertThat(channel.delivered).containsExactly(id);
		assertThat(row(id, draft.caseId())).satisfies(r -> {
			assertThat(r.status()).isEqualTo(OutboxStatus.DELIVERED);
			assertThat(r.attempts()).isEqualTo(1);
			assertThat(r.deliveredAt()).isEqualTo(T0);
		});
	}

	@Test
	void retriesAFailedDeliveryAfterOneMinuteThenTwo() {
		TestChannel channel = new TestChannel();
		channel.failures = 2;
		NotificationDelivery delivery = delivery(10, channel);
		NotificationDraft draft = draft();
		long id = enqueued(delivery, draft);

		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.RETRY_SCHEDULED);
		assertThat(row(id, draft.caseId())).satisfies(r -> {
			assertThat(r.status()).isEqualTo(OutboxStatus.PENDING);
			assertThat(r.attempts()).isEqualTo(1);
			assertThat(r.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
			assertThat(r.lastError()).isEqualTo("IllegalStateException: gateway answered 503 (call 1)");
		});
		clock.advance(Duration.ofSeconds(30));
		assertThat(delivery.deliver(id)).as("not due yet").isEqualTo(DeliveryOutcome.SKIPPED);
		clock.advance(Duration.ofSeconds(30));
		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.RETRY_SCHEDULED);
		assertThat(row(id, draft.caseId()).nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
		clock.advance(Duration.ofMinutes(2));
		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.DELIVERED);

		assertThat(timers).containsExactly("round:" + id + "@" + T0, id + "#1@" + T0.plus(Duration.ofMinutes(1)),
				id + "#2@" + T0.plus(Duration.ofMinutes(3)));
		assertThat(row(id, draft.caseId())).satisfies(r -> {
			assertThat(r.status()).isEqualTo(OutboxStatus.DELIVERED);
			assertThat(r.attempts()).isEqualTo(3);
		});
	}

	@Test
	void declaresARowDeadAfterTheLastAllowedAttemptWithTheLastError() {
		TestChannel channel = new TestChannel();
		channel.failures = Integer.MAX_VALUE;
		NotificationDelivery delivery = delivery(3, channel);
		NotificationDraft draft = draft();
		long id = enqueued(delivery, draft);

		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.RETRY_SCHEDULED);
		clock.advance(Duration.ofMinutes(1));
		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.RETRY_SCHEDULED);
		clock.advance(Duration.ofMinutes(2));
		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.DEAD);
		clock.advance(Duration.ofHours(1));
		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.SKIPPED);

		assertThat(channel.calls).hasValue(3);
		assertThat(row(id, draft.caseId())).satisfies(r -> {
			assertThat(r.status()).isEqualTo(OutboxStatus.DEAD);
			assertThat(r.attempts()).isEqualTo(3);
			assertThat(r.lastError()).endsWith("(call 3)");
		});
		assertThat(outbox.list(OutboxStatus.DEAD, 0, 100).items()).extracting(OutboxEntry::id).contains(id);
		assertThat(outbox.counts().get(OutboxStatus.DEAD)).isPositive();
	}

	@Test
	void deliversARowOnceWhenTwoInstancesRaceForIt() throws Exception {
		TestChannel channel = new TestChannel();
		channel.millis = 300;
		NotificationDelivery one = delivery(10, channel);
		NotificationDelivery other = delivery(10, channel);
		NotificationDraft draft = draft();
		long id = enqueued(one, draft);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		Future<DeliveryOutcome> a = pool.submit(() -> {
			start.await();
			return one.deliver(id);
		});
		Future<DeliveryOutcome> b = pool.submit(() -> {
			start.await();
			return other.deliver(id);
		});
		start.countDown();
		List<DeliveryOutcome> outcomes = List.of(a.get(), b.get());
		pool.shutdown();

		assertThat(outcomes).containsExactlyInAnyOrder(DeliveryOutcome.DELIVERED, DeliveryOutcome.SKIPPED);
		assertThat(channel.delivered).containsExactly(id);
		assertThat(row(id, draft.caseId()).attempts()).isEqualTo(1);
	}

	@Test
	void aRoundDeliversEveryDueRowInOneGoAndRetriesOnlyTheOneThatFailed() {
		TestChannel channel = new TestChannel();
		channel.failures = 1;
		NotificationDelivery delivery = delivery(10, channel);
		List<NotificationDraft> drafts = List.of(draft(), draft(), draft());
		List<Long> ids = enqueued(delivery, drafts);

		assertThat(timers).containsExactly("round:" + ids.get(0) + "@" + T0);
		assertThat(delivery.deliverDue()).isEqualTo(2);

		assertThat(row(ids.get(0), drafts.get(0).caseId())).satisfies(r -> {
			assertThat(r.status()).isEqualTo(OutboxStatus.PENDING);
			assertThat(r.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
		});
		assertThat(channel.delivered).containsExactly(ids.get(1), ids.get(2));
		assertThat(timers).contains(ids.get(0) + "#1@" + T0.plus(Duration.ofMinutes(1)));
		assertThat(delivery.deliverDue()).as("the failed row is not due yet").isZero();
	}

	/** A batch channel on the real inbox; its batch call can fail after writing, and one row can be bad. */
	final class InboxBatchChannel implements BatchNotificationChannel {

		final String id = "test-" + UUID.randomUUID();

		final AtomicInteger batches = new AtomicInteger();

		final AtomicInteger singles = new AtomicInteger();

		volatile boolean failBatch;

		volatile long badRow = -1;

		@Override
		public String id() {
			return id;
		}

		@Override
		public void deliver(Notification notification) {
			singles.incrementAndGet();
			if (notification.id() == badRow) {
				throw new IllegalStateException("row " + notification.id() + " refused");
			}
			inbox.record(notification, clock.instant());
		}

		@Override
		public void deliverAll(List<Notification> notifications) {
			batches.incrementAndGet();
			inbox.recordAll(notifications, clock.instant());
			if (failBatch) {
				throw new IllegalStateException("refused the batch after writing it");
			}
		}
	}

	long messagesOf(NotificationDraft draft) {
		return inbox.of(draft.recipientId(), 0, 1000).items().stream().filter(m -> m.caseId() == draft.caseId()).count();
	}

	@Test
	void aRoundHandsABatchChannelAllItsRowsInOneCallAndMarksThemTogether() {
		InboxBatchChannel channel = new InboxBatchChannel();
		NotificationDelivery delivery = delivery(10, channel);
		List<NotificationDraft> drafts = List.of(draft(), draft(), draft());
		List<Long> ids = enqueued(delivery, drafts);

		assertThat(delivery.deliverDue()).isEqualTo(3);
		assertThat(channel.batches).hasValue(1);
		assertThat(channel.singles).hasValue(0);
		for (int i = 0; i < 3; i++) {
			assertThat(row(ids.get(i), drafts.get(i).caseId())).satisfies(r -> {
				assertThat(r.status()).isEqualTo(OutboxStatus.DELIVERED);
				assertThat(r.attempts()).isEqualTo(1);
				assertThat(r.deliveredAt()).isEqualTo(T0);
			});
			assertThat(messagesOf(drafts.get(i))).isEqualTo(1);
		}
		assertThat(delivery.deliverDue()).as("nothing left").isZero();
	}

	@Test
	void whenTheBatchFailsItsWritesAreUndoneAndEachRowIsDeliveredAloneSoOnlyTheBadOneFails() {
		InboxBatchChannel channel = new InboxBatchChannel();
		channel.failBatch = true;
		NotificationDelivery delivery = delivery(10, channel);
		List<NotificationDraft> drafts = List.of(draft(), draft(), draft());
		List<Long> ids = enqueued(delivery, drafts);
		channel.badRow = ids.get(1);

		assertThat(delivery.deliverDue()).isEqualTo(2);
		assertThat(channel.batches).hasValue(1);
		assertThat(channel.singles).hasValue(3);
		assertThat(messagesOf(drafts.get(0))).as("written once, not by the undone batch as well").isEqualTo(1);
		assertThat(messagesOf(drafts.get(1))).isZero();
		assertThat(messagesOf(drafts.get(2))).isEqualTo(1);
		assertThat(row(ids.get(1), drafts.get(1).caseId())).satisfies(r -> {
			assertThat(r.status()).isEqualTo(OutboxStatus.PENDING);
			assertThat(r.lastError()).contains("refused");
		});
		assertThat(row(ids.get(2), drafts.get(2).caseId()).status()).isEqualTo(OutboxStatus.DELIVERED);
		assertThat(timers).contains(ids.get(1) + "#1@" + T0.plus(Duration.ofMinutes(1)));
	}

	@Test
	void transactionsOfOneSecondShareARoundUntilItIsPicked(@Autowired DeliveryTimer timer,
			@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		Instant at = Instant.parse("2031-05-05T05:05:05.250Z");
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(s -> timer.scheduleRound(at, 101));
		transaction.executeWithoutResult(s -> timer.scheduleRound(at.plusMillis(500), 102));
		assertThat(rounds(jdbc, at)).containsExactly("s" + at.getEpochSecond());

		jdbc.sql("UPDATE scheduled_tasks SET picked = true WHERE task_name = ? AND task_instance = ?")
			.params(NotificationTasks.ROUND.getTaskName(), "s" + at.getEpochSecond())
			.update();
		transaction.executeWithoutResult(s -> timer.scheduleRound(at.plusMillis(600), 103));
		assertThat(rounds(jdbc, at)).as("a round already running does not see rows committed after it began")
			.containsExactlyInAnyOrder("s" + at.getEpochSecond(), "r103");

		jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ? AND execution_time >= ? AND execution_time < ?")
			.params(NotificationTasks.ROUND.getTaskName(), java.sql.Timestamp.from(at.minusSeconds(1)),
					java.sql.Timestamp.from(at.plusSeconds(1)))
			.update();
	}

	private static List<String> rounds(org.springframework.jdbc.core.simple.JdbcClient jdbc, Instant at) {
		return jdbc.sql("SELECT task_instance FROM scheduled_tasks WHERE task_name = ? AND execution_time >= ? "
				+ "AND execution_time < ?")
			.params(NotificationTasks.ROUND.getTaskName(), java.sql.Timestamp.from(at.minusSeconds(1)),
					java.sql.Timestamp.from(at.plusSeconds(1)))
			.query(String.class)
			.list();
	}

	@Test
	void sweepsTheDueRowsOfItsChannelsAndLeavesOthersAlone() {
		TestChannel channel = new TestChannel();
		TestChannel absent = new TestChannel();
		NotificationDelivery delivery = delivery(10, channel);
		NotificationDraft first = draft();
		NotificationDraft second = draft();
		long a = enqueued(delivery, first);
		long b = enqueued(delivery, second);
		NotificationDraft elsewhere = draft();
		long c = enqueued(delivery(10, absent), elsewhere);

		assertThat(delivery.sweep()).isEqualTo(2);
		assertThat(channel.delivered).containsExactly(a, b);
		assertThat(delivery.deliver(c)).isEqualTo(DeliveryOutcome.SKIPPED);
		assertThat(row(c, elsewhere.caseId()).status()).as("waits for an instance that has its channel")
			.isEqualTo(OutboxStatus.PENDING);
		assertThat(delivery.sweep()).isZero();
	}

	@Test
	void theSweepIsScheduledOnceTheApplicationIsReady(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?")
			.param(NotificationTasks.SWEEP)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void undoesTheWritesOfAChannelThatFailed() {
		NotificationChannel recordsThenFails = new NotificationChannel() {

			final String id = "test-" + UUID.randomUUID();

			@Override
			public String id() {
				return id;
			}

			@Override
			public void deliver(Notification notification) {
				inbox.record(notification, clock.instant());
				throw new IllegalStateException("lost the connection after writing");
			}
		};
		NotificationDelivery delivery = delivery(10, recordsThenFails);
		NotificationDraft draft = draft();
		long id = enqueued(delivery, draft);

		assertThat(delivery.deliver(id)).isEqualTo(DeliveryOutcome.RETRY_SCHEDULED);
		assertThat(inbox.of(draft.recipientId(), 0, 100).items()).noneMatch(m -> m.caseId() == draft.caseId());
		assertThat(row(id, draft.caseId()).lastError()).contains("lost the connection");
	}
}
