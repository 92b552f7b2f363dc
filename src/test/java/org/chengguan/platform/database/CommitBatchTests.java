package org.chengguan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class CommitBatchTests {

	private final List<List<String>> written = new ArrayList<>();

	private final CommitBatch<String> batch = new CommitBatch<>(written::add);

	@AfterEach
	void endTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void writesATransactionsRowsOnceJustBeforeItCommits() {
		TransactionSynchronizationManager.initSynchronization();
		batch.add("a");
		batch.add("b");
		batch.add("c");
		assertThat(written).isEmpty();

		commit();

		assertThat(written).containsExactly(List.of("a", "b", "c"));
		assertThat(TransactionSynchronizationManager.getResource(batch)).isNull();
	}

	@Test
	void writesNothingWhenTheTransactionRollsBack() {
		TransactionSynchronizationManager.initSynchronization();
		batch.add("a");

		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations,
				TransactionSynchronization.STATUS_ROLLED_BACK);

		assertThat(written).isEmpty();
		assertThat(TransactionSynchronizationManager.getResource(batch)).isNull();
	}

	@Test
	void theNextTransactionStartsAnEmptyBatch() {
		TransactionSynchronizationManager.initSynchronization();
		batch.add("a");
		commit();
		TransactionSynchronizationManager.initSynchronization();
		batch.add("b");
		commit();

		assertThat(written).containsExactly(List.of("a"), List.of("b"));
	}

	@Test
	void rowsAddedWhileWritingAreWrittenInTheSameTransaction() {
		List<List<String>> seen = new ArrayList<>();
		CommitBatch<String>[] self = new CommitBatch[1];
		self[0] = new CommitBatch<>(rows -> {
			seen.add(rows);
			if (rows.contains("first")) {
				self[0].add("added while writing");
			}
		});
		TransactionSynchronizationManager.initSynchronization();
		self[0].add("first");
		commit();

		assertThat(seen).containsExactly(List.of("first"), List.of("added while writing"));
	}

	@Test
	void outsideATransactionARowIsWrittenAtOnce() {
		batch.add("alone");

		assertThat(written).containsExactly(List.of("alone"));
	}

	private static void commit() {
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationUtils.triggerBeforeCommit(false);
		TransactionSynchronizationManager.clearSynchronization();
		TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations,
				TransactionSynchronization.STATUS_COMMITTED);
	}
}
