package org.chengguan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.cases.CaseLifecycleTests.MONDAY_10;
import static org.chengguan.cases.CaseLifecycleTests.deadlines;
import static org.chengguan.cases.CaseLifecycleTests.dispatcher;
import static org.chengguan.cases.CaseLifecycleTests.handler;

import java.util.List;

import org.chengguan.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class CasesTests {

	@Autowired
	Cases cases;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anArrayLiteralReadsBackAsTheSameStrings() {
		java.util.List<String> odd = java.util.List.of("a,b", "q\"uote", "back\\slash", "{brace}", "", "NULL", "空 格");
		String[] read = jdbc.sql("SELECT ?::text[]").param(Cases.arrayLiteral(odd))
			.query((rs, n) -> (String[]) rs.getArray(1).getArray())
			.single();
		assertThat(read).containsExactlyElementsOf(odd);
		assertThat(jdbc.sql("SELECT cardinality(?::text[])").param(Cases.arrayLiteral(java.util.List.of()))
			.query(Integer.class).single()).isZero();
	}

	@Test
	void storesACaseAndReadsItBackWithEveryFieldAndItsTimeline() {
		Case dispatched = CaseLifecycleTests.dispatched();
		dispatched.requestExtension(handler, TestDeadlines.workHours("2.5"), "需调配车辆", MONDAY_10);
		long id = cases.insert(dispatched);
		Case stored = cases.findById(id).orElseThrow();
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored).usingRecursiveComparison()
			.ignoringFields("id", "version", "changes", "movedFrom", "deadlineAsStored")
			.isEqualTo(dispatched);
		assertThat(cases.timeline(id)).usingRecursiveComparison().isEqualTo(dispatched.changes());
	}

	@Test
	void refusesToWriteOverAChangeMadeSinceTheCaseWasRead() {
		long id = cases.insert(CaseLifecycleTests.dispatched());
		Case first = cases.findById(id).orElseThrow();
		Case second = cases.findById(id).orElseThrow();
		first.urge(dispatcher, "快", MONDAY_10);
		second.supervise(new Performer(9, "LEADER"), "督办", MONDAY_10);
		assertThat(cases.update(first)).isTrue();
		assertThat(cases.update(second)).isFalse();
		Case now = cases.findById(id).orElseThrow();
		assertThat(now.version()).isEqualTo(2);
		assertThat(now.counters().urge()).isEqualTo(1);
		assertThat(now.supervised()).isFalse();
		assertThat(cases.timeline(id)).extracting(Transition::action).endsWith(Action.URGE).doesNotContain(Action.SUPERVISE);
	}

	@Test
	void theAuditTrailCannotBeRewritten() {
		long id = cases.insert(CaseLifecycleTests.citizenReport());
		assertThatThrownBy(() -> jdbc.sql("UPDATE cases.transition SET comment = 'x' WHERE case_id = ?").param(id).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM cases.transition WHERE case_id = ?").param(id).update())
			.hasMessageContaining("append-only");
		assertThat(cases.timeline(id)).hasSize(1);
	}

	@Test
	void keepsHandledPhotosWithTheTransition() {
		Case c = CaseLifecycleTests.dispatched();
		long id = cases.insert(c);
		Case stored = cases.findById(id).orElseThrow();
		stored.reportHandled(handler, "已清运", List.of("a1", "a2"), MONDAY_10, deadlines);
		assertThat(cases.update(stored)).isTrue();
		assertThat(cases.timeline(id)).last().satisfies(t -> assertThat(t.attachments()).containsExactly("a1", "a2"));
	}

	@Test
	@org.springframework.transaction.annotation.Transactional
	void theQueueCountsReadThePartialIndexOfOpenCases() {
		// the statuses the query names must be the very list of V406's index, or PostgreSQL cannot use it (in this
		// transaction a sequential scan is ruled out, which a small test table would otherwise prefer)
		jdbc.sql("SET LOCAL enable_seqscan = off").update();
		String plan = String.join("\n", jdbc.sql("EXPLAIN SELECT status, count(*) FROM cases.\"case\" WHERE region_code "
				+ "LIKE '3406%' AND status IN (" + Cases.OPEN_STATUSES + ") GROUP BY status").query(String.class).list());
		assertThat(plan).contains("case_open_region_idx");
	}
}
