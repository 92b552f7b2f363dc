package org.chengguan.facilities;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.chengguan.facilities.internal.ImportJobStore;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * Imports of large files in the background (导入任务), with their progress: the same all-or-nothing import as
 * {@link FacilityImports}, run on this instance's import thread, one file at a time, while the job's row in the
 * database says how far it got. The row, not this instance's memory, is the truth: another instance, or this one
 * after a restart, reads it. A running job's instance touches its heartbeat every few seconds; a job whose heartbeat
 * stopped was interrupted — its instance died, and its transaction with it, so nothing was stored — and reads FAILED.
 */
@Service
public class FacilityImportJobs implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FacilityImportJobs.class);

	static final String INTERRUPTED = "The import was interrupted (the server running it stopped); nothing was "
			+ "stored. Import the file again.";

	private final FacilityImports imports;

	private final ImportJobStore store;

	private final FacilitiesProperties.ImportJobs settings;

	/** The jobs waiting or running on this instance, whose heartbeat it keeps. */
	private final Set<UUID> mine = ConcurrentHashMap.newKeySet();

	private volatile ThreadPoolExecutor worker;

	private volatile ScheduledExecutorService heartbeat;

	FacilityImportJobs(FacilityImports imports, ImportJobStore store, FacilitiesProperties properties) {
		this.imports = imports;
		this.store = store;
		this.settings = properties.importJobs();
	}

	/**
	 * Starts importing the file in the background; answers at once with the job, VALIDATING.
	 *
	 * @throws ConflictException if this instance already has as many imports waiting as it takes
	 */
	public ImportJob start(long createdBy, FacilityImports.Format format, String text) {
		ThreadPoolExecutor running = worker;
		if (running == null || running.getQueue().remainingCapacity() == 0) {
			throw new ConflictException(busy());
		}
		UUID id = UUID.randomUUID();
		store.create(id, format, createdBy);
		mine.add(id);
		try {
			running.execute(() -> run(id, format, text));
		}
		catch (RejectedExecutionException e) {
			mine.remove(id);
			store.failed(id, busy(), List.of(), 0);
			throw new ConflictException(busy());
		}
		return store.find(id).orElseThrow();
	}

	/** The job as it stands; a running job whose instance stopped touching it is failed first. */
	public Optional<ImportJob> find(UUID id) {
		Optional<ImportJob> job = store.find(id);
		if (job.isEmpty() || !job.get().state().running()) {
			return job;
		}
		return store.failInterrupted(settings.staleAfter(), INTERRUPTED) > 0 ? store.find(id) : job;
	}

	private String busy() {
		return "This server is already importing, with " + settings.waiting() + " more file(s) waiting; try again when "
				+ "one is done.";
	}

	private void run(UUID id, FacilityImports.Format format, String text) {
		try {
			imports.run(format, text, false, new Reporter(id));
		}
		catch (FacilityImports.Rejected e) {
			store.failed(id, e.getMessage(), e.errors(), e.faults());
		}
		catch (InvalidInputException e) {
			store.failed(id, e.getMessage(), e.errors(), e.errors().size());
		}
		catch (GivenUp e) {
			log.info("import {} stopped: {}", id, e.getMessage());
		}
		catch (RuntimeException e) {
			log.error("import {} failed", id, e);
			store.failed(id, "The import failed on the server (" + e.getClass().getSimpleName()
					+ "); nothing was stored.", List.of(), 0);
		}
		finally {
			mine.remove(id);
		}
	}

	/** Thrown to stop a job that was given up (interrupted, or failed by another instance): nothing is stored. */
	private static final class GivenUp extends RuntimeException {

		GivenUp(String message) {
			super(message);
		}
	}

	/** Writes a job's progress to its row, at most five times a second and at every change of phase and at the end. */
	private final class Reporter implements FacilityImports.Progress {

		private static final long EVERY_NANOS = 200_000_000L;

		private final UUID id;

		private ImportJob.State phase;

		private long last;

		Reporter(UUID id) {
			this.id = id;
		}

		@Override
		public void checked(int done, int total) {
			report(ImportJob.State.VALIDATING, done, total);
		}

		@Override
		public void stored(int done, int total) {
			report(ImportJob.State.STORING, done, total);
		}

		@Override
		public void storedAll(FacilityImports.Result result) {
			if (!store.done(id, result)) {
				throw new GivenUp("the job no longer runs; its rows are not stored");
			}
		}

		private void report(ImportJob.State state, int done, int total) {
			if (Thread.currentThread().isInterrupted()) {
				throw new GivenUp("the server is stopping");
			}
			long now = System.nanoTime();
			if (state != phase || done == total || now - last >= EVERY_NANOS) {
				if (!store.progress(id, state, done, total)) {
					throw new GivenUp("the job no longer runs");
				}
				phase = state;
				last = now;
			}
		}
	}

	@Override
	public void start() {
		ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, settings.waiting())), daemon("facility-import"));
		ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(daemon("facility-import-heartbeat"));
		long every = Math.max(100, settings.heartbeat().toMillis());
		beat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
		worker = pool;
		heartbeat = beat;
	}

	private void beat() {
		try {
			store.heartbeat(Set.copyOf(mine));
		}
		catch (RuntimeException e) {
			log.warn("the import jobs' heartbeat failed: {}", e.toString());
		}
	}

	/** Stops the import under way (its transaction rolls back) and says so in the rows of this instance's jobs. */
	@Override
	public void stop() {
		ThreadPoolExecutor pool = worker;
		worker = null;
		if (pool != null) {
			pool.shutdownNow();
			try {
				pool.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		if (heartbeat != null) {
			heartbeat.shutdownNow();
			heartbeat = null;
		}
		for (UUID id : Set.copyOf(mine)) {
			try {
				store.failed(id, INTERRUPTED, List.of(), 0);
			}
			catch (RuntimeException e) {
				log.warn("could not mark import {} as interrupted: {}", id, e.toString());
			}
		}
		mine.clear();
	}

	@Override
	public boolean isRunning() {
		return worker != null;
	}

	@Override
	public int getPhase() {
		// stops before the database goes away, like the intake
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}
}
