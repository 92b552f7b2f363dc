package org.chengguan.platform.database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
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
 * <p>
 * A batch made with {@link #pipelined} turns its rows into one {@link CommitStatement} instead of running it: the
 * statements of every such batch of the transaction (the assessment's deltas, the notifications' delivery round, …)
 * then go to the database in one round trip, not one each.
 */
public final class CommitBatch<T> {

	private final Consumer<List<T>> write;

	private final JdbcTemplate jdbc;

	private final Function<List<T>, CommitStatement> statement;

	/** @param write writes the rows of one transaction, in the order they were added, in that transaction */
	public CommitBatch(Consumer<List<T>> write) {
		this.write = write;
		this.jdbc = null;
		this.statement = null;
	}

	private CommitBatch(JdbcTemplate jdbc, Function<List<T>, CommitStatement> statement) {
		this.jdbc = jdbc;
		this.statement = statement;
		this.write = rows -> {
			CommitStatement one = statement.apply(rows);
			if (one != null) {
				Pipeline.run(jdbc, List.of(one));
			}
		};
	}

	/**
	 * A batch whose rows of a transaction are written by one statement, sent together with the other pipelined
	 * batches' statements of the transaction.
	 *
	 * @param statement the statement that writes the rows of one transaction, in the order they were added; null for
	 *        nothing to write
	 */
	public static <T> CommitBatch<T> pipelined(JdbcTemplate jdbc, Function<List<T>, CommitStatement> statement) {
		return new CommitBatch<>(jdbc, statement);
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
			if (statement == null) {
				TransactionSynchronizationManager.registerSynchronization(new Flush(rows));
			}
			else {
				Pipeline.of(jdbc).join(this, rows);
			}
		}
		rows.add(row);
	}

	/** The statement for the rows added since the last one, and the rows forgotten; null if there are none. */
	private CommitStatement take(List<T> rows) {
		if (rows.isEmpty()) {
			return null;
		}
		List<T> now = new ArrayList<>(rows);
		rows.clear();
		return statement.apply(now);
	}

	/**
	 * The pipelined batches of one transaction: just before it commits, one round trip runs every batch's statement
	 * (one JDBC statement of several SQL statements, which the driver sends before it waits for any answer), then
	 * hands each its answer; rows added meanwhile make another round.
	 */
	private static final class Pipeline implements TransactionSynchronization {

		private static final Object KEY = new Object();

		private final JdbcTemplate jdbc;

		private final Map<CommitBatch<?>, List<?>> batches = new LinkedHashMap<>();

		private Pipeline(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		static Pipeline of(JdbcTemplate jdbc) {
			Pipeline pipeline = (Pipeline) TransactionSynchronizationManager.getResource(KEY);
			if (pipeline == null) {
				pipeline = new Pipeline(jdbc);
				TransactionSynchronizationManager.bindResource(KEY, pipeline);
				TransactionSynchronizationManager.registerSynchronization(pipeline);
			}
			return pipeline;
		}

		void join(CommitBatch<?> batch, List<?> rows) {
			batches.put(batch, rows);
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public void beforeCommit(boolean readOnly) {
			while (true) {
				List<CommitStatement> statements = new ArrayList<>();
				for (Map.Entry<CommitBatch<?>, List<?>> e : batches.entrySet()) {
					CommitStatement one = ((CommitBatch) e.getKey()).take((List) e.getValue());
					if (one != null) {
						statements.add(one);
					}
				}
				if (statements.isEmpty()) {
					return;
				}
				run(jdbc, statements);
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
			for (CommitBatch<?> batch : batches.keySet()) {
				TransactionSynchronizationManager.unbindResourceIfPossible(batch);
			}
		}

		/** Runs the statements in one round trip, in the caller's transaction, and hands each its answer. */
		static void run(JdbcTemplate jdbc, List<CommitStatement> statements) {
			String sql = String.join(";\n", statements.stream().map(CommitStatement::sql).toList());
			long[] answers = jdbc.execute((ConnectionCallback<long[]>) connection -> {
				try (PreparedStatement ps = connection.prepareStatement(sql)) {
					int index = 1;
					for (CommitStatement statement : statements) {
						for (Object arg : statement.args()) {
							StatementCreatorUtils.setParameterValue(ps, index++, SqlTypeValue.TYPE_UNKNOWN, arg);
						}
					}
					long[] numbers = new long[statements.size()];
					boolean rows = ps.execute();
					for (int i = 0; i < numbers.length; i++) {
						if (rows) {
							try (ResultSet rs = ps.getResultSet()) {
								numbers[i] = rs.next() ? rs.getLong(1) : 0;
							}
						}
						else {
							numbers[i] = ps.getUpdateCount();
						}
						rows = ps.getMoreResults();
					}
					return numbers;
				}
			});
			for (int i = 0; i < statements.size(); i++) {
				statements.get(i).answer().accept(answers[i]);
			}
		}
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
