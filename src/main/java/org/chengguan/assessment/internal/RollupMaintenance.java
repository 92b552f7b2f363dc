package org.chengguan.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseHistory;
import org.chengguan.cases.CaseHistory.Step;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseTransitioned;
import org.chengguan.cases.Performer;
import org.chengguan.cases.Transition;
import org.chengguan.platform.database.CommitBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rollups current: each transition appends its contribution as a delta in the transaction that stores it;
 * the deltas are folded into the rollups every few seconds and before every read, so an indicator shows a
 * transition as soon as it commits (no overnight batch). {@link #rebuild()} recomputes everything from the audit
 * trail.
 */
@Component
public class RollupMaintenance {

	private static final Logger log = LoggerFactory.getLogger(RollupMaintenance.class);

	private static final int PAGE = 2_000;

	private static final int FOLD_BATCH = 20_000;

	private final CaseManagement cases;

	private final Rollups rollups;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	/**
	 * Off only to measure what the upkeep costs (bench/lifecycle): the rollups then go stale, and the next start
	 * with it on rebuilds them.
	 */
	private final boolean incremental;

	/** The deltas of a transaction's transitions, summed and written once before it commits. */
	private final CommitBatch<Map<RollupKey, long[]>> deltas;

	RollupMaintenance(CaseManagement cases, Rollups rollups, JdbcTemplate jdbc, TransactionTemplate transaction,
			@org.springframework.beans.factory.annotation.Value("${chengguan.assessment.incremental:true}")
			boolean incremental) {
		this.incremental = incremental;
		this.cases = cases;
		this.rollups = rollups;
		this.jdbc = jdbc;
		this.transaction = transaction;
		// written with the transaction's other before-commit rows, in one round trip
		this.deltas = CommitBatch.pipelined(jdbc, changes -> {
			Map<RollupKey, long[]> sum = new TreeMap<>();
			changes.forEach(change -> Contributions.sum(sum, change));
			return rollups.recording(sum);
		});
	}

	@EventListener
	void on(CaseTransitioned event) {
		if (!incremental) {
			return;
		}
		CaseHistory history;
		int index;
		if (event.from() == null && (event.action() == Action.REPORT || event.action() == Action.SELF_HANDLE)) {
			// a new case's first step: everything needed is in the event, no need to read the trail
			Transition first = new Transition(event.action(), null, event.to(), event.at(),
					new Performer(event.actorId(), event.actorRole()), null, List.of(), event.stage(), event.deadline(),
					null);
			history = new CaseHistory(event.caseId(), event.channel(), event.reporterId(), event.regionCode(),
					List.of(new Step(first, event.categoryCode(), event.leadDepartment())));
			index = 0;
		}
		else {
			history = cases.history(event.caseId()).orElse(null);
			if (history == null) {
				return;
			}
			index = indexOf(history, event);
			if (index < 0) {
				log.warn("transition {} at {} of case {} is not in its trail; the rollups skip it", event.action(),
						event.at(), event.caseId());
				return;
			}
		}
		deltas.add(Contributions.difference(Contributions.of(history, index + 1), Contributions.of(history, index)));
	}

	/** Folds every delta written so far into the rollups: before each read, and every few seconds. */
	public void foldAll() {
		while (true) {
			Integer folded = transaction.execute(status -> rollups.fold(FOLD_BATCH));
			if (folded == null || folded < FOLD_BATCH) {
				return;
			}
		}
	}

	private static int indexOf(CaseHistory history, CaseTransitioned event) {
		List<Step> steps = history.steps();
		for (int i = steps.size() - 1; i >= 0; i--) {
			Transition t = steps.get(i).transition();
			// the database keeps microseconds; the event has the clock's full precision
			if (t.action() == event.action()
					&& Math.abs(java.time.Duration.between(t.at(), event.at()).toNanos()) < 1_000) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Recomputes every rollup from the audit trail in one transaction, the rollup tables locked meanwhile (new
	 * transitions wait for it, then add to the rebuilt figures). Returns the number of cases read.
	 */
	public long rebuild() {
		Long read = transaction.execute(status -> {
			rollups.clearAndLock();
			long after = 0;
			long count = 0;
			while (true) {
				List<CaseHistory> page = cases.histories(after, PAGE);
				if (page.isEmpty()) {
					break;
				}
				Map<RollupKey, long[]> sum = new TreeMap<>();
				for (CaseHistory history : page) {
					Contributions.sum(sum, Contributions.of(history, history.steps().size()));
				}
				rollups.add(sum);
				after = page.get(page.size() - 1).caseId();
				count += page.size();
				if (count % 100_000 < PAGE) {
					log.info("assessment rebuild: {} cases read", count);
				}
			}
			rollups.deriveCoarse();
			jdbc.update("UPDATE assessment.state SET built_at = now() WHERE id = 1");
			return count;
		});
		return read == null ? 0 : read;
	}

	@org.springframework.context.annotation.Bean
	static com.github.kagkarlsson.scheduler.task.helper.RecurringTask<Void> assessmentFoldTask(
			org.springframework.beans.factory.ObjectProvider<RollupMaintenance> maintenance) {
		return com.github.kagkarlsson.scheduler.task.helper.Tasks
			.recurring("assessment-fold", com.github.kagkarlsson.scheduler.task.schedule.FixedDelay.ofSeconds(2))
			.execute((instance, context) -> maintenance.getObject().foldAll());
	}

	/** A database whose cases predate the assessment gets its rollups built once, at the first start. */
	@EventListener(ApplicationReadyEvent.class)
	void buildIfNeverBuilt() {
		if (!incremental) {
			log.warn("chengguan.assessment.incremental=false: the assessment's figures are not kept current; the next "
					+ "start with it on rebuilds them");
			jdbc.update("UPDATE assessment.state SET built_at = NULL WHERE id = 1");
			return;
		}
		Boolean never = jdbc.queryForObject("SELECT built_at IS NULL FROM assessment.state WHERE id = 1", Boolean.class);
		if (Boolean.TRUE.equals(never)) {
			long count = rebuild();
			log.info("assessment rollups built from the audit trail of {} cases", count);
		}
	}
}
