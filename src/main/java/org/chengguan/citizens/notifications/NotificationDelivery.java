package org.chengguan.citizens.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.citizens.BatchNotificationChannel;
import org.chengguan.citizens.NotificationChannel;
import org.chengguan.citizens.internal.Backoff;
import org.chengguan.platform.database.CommitBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's two ends. {@link #enqueue} writes one row per channel for a notification in the caller's transaction —
 * all of a transaction's rows in one statement just before it commits — and the delivery round that will deliver
 * them. {@link #deliver}
 * makes one attempt at a row: it locks the row ({@code FOR UPDATE SKIP LOCKED}, so of two racing deliverers one
 * delivers and the other skips), calls the channel inside a savepoint and marks the row DELIVERED — or, when the
 * channel throws, records the error and sets the next attempt by the backoff, until the last allowed attempt makes
 * it DEAD. {@link #deliverDue} (a round, and the sweep for what was left behind) does the same for every due row, a
 * batch of rows per transaction; a {@link BatchNotificationChannel} gets its rows of the batch in one call, marked
 * DELIVERED in one statement, and only if that fails one by one.
 */
@Service
public class NotificationDelivery {

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private final Outbox outbox;

	private final Map<String, NotificationChannel> channels = new LinkedHashMap<>();

	private final DeliveryTimer timer;

	private final Backoff retry;

	private final int sweepBatch;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate savepoint;

	private final Clock clock;

	/** The rows a transaction adds, written with its delivery round just before it commits. */
	private final CommitBatch<Outbox.Queued> written;

	NotificationDelivery(Outbox outbox, List<NotificationChannel> channels, DeliveryTimer timer,
			NotificationProperties properties, PlatformTransactionManager transactions, Clock clock,
			org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.outbox = outbox;
		for (NotificationChannel channel : channels) {
			if (this.channels.put(channel.id(), channel) != null) {
				throw new IllegalStateException("two notification channels have the id '" + channel.id() + "'");
			}
		}
		this.timer = timer;
		this.retry = properties.retry();
		this.sweepBatch = properties.sweepBatch();
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
		// all of a transaction's rows in one insert, then its round, sent with the transaction's other before-commit
		// statements in one round trip
		this.written = CommitBatch.pipelined(jdbc, queued -> {
			Instant now = clock.instant();
			return timer.roundStatement(now, outbox.addAll(queued, now));
		});
	}

	/**
	 * Writes the notification to the outbox once for each channel, and the delivery round that delivers it, in the
	 * caller's transaction: if that rolls back, nothing was written and nothing will be sent. The rows are written
	 * just before the transaction commits, all of its notifications in one statement (so a later read in the same
	 * transaction does not see them); outside a transaction, at once.
	 */
	public void enqueue(NotificationDraft draft) {
		for (String channel : channels.keySet()) {
			written.add(new Outbox.Queued(draft, channel));
		}
	}

	/** One attempt at delivering the row, in a transaction of its own. */
	public DeliveryOutcome deliver(long notificationId) {
		return ownTransaction.execute(status -> attempt(notificationId, clock.instant()));
	}

	/**
	 * Delivers every row of this instance's channels that is due, oldest first: a batch of rows per transaction (each
	 * row's channel call in a savepoint of its own), rows another deliverer holds skipped.
	 *
	 * @return how many were delivered
	 */
	public int deliverDue() {
		if (channels.isEmpty()) {
			return 0;
		}
		int delivered = 0;
		while (true) {
			int[] batch = ownTransaction.execute(status -> {
				Instant now = clock.instant();
				List<Outbox.Due> due = outbox.lockAllDue(channels.keySet(), now, sweepBatch);
				int ok = 0;
				Map<String, List<Outbox.Due>> byChannel = new LinkedHashMap<>();
				due.forEach(row -> byChannel.computeIfAbsent(row.channel(), c -> new ArrayList<>()).add(row));
				for (Map.Entry<String, List<Outbox.Due>> rows : byChannel.entrySet()) {
					if (allAtOnce(channels.get(rows.getKey()), rows.getValue(), now)) {
						ok += rows.getValue().size();
						continue;
					}
					for (Outbox.Due row : rows.getValue()) {
						if (attempt(row, now) == DeliveryOutcome.DELIVERED) {
							ok++;
						}
					}
				}
				return new int[] { due.size(), ok };
			});
			delivered += batch[1];
			if (batch[0] < sweepBatch) {
				return delivered;
			}
		}
	}

	/**
	 * A batch channel's rows in one call and one update, in a savepoint; false (nothing changed) if there is only one
	 * row, the channel cannot, or the call failed: then each row is attempted alone, so only a bad row fails.
	 */
	private boolean allAtOnce(NotificationChannel channel, List<Outbox.Due> rows, Instant now) {
		if (rows.size() < 2 || !(channel instanceof BatchNotificationChannel batch)) {
			return false;
		}
		try {
			savepoint.executeWithoutResult(s -> {
				batch.deliverAll(rows.stream().map(Outbox.Due::notification).toList());
				outbox.deliveredAll(rows, now);
			});
			return true;
		}
		catch (RuntimeException e) {
			log.debug("a batch of {} notifications through {} failed ({}); delivering each alone", rows.size(),
					channel.id(), e.toString());
			return false;
		}
	}

	/** Delivers what is due and was left behind (a lost timer): {@link #deliverDue}. */
	public int sweep() {
		return deliverDue();
	}

	private DeliveryOutcome attempt(long id, Instant now) {
		Optional<Outbox.Due> due = channels.isEmpty() ? Optional.empty() : outbox.lockDue(id, channels.keySet(), now);
		return due.map(row -> attempt(row, now)).orElse(DeliveryOutcome.SKIPPED);
	}

	private DeliveryOutcome attempt(Outbox.Due due, Instant now) {
		long id = due.notification().id();
		int attempts = due.attempts() + 1;
		NotificationChannel channel = channels.get(due.channel());
		try {
			savepoint.executeWithoutResult(s -> channel.deliver(due.notification()));
			outbox.delivered(id, attempts, now);
			return DeliveryOutcome.DELIVERED;
		}
		catch (RuntimeException e) {
			String error = describe(e);
			Optional<Duration> delay = retry.delayAfter(attempts);
			if (delay.isEmpty()) {
				log.warn("Notification {} through {} is DEAD after {} attempts: {}", id, channel.id(), attempts, error);
				outbox.dead(id, attempts, error);
				return DeliveryOutcome.DEAD;
			}
			Instant next = now.plus(delay.get());
			log.info("Notification {} through {} failed (attempt {}), next at {}: {}", id, channel.id(), attempts, next,
					error);
			outbox.failed(id, attempts, error, next);
			timer.schedule(id, attempts, next);
			return DeliveryOutcome.RETRY_SCHEDULED;
		}
	}

	private static String describe(RuntimeException e) {
		String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
	}
}
