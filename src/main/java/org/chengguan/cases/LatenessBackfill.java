package org.chengguan.cases;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.worktime.WorkingTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills in the {@link Lateness} of cases stored before it was kept on the case (V407 left them NULL), from their
 * trails, in the background after start: a batch of cases at a time, each batch one transaction that locks its
 * cases first (so no step of theirs lands between reading the trail and writing the figure; cases being changed
 * right now are skipped and taken in a later batch), until no case is left unknown. Several instances share the
 * work the same way. Until a case is filled in, the readers take its lateness from its trail.
 */
@Component
class LatenessBackfill implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LatenessBackfill.class);

	static final int BATCH = 1_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final WorkingTime workingTime;

	private volatile boolean running;

	private volatile boolean stopping;

	private volatile Thread worker;

	LatenessBackfill(JdbcTemplate jdbc, TransactionTemplate transactions, WorkingTime workingTime) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.workingTime = workingTime;
	}

	/** Fills in one batch; returns how many cases it filled in (0: none left that is not being changed). */
	int fillBatch(int size) {
		Integer filled = transactions.execute(status -> {
			List<Long> ids = jdbc.queryForList("SELECT id FROM cases.\"case\" WHERE late_steps IS NULL ORDER BY id "
					+ "LIMIT ? FOR UPDATE SKIP LOCKED", Long.class, size);
			if (ids.isEmpty()) {
				return 0;
			}
			// each case's trail from its first step: no deadline runs before a report
			Map<Long, Lateness.Trail> trails = new LinkedHashMap<>();
			ids.forEach(id -> trails.put(id, new Lateness.Trail(null, workingTime)));
			jdbc.query(connection -> {
				var select = connection.prepareStatement("SELECT case_id, action, at, deadline FROM cases.transition "
						+ "WHERE case_id = ANY(?) ORDER BY case_id, id");
				select.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
				return select;
			}, rs -> {
				Timestamp deadline = rs.getTimestamp("deadline");
				trails.get(rs.getLong("case_id")).step(Action.valueOf(rs.getString("action")),
						rs.getTimestamp("at").toInstant(), deadline == null ? null : deadline.toInstant());
			});
			List<Object[]> rows = new ArrayList<>();
			trails.forEach((id, trail) -> {
				Lateness l = trail.lateness();
				rows.add(new Object[] { l.steps(), l.workingMillis(), l.wallMillis(), id });
			});
			jdbc.batchUpdate("UPDATE cases.\"case\" SET late_steps = ?, worst_late_working_ms = ?, "
					+ "worst_late_wall_ms = ? WHERE id = ?", rows);
			return ids.size();
		});
		return filled == null ? 0 : filled;
	}

	/** Fills in every case not known yet (and not being changed); returns how many. */
	long fillAll() {
		long total = 0;
		for (int n = fillBatch(BATCH); n > 0 && !stopping; n = fillBatch(BATCH)) {
			total += n;
		}
		return total;
	}

	private void run() {
		try {
			long started = System.nanoTime();
			long filled = fillAll();
			if (filled > 0) {
				log.info("lateness filled in for {} cases stored before V407 in {} s", filled,
						(System.nanoTime() - started) / 1_000_000_000);
			}
		}
		catch (RuntimeException e) {
			// the readers still answer from the trails; the next start tries again
			log.warn("filling in the lateness of older cases stopped: {}", e.toString());
		}
	}

	@Override
	public void start() {
		running = true;
		stopping = false;
		Thread thread = new Thread(this::run, "lateness-backfill");
		thread.setDaemon(true);
		worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		running = false;
		stopping = true;
		Thread thread = worker;
		if (thread != null) {
			try {
				thread.join(30_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// stops before the database goes away
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}
}
