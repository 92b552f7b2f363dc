package org.chengguan.platform.database;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * One statement a {@link CommitBatch} writes its rows with just before the transaction commits, answering one number:
 * the first column of its first row if it returns rows (e.g. a {@code WITH … SELECT count(*)}), else its update count.
 * The statements of all the batches of a transaction travel to the database together, in one round trip.
 *
 * @param sql one statement, with {@code ?} placeholders and no trailing semicolon
 * @param args the placeholders' values in order (a {@link SqlArray} for an array)
 * @param answer what to do with the number, in the transaction, once the statement ran; it may write more
 */
public record CommitStatement(String sql, List<Object> args, LongConsumer answer) {

	public CommitStatement {
		args = List.copyOf(args);
	}

	/** A statement whose answer nobody needs. */
	public static CommitStatement of(String sql, Object... args) {
		return new CommitStatement(sql, List.of(args), n -> {
		});
	}
}
