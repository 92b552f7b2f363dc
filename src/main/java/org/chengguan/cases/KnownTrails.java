package org.chengguan.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trails (审计轨迹) of the cases the current transaction read together with their trail and then wrote: an
 * action reads its case with the trail and its followers in one statement ({@link Cases#findWithTrail}), the update
 * adds the new steps, and the listeners that need the case's whole history (the assessment) or its followers (the
 * notifications) right after each step get them from here instead of reading them again (two round trips fewer per
 * action). The intake's new cases are known the same way from their insert (a report linked as a duplicate costs its
 * listeners no read); and a case this transaction wrote is answered from here by {@link Cases#findById}: its row is
 * locked by the update (or not yet visible to anyone else) until the transaction ends.
 * <p>
 * A trail is known only to the transaction that read it, on the connection it read it with: a transaction started
 * inside it ({@code REQUIRES_NEW}) has another connection and reads the database. Any other write of the case or of
 * its trail in the transaction makes it forget the case; linking a report to a case, or unlinking it, forgets the
 * case it is linked to (its followers change).
 */
final class KnownTrails {

	/** One row of the trail: the transition and the category and lead department it was written with. */
	record Row(Transition transition, String categoryCode, String leadDepartment) {
	}

	/**
	 * The case as it now stands in this transaction (its version the stored one), its whole trail and the reporters of
	 * the reports linked to it as duplicates. {@code mine}: this transaction wrote the case (created it, or updated it
	 * and so holds its row lock until it ends), so no one else can have changed it since: the case itself may be
	 * answered from here too. A case only read may have been changed by another transaction since.
	 */
	private record Known(Object connection, Case current, List<Row> rows, List<Long> duplicateReporters,
			boolean mine) {
	}

	private final DataSource dataSource;

	KnownTrails(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The case was read at its stored version with this trail and its duplicates' reporters. */
	void read(Case c, List<Row> rows, List<Long> duplicateReporters) {
		Map<Long, Known> known = known(true);
		if (known != null) {
			known.put(c.id(), new Known(connection(), c, List.copyOf(rows), List.copyOf(duplicateReporters), false));
		}
	}

	/**
	 * These cases were just created (inserted at version 1 with their first steps) in this transaction: their trails
	 * are those steps, their followers their reporters and the reporters of the others linked to them.
	 */
	void inserted(List<Case> created) {
		Map<Long, Known> known = known(true);
		if (known == null) {
			return;
		}
		Map<Long, List<Long>> linked = new HashMap<>();
		for (Case c : created) {
			if (c.masterCaseId() != null && c.reporterId() != null) {
				linked.computeIfAbsent(c.masterCaseId(), k -> new ArrayList<>()).add(c.reporterId());
			}
		}
		for (Case c : created) {
			List<Row> rows = new ArrayList<>(c.changes().size());
			for (Transition t : c.changes()) {
				rows.add(new Row(t, c.categoryCode(), c.leadDepartment()));
			}
			known.put(c.id(), new Known(connection(), Cases.asStored(c), List.copyOf(rows),
					List.copyOf(linked.getOrDefault(c.id(), List.of())), true));
			numbered(c.id(), c.number());
		}
	}

	/**
	 * The case, read at {@code c.version()}, was stored with its pending changes as the next version: its trail
	 * grows by those steps, each written with the case's category and lead department as they are now.
	 */
	void written(Case c) {
		Map<Long, Known> known = known(false);
		if (known == null) {
			return;
		}
		Known before = known.remove(c.id());
		// a link or an unlink changes who follows the case linked to (before and after)
		if (before != null && before.current().masterCaseId() != null) {
			known.remove(before.current().masterCaseId());
		}
		if (c.masterCaseId() != null) {
			known.remove(c.masterCaseId());
		}
		if (before == null && c.changes().stream().anyMatch(t -> t.action() == Action.UNLINK_DUPLICATE)) {
			known.clear(); // unlinked from a case this transaction may know, and which one is not known here
		}
		if (before == null || before.connection() != connection() || before.current().version() != c.version()) {
			return;
		}
		List<Row> rows = new ArrayList<>(before.rows());
		for (Transition t : c.changes()) {
			rows.add(new Row(t, c.categoryCode(), c.leadDepartment()));
		}
		known.put(c.id(), new Known(before.connection(), Cases.asStored(c), List.copyOf(rows),
				before.duplicateReporters(), true));
	}

	/**
	 * The case as the database now has it, if this transaction wrote it and knows it (a copy: the caller may act on
	 * it); empty if it must be read.
	 */
	Optional<Case> current(long caseId) {
		if (!knows(caseId)) {
			return Optional.empty();
		}
		Known k = known(false).get(caseId);
		return k.mine() ? Optional.of(Cases.copy(k.current())) : Optional.empty();
	}

	/** The case or its trail was written some other way: read it from the database from now on. */
	void forget(long caseId) {
		Map<Long, Known> known = known(false);
		if (known != null) {
			known.remove(caseId);
		}
	}

	/**
	 * Who follows the case, as {@link Cases#followersOf} would read it now, if this transaction knows its trail: its
	 * reporter and its duplicates' reporters, each once, in ascending order.
	 */
	Optional<List<Long>> followers(long caseId) {
		if (!knows(caseId)) {
			return Optional.empty();
		}
		Known k = known(false).get(caseId);
		java.util.TreeSet<Long> followers = new java.util.TreeSet<>(k.duplicateReporters());
		if (k.current().reporterId() != null) {
			followers.add(k.current().reporterId());
		}
		return Optional.of(List.copyOf(followers));
	}

	/** Whether this transaction knows the case's trail. */
	boolean knows(long caseId) {
		Map<Long, Known> known = known(false);
		Known k = known == null ? null : known.get(caseId);
		return k != null && k.connection() == connection();
	}

	/**
	 * The case's history as {@link Cases#histories} would read it now, if this transaction knows its trail: each
	 * step with the category and department it was written with, else (rows older than those columns) the case's own.
	 */
	Optional<CaseHistory> history(long caseId) {
		if (!knows(caseId)) {
			return Optional.empty();
		}
		Known k = known(false).get(caseId);
		Case c = k.current();
		List<CaseHistory.Step> steps = new ArrayList<>(k.rows().size());
		for (Row row : k.rows()) {
			steps.add(row.categoryCode() != null
					? new CaseHistory.Step(row.transition(), row.categoryCode(), row.leadDepartment())
					: new CaseHistory.Step(row.transition(), c.categoryCode(), c.leadDepartment()));
		}
		return Optional.of(new CaseHistory(c.id(), c.channel(), c.reporterId(), c.region().finest(), steps));
	}

	/**
	 * A case's number (案卷编号) seen by this transaction: a number never changes, so any case read or written in it
	 * answers for its number (the duplicate search's masters, for the notice that names them).
	 */
	void numbered(long caseId, String number) {
		Map<Long, String> numbers = numbers(true);
		if (numbers != null) {
			numbers.put(caseId, number);
		}
	}

	/** The case's number if this transaction has seen the case; empty if it must be read. */
	Optional<String> number(long caseId) {
		Map<Long, String> numbers = numbers(false);
		return numbers == null ? Optional.empty() : Optional.ofNullable(numbers.get(caseId));
	}

	/** The resource key of a transaction's numbers (its trails are bound to this object itself). */
	private final Object numbersKey = new Object();

	private Map<Long, String> numbers(boolean create) {
		return TransactionSynchronizationManager.isSynchronizationActive() ? bound(numbersKey, create) : null;
	}

	/** The connection of the current transaction, or null outside one. */
	private Object connection() {
		return TransactionSynchronizationManager.getResource(dataSource);
	}

	private Map<Long, Known> known(boolean create) {
		if (!TransactionSynchronizationManager.isSynchronizationActive() || connection() == null) {
			return null;
		}
		return bound(this, create);
	}

	/** The current transaction's map bound to the key (created, and unbound when it ends, if asked to); else null. */
	@SuppressWarnings("unchecked")
	private static <V> Map<Long, V> bound(Object key, boolean create) {
		Map<Long, V> map = (Map<Long, V>) TransactionSynchronizationManager.getResource(key);
		if (map == null && create) {
			Map<Long, V> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(key, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
				}
			});
			map = fresh;
		}
		return map;
	}
}
