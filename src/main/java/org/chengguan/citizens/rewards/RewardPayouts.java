package org.chengguan.citizens.rewards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.chengguan.citizens.Money;
import org.chengguan.citizens.PayoutChannel;
import org.chengguan.citizens.PayoutOrder;
import org.chengguan.citizens.PayoutReceipt;
import org.chengguan.citizens.internal.Backoff;
import org.chengguan.platform.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays a citizen's balance out on request (提现). The request moves the whole balance from the citizen's account to
 * PAYOUT_CLEARING at once, under the account's lock, and sets a timer; the timer hands the payout to the
 * {@link PayoutChannel}, retrying with backoff, and a payout that fails for good returns its amount to the balance.
 * A payout is made once: a retried request with the same {@code Idempotency-Key} answers with the first payout, a
 * request without one finds the balance already taken, and an attempt locks its payout ({@code SKIP LOCKED}).
 */
@Service
public class RewardPayouts {

	private static final Logger log = LoggerFactory.getLogger(RewardPayouts.class);

	private static final int SWEEP_BATCH = 100;

	private final Ledger ledger;

	private final Payouts payouts;

	private final PayoutChannel channel;

	private final PayoutTimer timer;

	private final Money minimum;

	private final Backoff retry;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate savepoint;

	private final Clock clock;

	RewardPayouts(Ledger ledger, Payouts payouts, PayoutChannel channel, PayoutTimer timer, RewardProperties properties,
			PlatformTransactionManager transactions, Clock clock) {
		this.ledger = ledger;
		this.payouts = payouts;
		this.channel = channel;
		this.timer = timer;
		this.minimum = properties.minimumPayoutAmount();
		this.retry = properties.payoutRetry();
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.clock = clock;
	}

	/** A payout and whether this request created it (false: an earlier request with the same key did). */
	public record Requested(Payout payout, boolean created) {
	}

	/**
	 * Requests the payout of the citizen's whole balance.
	 *
	 * @param idempotencyKey optional; a request repeating an earlier one's key answers with that one's payout
	 * @throws ConflictException (409) when the balance is below the minimum payout
	 */
	public Requested request(long userId, String idempotencyKey) {
		return transaction.execute(status -> {
			Instant now = clock.instant();
			ledger.lockAccount(userId, now);
			if (idempotencyKey != null) {
				Optional<Payout> earlier = payouts.byKey(userId, idempotencyKey);
				if (earlier.isPresent()) {
					return new Requested(earlier.get(), false);
				}
			}
			Money balance = ledger.balanceOf(userId);
			if (balance.fen() <= 0 || balance.isLessThan(minimum)) {
				throw new ConflictException("The reward balance is " + balance + "; a payout needs at least " + minimum
						+ ".", Map.of("balanceFen", balance.fen(), "minimumPayoutFen", minimum.fen()));
			}
			long id = payouts.add(userId, balance, channel.id(), idempotencyKey, now);
			ledger.post(JournalKind.PAYOUT, null, id, now, Account.citizen(userId), Account.PAYOUT_CLEARING, balance);
			timer.schedule(id, 0, now);
			return new Requested(payouts.byId(id).orElseThrow(), true);
		});
	}

	/** One attempt at the payout, in a transaction of its own. */
	public PayoutAttempt pay(long payoutId) {
		return ownTransaction.execute(status -> attempt(payoutId, clock.instant()));
	}

	/**
	 * Attempts the payouts that are due and were left behind, each in its own transaction.
	 *
	 * @return how many were paid
	 */
	public int sweep() {
		int paid = 0;
		for (long id : payouts.due(channel.id(), clock.instant(), SWEEP_BATCH)) {
			if (pay(id) == PayoutAttempt.PAID) {
				paid++;
			}
		}
		return paid;
	}

	private PayoutAttempt attempt(long id, Instant now) {
		Optional<Payout> due = payouts.lockDue(id, channel.id(), now);
		if (due.isEmpty()) {
			return PayoutAttempt.SKIPPED;
		}
		Payout payout = due.get();
		int attempts = payout.attempts() + 1;
		try {
			PayoutReceipt receipt = savepoint.execute(s -> channel.pay(new PayoutOrder(payout.id(), payout.userId(),
					payout.amount(), payout.requestedAt())));
			payouts.paid(id, attempts, now, receipt);
			return PayoutAttempt.PAID;
		}
		catch (RuntimeException e) {
			String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
			Optional<Duration> delay = retry.delayAfter(attempts);
			if (delay.isEmpty()) {
				log.warn("Payout {} of {} FAILED after {} attempts; the amount returns to the balance: {}", id,
						payout.amount(), attempts, error);
				payouts.gaveUp(id, attempts, error);
				ledger.post(JournalKind.PAYOUT_REVERSAL, null, id, now, Account.PAYOUT_CLEARING,
						Account.citizen(payout.userId()), payout.amount());
				return PayoutAttempt.FAILED;
			}
			payouts.failed(id, attempts, error, now.plus(delay.get()));
			timer.schedule(id, attempts, now.plus(delay.get()));
			return PayoutAttempt.RETRY_SCHEDULED;
		}
	}
}
