package org.chengguan.platform.database;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a listener writes for each event of a transaction, written together just before the transaction commits: one
 * statement for the whole transaction instead of one per event. A batch of a hundred reports (the intake's group
 * commit) then costs a listener one round trip, not a hundred.
 * <p>
 * The rows are still written in the transaction that published the events, so they commit or roll back with it; what
 * changes is only that they are not visible to a read later in the same transaction. Outside a transaction each row
 * is written at once. One instance per kind of row, held by its listener (the instance is the key of its rows in the
 * transaction).
 */
public final class CommitBatch<T> {

	private final Consumer<List<T>> write;

	/** @param write writes the rows of one transaction, in the order they were added, in that transaction */
	public CommitBatch(Consumer<List<T>> write) {
		this.write = write;
	}

	/** Adds a row to the current transaction's batch, or writes it now if no transaction is active. */
	public void add(T row) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write.accept(List.of(row));
			return;
		}
		@SuppressWarnings("unchecked")
		List<T> rows = (List<T>) TransactionSynchronizationManager.getResource(this);
		if (rows == null) {
			rows = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, rows);
			TransactionSynchronizationManager.registerSynchronization(new Flush(rows));
		}
		rows.add(row);
	}

	private final class Flush implements TransactionSynchronization {

		private final List<T> rows;

		Flush(List<T> rows) {
			this.rows = rows;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			// rows added while writing (a write that publishes more) join the same list and are written next
			while (!rows.isEmpty()) {
				List<T> now = new ArrayList<>(rows);
				rows.clear();
				write.accept(now);
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(CommitBatch.this);
		}
	}
}
