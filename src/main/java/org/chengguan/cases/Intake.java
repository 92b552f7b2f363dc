package org.chengguan.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.chengguan.cases.CaseManagement.Reported;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake (受理入口) of every channel's reports: each report becomes a case — numbered, its duplicates found, its
 * audit row, its deadline timer and its idempotency key written — in one committed transaction before the caller is
 * answered.
 * <p>
 * <b>Group commit.</b> The caller's thread validates and locates the report (no database); then a committer thread
 * takes every report waiting at that moment (up to {@code chengguan.cases.intake.batch-size}) and writes them
 * together: one statement per table for the whole batch and one commit, so a hundred concurrent reporters cost the
 * database about what a few single reports did. A report is answered only after its batch committed, so nothing
 * answered is lost. There are {@code chengguan.cases.intake.committers} committers, each writing the reports of its
 * share of the categories, so that one batch's round trips to the database overlap another's; because one thread
 * writes all new cases of a category, two reports of the same problem in the same moment see each other for the
 * duplicate rule (which only links reports of one category) — which concurrent single transactions could not. If a batch fails as a whole
 * (say, another instance of the platform committed the same idempotency key first), each of its reports is retried
 * alone, so one report never fails another. Inside a caller's own transaction a report is written there, alone.
 */
@Component
class Intake implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Intake.class);

	private static final DateTimeFormatter NUMBER_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A validated report waiting for its batch, and the answer its caller waits for. */
	private record Pending(Actor actor, ReportCommand command, NewCase report, String key, String fingerprint,
			CompletableFuture<Reported> answer) {
	}

	private final Cases cases;

	private final IdempotencyKeys idempotencyKeys;

	private final DuplicateRule duplicateRule;

	private final DeadlineTimers timers;

	private final PhotoLibrary photos;

	private final TransitionEvents events;

	private final Deadlines deadlines;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final IntakeProperties properties;

	/** One queue per committer; a category's reports always go to the same one. */
	private final List<BlockingQueue<Pending>> queues;

	private final List<Thread> committers = new ArrayList<>();

	private volatile boolean running;

	Intake(Cases cases, IdempotencyKeys idempotencyKeys, DuplicateRule duplicateRule, DeadlineTimers timers,
			PhotoLibrary photos, TransitionEvents events, Deadlines deadlines, TransactionTemplate transaction,
			Clock clock, IntakeProperties properties) {
		this.cases = cases;
		this.idempotencyKeys = idempotencyKeys;
		this.duplicateRule = duplicateRule;
		this.timers = timers;
		this.photos = photos;
		this.events = events;
		this.deadlines = deadlines;
		this.transaction = transaction;
		this.clock = clock;
		this.properties = properties;
		int count = Math.max(1, properties.committers());
		this.queues = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			queues.add(new LinkedBlockingQueue<>(Math.max(1, properties.queueCapacity() / count)));
		}
	}

	/**
	 * Writes a validated report and answers once it is committed; with an idempotency key, a retry answers with the
	 * case the first call created (the same key with a different request is a 409).
	 */
	Reported take(Actor actor, ReportCommand command, NewCase report, String idempotencyKey) {
		String fingerprint = sha256(command.fingerprint());
		if (!running || !properties.batching() || TransactionSynchronizationManager.isActualTransactionActive()) {
			return alone(actor, command, report, idempotencyKey, fingerprint);
		}
		Pending pending = new Pending(actor, command, report, idempotencyKey, fingerprint, new CompletableFuture<>());
		try {
			BlockingQueue<Pending> queue = queues.get(Math.floorMod(report.categoryCode().hashCode(), queues.size()));
			if (!queue.offer(pending, 10, TimeUnit.SECONDS)) {
				// the committer is far behind: write this one here rather than make the caller wait longer
				return alone(actor, command, report, idempotencyKey, fingerprint);
			}
			return pending.answer().get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the report was being written", e);
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("the report was not written within 60 s; retry with the same "
					+ "Idempotency-Key to learn whether it was", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/** One report in its own transaction: the path inside a caller's transaction, and the retry of a failed batch. */
	private Reported alone(Actor actor, ReportCommand command, NewCase report, String key, String fingerprint) {
		if (key != null) {
			Optional<Reported> earlier = earlierAnswer(actor, key, fingerprint);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		try {
			long id = transaction.execute(status -> {
				Instant now = clock.instant();
				List<String> problems = photos.problems(0, photosOf(command), actor.userId());
				if (!problems.isEmpty()) {
					throw new InvalidInputException(String.join("; ", problems), problems);
				}
				long[] drawn = cases.allocate(1).get(0);
				Case c = create(drawn, actor, command, report, now);
				Optional<Case> master = c.status() == CaseStatus.CLOSED ? Optional.empty()
						: cases.findDuplicateCandidates(
								List.of(new Cases.Probe(report.categoryCode(), report.location(), c.subject())),
								duplicateRule.radiusMetres(), now.minus(duplicateRule.window())).get(0);
				master.ifPresent(m -> linkDuplicate(c, m, now));
				cases.insertAll(List.of(c));
				photos.attachChecked(c.id(), photosOf(command));
				if (key != null) {
					idempotencyKeys.rememberAll(List.of(new IdempotencyKeys.Remembered(actor.userId(), key, fingerprint,
							c.id())), now);
				}
				timers.next(c.id(), c.clock(), now).ifPresent(t -> timers.scheduleAll(List.of(t)));
				events.publish(c, c.id());
				return c.id();
			});
			return new Reported(load(id), true);
		}
		catch (DuplicateKeyException raced) {
			// the same key was used by a concurrent retry that committed first: answer with its case
			return earlierAnswer(actor, key, fingerprint).orElseThrow(() -> raced);
		}
	}

	/** Writes a batch in one transaction; returns the answers, by position; a failed batch throws. */
	private List<Object> commit(List<Pending> batch) {
		List<Object> answers = new ArrayList<>(java.util.Collections.nCopies(batch.size(), null));
		transaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			// idempotency: keys answered before, and keys repeated within the batch
			Map<IdempotencyKeys.Key, IdempotencyKeys.Earlier> earlier = idempotencyKeys.findAll(batch.stream()
				.filter(p -> p.key() != null)
				.map(p -> new IdempotencyKeys.Key(p.actor().userId(), p.key()))
				.distinct()
				.toList());
			Map<IdempotencyKeys.Key, Integer> firstWithKey = new HashMap<>();
			List<Integer> toCreate = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				Pending p = batch.get(i);
				if (p.key() != null) {
					IdempotencyKeys.Key key = new IdempotencyKeys.Key(p.actor().userId(), p.key());
					IdempotencyKeys.Earlier before = earlier.get(key);
					if (before != null) {
						answers.set(i, before.fingerprint().equals(p.fingerprint()) ? (Long) before.caseId()
								: reusedKey(p.key()));
						continue;
					}
					Integer first = firstWithKey.putIfAbsent(key, i);
					if (first != null) {
						answers.set(i, batch.get(first).fingerprint().equals(p.fingerprint()) ? new SameAs(first)
								: reusedKey(p.key()));
						continue;
					}
				}
				List<String> problems = photos.problems(0, photosOf(p.command()), p.actor().userId());
				if (!problems.isEmpty()) {
					answers.set(i, new InvalidInputException(String.join("; ", problems), problems));
					continue;
				}
				toCreate.add(i);
			}
			// numbers and ids, then the cases, each checked against open cases and this batch's earlier reports
			List<long[]> drawn = cases.allocate(toCreate.size());
			List<Case> created = new ArrayList<>();
			List<Integer> createdFrom = new ArrayList<>();
			for (int n = 0; n < toCreate.size(); n++) {
				Pending p = batch.get(toCreate.get(n));
				try {
					created.add(create(drawn.get(n), p.actor(), p.command(), p.report(), now));
					createdFrom.add(toCreate.get(n));
				}
				catch (InvalidInputException refused) {
					answers.set(toCreate.get(n), refused);
				}
			}
			List<Case> reports = created.stream().filter(c -> c.status() != CaseStatus.CLOSED).toList();
			List<Optional<Case>> stored = cases.findDuplicateCandidates(reports.stream()
				.map(c -> new Cases.Probe(c.categoryCode(), c.location(), c.subject()))
				.toList(), duplicateRule.radiusMetres(), now.minus(duplicateRule.window()));
			Map<Case, Case> masters = new java.util.IdentityHashMap<>();
			for (int n = 0; n < reports.size(); n++) {
				Case c = reports.get(n);
				Optional<Case> master = nearer(c, stored.get(n), reports.subList(0, n));
				master.ifPresent(m -> {
					linkDuplicate(c, m, now);
					masters.put(c, m);
				});
			}
			cases.insertAll(created);
			List<IdempotencyKeys.Remembered> keys = new ArrayList<>();
			List<DeadlineTimers.Timer> timersToSet = new ArrayList<>();
			for (int n = 0; n < created.size(); n++) {
				Pending p = batch.get(createdFrom.get(n));
				Case c = created.get(n);
				photos.attachChecked(c.id(), photosOf(p.command()));
				if (p.key() != null) {
					keys.add(new IdempotencyKeys.Remembered(p.actor().userId(), p.key(), p.fingerprint(), c.id()));
				}
				timers.next(c.id(), c.clock(), now).ifPresent(timersToSet::add);
				Case master = masters.get(c);
				// a master created by this batch is answered as written, a stored one as read
				answers.set(createdFrom.get(n), new Created(c, master == null || master.version() > 0 ? master
						: Cases.asStored(master)));
			}
			// written with the listeners' rows in the round trip before the commit
			idempotencyKeys.rememberBeforeCommit(keys, now);
			timers.scheduleBeforeCommit(timersToSet);
			created.forEach(c -> events.publish(c, c.id()));
		});
		return answers;
	}

	/** An answer that is the case this batch created, as it was written, and the case it duplicates (or null). */
	private record Created(Case created, Case master) {

		long caseId() {
			return created.id();
		}
	}

	/** An answer that is the answer of an earlier report of the same batch (a retry with the same key). */
	private record SameAs(int index) {
	}

	/**
	 * Answers the callers of a committed batch: a new case as it was written (not read back), a retry's earlier case
	 * read, all of them in one query.
	 */
	private void answer(List<Pending> batch, List<Object> answers) {
		List<Long> ids = new ArrayList<>();
		Map<Long, Case> read = new HashMap<>();
		Map<Long, Case> masters = new HashMap<>();
		for (Object a : answers) {
			if (a instanceof Created created) {
				read.put(created.caseId(), Cases.asStored(created.created()));
				if (created.master() != null) {
					masters.put(created.caseId(), created.master());
				}
			}
			else if (a instanceof Long earlier) {
				ids.add(earlier);
			}
		}
		cases.findAllById(ids).forEach(c -> read.put(c.id(), c));
		for (int i = 0; i < batch.size(); i++) {
			Object a = answers.get(i);
			boolean replay = a instanceof SameAs;
			if (a instanceof SameAs same) {
				a = answers.get(same.index());
			}
			CompletableFuture<Reported> answer = batch.get(i).answer();
			if (a instanceof RuntimeException refused) {
				answer.completeExceptionally(refused);
				continue;
			}
			long id = a instanceof Created created ? created.caseId() : (Long) a;
			Case c = read.get(id);
			if (c == null) {
				answer.completeExceptionally(new NotFoundException("No case has the id " + id + "."));
			}
			else {
				answer.complete(new Reported(c, a instanceof Created && !replay, masters.get(id)));
			}
		}
	}

	private void run(BlockingQueue<Pending> queue) {
		List<Pending> batch = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, Math.max(0, properties.batchSize() - 1));
				List<Object> answers;
				try {
					answers = commit(batch);
				}
				catch (RuntimeException e) {
					log.debug("a batch of {} reports failed as a whole ({}); writing each alone", batch.size(),
							e.toString());
					batch.forEach(this::alone);
					continue;
				}
				try {
					answer(batch, answers);
				}
				catch (RuntimeException e) {
					// committed, but reading the cases back failed: the callers' retries with their keys find them
					batch.forEach(p -> p.answer().completeExceptionally(e));
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (Throwable unexpected) {
				log.error("the intake's committer failed", unexpected);
				batch.forEach(p -> p.answer().completeExceptionally(unexpected));
			}
			finally {
				batch.clear();
			}
		}
	}

	private void alone(Pending p) {
		try {
			p.answer().complete(alone(p.actor(), p.command(), p.report(), p.key(), p.fingerprint()));
		}
		catch (RuntimeException e) {
			p.answer().completeExceptionally(e);
		}
	}

	private Case create(long[] drawn, Actor actor, ReportCommand command, NewCase report, Instant now) {
		String number = NUMBER_DAY.format(now.atZone(ZONE)) + String.format("%06d", drawn[1]);
		Performer by = new Performer(actor.userId(), ReportValidation.reporterRole(actor, command.channel()).name());
		try {
			return command.selfHandled() ? Case.selfHandled(drawn[0], number, report, by, command.afterPhotoIds(), now)
					: Case.report(drawn[0], number, report, by, now, deadlines);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(e.getMessage());
		}
	}

	private void linkDuplicate(Case c, Case master, Instant now) {
		c.linkAsDuplicateOf(Performer.SYSTEM, master, "同类问题 " + (int) duplicateRule.radiusMetres() + " 米内已有在办案卷 "
				+ master.number(), now);
	}

	/** The nearer of the stored candidate and the batch's earlier reports that the rule makes masters. */
	private Optional<Case> nearer(Case report, Optional<Case> stored, List<Case> earlierInBatch) {
		Case best = stored.orElse(null);
		double bestDistance = best == null ? Double.MAX_VALUE : best.location().distanceMetres(report.location());
		for (Case other : earlierInBatch) {
			if (other.status() == CaseStatus.DUPLICATE || !other.categoryCode().equals(report.categoryCode())
					|| !java.util.Objects.equals(other.subject(), report.subject())) {
				continue;
			}
			double d = other.location().distanceMetres(report.location());
			if (d <= duplicateRule.radiusMetres() && d < bestDistance) {
				best = other;
				bestDistance = d;
			}
		}
		return Optional.ofNullable(best);
	}

	private Optional<Reported> earlierAnswer(Actor actor, String key, String fingerprint) {
		return idempotencyKeys.find(actor.userId(), key).map(earlier -> {
			if (!earlier.fingerprint().equals(fingerprint)) {
				throw reusedKey(key);
			}
			return new Reported(load(earlier.caseId()), false);
		});
	}

	private static ConflictException reusedKey(String key) {
		return new ConflictException("The Idempotency-Key '" + key + "' was used for a different report; use a new "
				+ "key for a new report.");
	}

	private Case load(long caseId) {
		return cases.findById(caseId).orElseThrow(() -> new NotFoundException("No case has the id " + caseId + "."));
	}

	private static List<String> photosOf(ReportCommand command) {
		List<String> all = new ArrayList<>(command.photoIds());
		all.addAll(command.afterPhotoIds());
		return all;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void start() {
		running = true;
		for (int i = 0; i < queues.size(); i++) {
			BlockingQueue<Pending> queue = queues.get(i);
			Thread thread = new Thread(() -> run(queue), "intake-committer-" + i);
			thread.setDaemon(true);
			committers.add(thread);
			thread.start();
		}
	}

	@Override
	public void stop() {
		// reports already queued are still written; new ones are written by their callers' threads
		running = false;
		for (Thread thread : committers) {
			try {
				thread.join(30_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		committers.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// stops before the web server's graceful shutdown ends and before the database goes away
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}
}
