package org.chengguan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.chengguan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Pipelined batches on the real database: their statements run together just before the commit, answers in order. */
@PlatformTest
class CommitBatchPipelineTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	private final List<String> answers = new ArrayList<>();

	private CommitBatch<String> letters;

	private CommitBatch<Integer> numbers;

	@BeforeEach
	void table() {
		jdbc.execute("CREATE TABLE IF NOT EXISTS public.pipeline_test (kind text NOT NULL, v text NOT NULL)");
		jdbc.update("DELETE FROM public.pipeline_test");
		letters = CommitBatch.pipelined(jdbc, rows -> new CommitStatement(
				"INSERT INTO public.pipeline_test (kind, v) SELECT 'letter', unnest(?::text[])",
				List.of(SqlArray.of("text", rows.toArray())), n -> answers.add("letters " + n)));
		numbers = CommitBatch.pipelined(jdbc, rows -> new CommitStatement("""
				WITH written AS (INSERT INTO public.pipeline_test (kind, v)
				                 SELECT 'number', unnest(?::int[])::text RETURNING 1)
				SELECT count(*) * 10 FROM written""",
				List.of(SqlArray.of("int", rows.toArray())), n -> answers.add("numbers " + n)));
	}

	@Test
	void everyBatchOfTheTransactionIsWrittenJustBeforeTheCommitAndHearsItsAnswer() {
		transaction.executeWithoutResult(status -> {
			letters.add("a");
			numbers.add(1);
			letters.add("b");
			numbers.add(2);
			numbers.add(3);
			assertThat(count()).as("nothing before the commit").isZero();
		});
		assertThat(jdbc.queryForList("SELECT kind || ':' || v FROM public.pipeline_test ORDER BY kind, v", String.class))
			.containsExactly("letter:a", "letter:b", "number:1", "number:2", "number:3");
		// an update count for the insert, the first column of the first row for the statement that returns rows
		assertThat(answers).containsExactly("letters 2", "numbers 30");
	}

	@Test
	void anAnswerThatAddsRowsGetsAnotherRoundInTheSameTransaction() {
		CommitBatch<String>[] again = new CommitBatch[1];
		again[0] = CommitBatch.pipelined(jdbc, rows -> new CommitStatement(
				"INSERT INTO public.pipeline_test (kind, v) SELECT 'again', unnest(?::text[])",
				List.of(SqlArray.of("text", rows.toArray())), n -> {
					if (rows.contains("first")) {
						again[0].add("second");
					}
				}));
		transaction.executeWithoutResult(status -> again[0].add("first"));
		assertThat(jdbc.queryForList("SELECT v FROM public.pipeline_test ORDER BY v", String.class))
			.containsExactly("first", "second");
	}

	@Test
	void aFailingStatementRollsBackTheTransactionAndWritesNothing() {
		CommitBatch<String> failing = CommitBatch.pipelined(jdbc,
				rows -> CommitStatement.of("INSERT INTO public.pipeline_test (kind, v) VALUES ('bad', NULL)"));
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			letters.add("a");
			failing.add("x");
		})).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		assertThat(count()).isZero();
	}

	@Test
	void outsideATransactionTheRowIsWrittenAtOnce() {
		letters.add("z");
		assertThat(count()).isEqualTo(1);
		assertThat(answers).containsExactly("letters 1");
	}

	private int count() {
		return jdbc.queryForObject("SELECT count(*) FROM public.pipeline_test", Integer.class);
	}
}
