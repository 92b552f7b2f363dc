package org.chengguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chengguan.assessment.Measure.Table;
import org.chengguan.assessment.internal.Contributions;
import org.chengguan.assessment.internal.RollupKey;
import org.chengguan.cases.Action;
import org.chengguan.cases.CaseHistory;
import org.chengguan.cases.CaseHistory.Step;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.Performer;
import org.chengguan.cases.Stage;
import org.chengguan.cases.Transition;
import org.junit.jupiter.api.Test;

/** Known case histories and exactly what each adds to the rollups. Times are UTC; days are Asia/Shanghai's. */
class ContributionsTests {

	static final String GRID = "340603001001001";

	static final long CITIZEN = 100, INSPECTOR = 200, LEADER = 300, DISPATCHER = 400, HANDLER = 500, OPERATOR = 600;

	/** A history under construction: each step at a time, with the deadline its new clock runs to. */
	static final class History {

		final Channel channel;

		final List<Step> steps = new ArrayList<>();

		String category = "E0102";

		String department;

		/** the next step's detail (a feedback's rating) */
		String detail;

		History(Channel channel) {
			this.channel = channel;
		}

		History step(Action action, CaseStatus from, CaseStatus to, String at, long by, String role, Stage stage,
				String deadline) {
			steps.add(new Step(new Transition(action, from, to, Instant.parse(at), new Performer(by, role), null,
					List.of(), stage, deadline == null ? null : Instant.parse(deadline), detail), category, department));
			detail = null;
			return this;
		}

		CaseHistory build() {
			return new CaseHistory(1, channel, CITIZEN, GRID, steps);
		}

		/** A citizen's report taken to closure: every step on time unless {@code handledAt} is past its deadline. */
		static History closedCitizenCase(String handledAt) {
			History h = new History(Channel.CITIZEN_APP);
			h.step(Action.REPORT, null, CaseStatus.REPORTED, "2026-11-02T01:00:00Z", CITIZEN, "CITIZEN", Stage.VERIFY,
					"2026-11-02T02:00:00Z");
			h.step(Action.VERIFY, CaseStatus.REPORTED, CaseStatus.VERIFIED, "2026-11-02T01:30:00Z", INSPECTOR,
					"INSPECTOR", Stage.FILE, "2026-11-02T02:00:00Z");
			h.step(Action.FILE, CaseStatus.VERIFIED, CaseStatus.FILED, "2026-11-02T01:45:00Z", LEADER, "SHIFT_LEADER",
					Stage.DISPATCH, "2026-11-02T02:15:00Z");
			h.department = "SANITATION";
			h.step(Action.DISPATCH, CaseStatus.FILED, CaseStatus.DISPATCHED, "2026-11-02T02:00:00Z", DISPATCHER,
					"DISPATCHER", Stage.HANDLE, "2026-11-02T06:00:00Z");
			h.step(Action.HANDLE, CaseStatus.DISPATCHED, CaseStatus.HANDLED, handledAt, HANDLER, "HANDLER", Stage.CHECK,
					"2026-11-03T08:00:00Z");
			h.step(Action.CHECK_PASS, CaseStatus.HANDLED, CaseStatus.CHECKED, "2026-11-03T07:00:00Z", INSPECTOR,
					"INSPECTOR", Stage.CLOSE, "2026-11-03T07:30:00Z");
			h.step(Action.CLOSE, CaseStatus.CHECKED, CaseStatus.CLOSED, "2026-11-03T07:10:00Z", LEADER, "SHIFT_LEADER",
					Stage.NONE, null);
			return h;
		}
	}

	static long value(Map<RollupKey, long[]> c, Table table, String day, String unit, String detail, Measure m) {
		long[] v = c.get(new RollupKey(table, LocalDate.parse(day), unit, detail));
		return v == null ? 0 : v[m.index()];
	}

	static Map<RollupKey, long[]> all(History h) {
		CaseHistory history = h.build();
		return Contributions.of(history, history.steps().size());
	}

	@Test
	void aCaseClosedOnTimeCountsAsShouldCloseClosedAndOnTimeOnItsFilingDay() {
		var c = all(History.closedCitizenCase("2026-11-02T05:00:00Z"));
		String day = "2026-11-02";
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.REPORTED)).isEqualTo(1);
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.BY_PUBLIC)).isEqualTo(1);
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.BY_INSPECTOR)).isZero();
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.FILED)).isEqualTo(1);
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.SHOULD_CLOSE)).isEqualTo(1);
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.CLOSED)).isEqualTo(1);
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.CLOSED_ON_TIME)).isEqualTo(1);
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.DISPATCHED)).isEqualTo(1);
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.HANDLED_ON_TIME)).isEqualTo(1);
		assertThat(value(c, Table.PERSON, day, "" + INSPECTOR, "INSPECTOR", Measure.VERIFICATIONS_ON_TIME)).isEqualTo(1);
		assertThat(value(c, Table.PERSON, "2026-11-03", "" + INSPECTOR, "INSPECTOR", Measure.CHECKS_ON_TIME))
			.as("the check was on the next day (Shanghai)").isEqualTo(1);
		assertThat(value(c, Table.PERSON, day, "" + LEADER, "SHIFT_LEADER", Measure.ACCURATE_FILINGS)).isEqualTo(1);
		assertThat(value(c, Table.PERSON, day, "" + DISPATCHER, "DISPATCHER", Measure.DISPATCHES_ON_TIME)).isEqualTo(1);
	}

	@Test
	void aLateHandlingIsClosedButNotOnTime() {
		var c = all(History.closedCitizenCase("2026-11-02T07:00:00Z"));
		String day = "2026-11-02";
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.CLOSED)).isEqualTo(1);
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.CLOSED_ON_TIME)).isZero();
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.HANDLED)).isEqualTo(1);
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.HANDLED_ON_TIME)).isZero();
	}

	@Test
	void aReportAfterFourPmUtcBelongsToTheNextDayInShanghai() {
		History h = new History(Channel.CITIZEN_APP);
		h.step(Action.REPORT, null, CaseStatus.REPORTED, "2026-11-30T16:30:00Z", CITIZEN, "CITIZEN", Stage.VERIFY, null);
		var c = all(h);
		assertThat(value(c, Table.REGION, "2026-12-01", GRID, "E0102", Measure.REPORTED)).isEqualTo(1);
		assertThat(value(c, Table.REGION, "2026-11-30", GRID, "E0102", Measure.REPORTED)).isZero();
	}

	@Test
	void aReworkCountsAgainstTheDepartmentAndTheSecondHandlingCountsAgain() {
		History h = History.closedCitizenCase("2026-11-02T05:00:00Z");
		// replace check-pass + close by check-fail, handle again, check-pass, close
		h.steps.subList(5, 7).clear();
		h.step(Action.CHECK_FAIL, CaseStatus.HANDLED, CaseStatus.DISPATCHED, "2026-11-02T06:00:00Z", INSPECTOR,
				"INSPECTOR", Stage.HANDLE, "2026-11-02T09:00:00Z");
		h.step(Action.HANDLE, CaseStatus.DISPATCHED, CaseStatus.HANDLED, "2026-11-02T08:00:00Z", HANDLER, "HANDLER",
				Stage.CHECK, "2026-11-02T09:00:00Z");
		h.step(Action.CHECK_PASS, CaseStatus.HANDLED, CaseStatus.CHECKED, "2026-11-02T08:30:00Z", INSPECTOR, "INSPECTOR",
				Stage.CLOSE, "2026-11-02T09:00:00Z");
		h.step(Action.CLOSE, CaseStatus.CHECKED, CaseStatus.CLOSED, "2026-11-02T08:40:00Z", LEADER, "SHIFT_LEADER",
				Stage.NONE, null);
		var c = all(h);
		String day = "2026-11-02";
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.REWORK)).isEqualTo(1);
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.HANDLED)).isEqualTo(2);
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.DEPT_CLOSED)).isEqualTo(1);
		assertThat(value(c, Table.PERSON, day, "" + INSPECTOR, "INSPECTOR", Measure.CHECKS)).isEqualTo(2);
	}

	@Test
	void aShelvedCaseLeavesTheDenominators() {
		History h = History.closedCitizenCase("2026-11-02T05:00:00Z");
		h.steps.subList(4, 7).clear();
		h.step(Action.REQUEST_SHELVING, CaseStatus.DISPATCHED, CaseStatus.DISPATCHED, "2026-11-02T03:00:00Z", HANDLER,
				"HANDLER", Stage.HANDLE, "2026-11-02T06:00:00Z");
		h.step(Action.APPROVE_SHELVING, CaseStatus.DISPATCHED, CaseStatus.SHELVED, "2026-11-02T03:30:00Z", DISPATCHER,
				"DISPATCHER", Stage.NONE, null);
		var c = all(h);
		String day = "2026-11-02";
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.FILED)).isEqualTo(1);
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.SHOULD_CLOSE)).isZero();
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.DEPT_SHOULD_CLOSE)).isZero();
	}

	@Test
	void aReturnMakesTheDispatchAndTheFilingInaccurateAndMovesTheCaseToTheNewDepartment() {
		History h = History.closedCitizenCase("2026-11-02T05:00:00Z");
		h.steps.subList(4, 7).clear();
		h.step(Action.REQUEST_RETURN, CaseStatus.DISPATCHED, CaseStatus.DISPATCHED, "2026-11-02T02:30:00Z", HANDLER,
				"HANDLER", Stage.HANDLE, "2026-11-02T06:00:00Z");
		h.department = null;
		h.step(Action.APPROVE_RETURN, CaseStatus.DISPATCHED, CaseStatus.FILED, "2026-11-02T02:40:00Z", DISPATCHER,
				"DISPATCHER", Stage.DISPATCH, "2026-11-02T03:10:00Z");
		h.department = "LANDSCAPE";
		h.step(Action.DISPATCH, CaseStatus.FILED, CaseStatus.DISPATCHED, "2026-11-02T02:50:00Z", DISPATCHER, "DISPATCHER",
				Stage.HANDLE, "2026-11-02T07:00:00Z");
		var c = all(h);
		String day = "2026-11-02";
		assertThat(value(c, Table.PERSON, day, "" + DISPATCHER, "DISPATCHER", Measure.DISPATCHES)).isEqualTo(2);
		assertThat(value(c, Table.PERSON, day, "" + DISPATCHER, "DISPATCHER", Measure.ACCURATE_DISPATCHES)).isEqualTo(1);
		assertThat(value(c, Table.PERSON, day, "" + LEADER, "SHIFT_LEADER", Measure.ACCURATE_FILINGS)).isZero();
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.DISPATCHED)).isEqualTo(1);
		assertThat(value(c, Table.DEPARTMENT, day, "SANITATION", "E0102", Measure.DEPT_SHOULD_CLOSE)).isZero();
		assertThat(value(c, Table.DEPARTMENT, day, "LANDSCAPE", "E0102", Measure.DEPT_SHOULD_CLOSE)).isEqualTo(1);
	}

	@Test
	void anUnsatisfiedAnswerReopensTheCaseSoItIsNoLongerClosed() {
		History h = History.closedCitizenCase("2026-11-02T05:00:00Z");
		var closed = all(h);
		h.detail = "UNSATISFIED";
		h.step(Action.FEEDBACK, CaseStatus.CLOSED, CaseStatus.DISPATCHED, "2026-11-04T01:00:00Z", CITIZEN, "CITIZEN",
				Stage.HANDLE, "2026-11-05T01:00:00Z");
		var reopened = all(h);
		String day = "2026-11-02";
		assertThat(value(closed, Table.REGION, day, GRID, "E0102", Measure.CLOSED)).isEqualTo(1);
		assertThat(value(reopened, Table.REGION, day, GRID, "E0102", Measure.CLOSED)).isZero();
		assertThat(value(reopened, Table.REGION, day, GRID, "E0102", Measure.SHOULD_CLOSE)).isEqualTo(1);
		assertThat(value(reopened, Table.REGION, "2026-11-04", GRID, "E0102", Measure.ANSWERED)).isEqualTo(1);
		assertThat(value(reopened, Table.REGION, "2026-11-04", GRID, "E0102", Measure.SATISFIED)).isZero();
		var delta = Contributions.difference(reopened, closed);
		assertThat(delta.get(new RollupKey(Table.REGION, LocalDate.parse(day), GRID, "E0102"))[Measure.CLOSED.index()])
			.isEqualTo(-1);
		assertThat(delta.get(new RollupKey(Table.DEPARTMENT, LocalDate.parse(day), "SANITATION",
				"E0102"))[Measure.DEPT_CLOSED.index()]).isEqualTo(-1);
	}

	@Test
	void voidedAndDuplicateReportsAreCountedAsSuchAndNeverFiled() {
		History voided = new History(Channel.CITIZEN_APP);
		voided.step(Action.REPORT, null, CaseStatus.REPORTED, "2026-11-02T01:00:00Z", CITIZEN, "CITIZEN", Stage.VERIFY,
				"2026-11-02T02:00:00Z");
		voided.step(Action.VOID, CaseStatus.REPORTED, CaseStatus.VOIDED, "2026-11-03T01:00:00Z", LEADER, "SHIFT_LEADER",
				Stage.NONE, null);
		var v = all(voided);
		assertThat(value(v, Table.REGION, "2026-11-03", GRID, "E0102", Measure.VOIDED)).isEqualTo(1);
		assertThat(value(v, Table.REGION, "2026-11-02", GRID, "E0102", Measure.FILED)).isZero();
		assertThat(value(v, Table.PERSON, "2026-11-03", "" + LEADER, "SHIFT_LEADER", Measure.FILINGS_ON_TIME))
			.as("voided a day after the verification deadline").isZero();

		History duplicate = new History(Channel.INSPECTOR);
		duplicate.step(Action.REPORT, null, CaseStatus.VERIFIED, "2026-11-02T01:00:00Z", INSPECTOR, "INSPECTOR",
				Stage.FILE, "2026-11-02T01:30:00Z");
		duplicate.step(Action.LINK_DUPLICATE, CaseStatus.VERIFIED, CaseStatus.DUPLICATE, "2026-11-02T01:00:00Z", 0,
				"SYSTEM", Stage.NONE, null);
		var d = all(duplicate);
		assertThat(value(d, Table.REGION, "2026-11-02", GRID, "E0102", Measure.DUPLICATES)).isEqualTo(1);
		assertThat(value(d, Table.REGION, "2026-11-02", GRID, "E0102", Measure.BY_INSPECTOR)).isEqualTo(1);
		assertThat(value(d, Table.PERSON, "2026-11-02", "" + INSPECTOR, "INSPECTOR", Measure.REPORTS)).isEqualTo(1);
		assertThat(value(d, Table.PERSON, "2026-11-02", "" + INSPECTOR, "INSPECTOR", Measure.VALID_REPORTS)).isZero();
	}

	@Test
	void aHotlineCaseCountsForTheHotlinesFinishingRateAndARatingForSatisfaction() {
		History h = History.closedCitizenCase("2026-11-02T05:00:00Z");
		History hotline = new History(Channel.HOTLINE);
		hotline.steps.addAll(h.steps);
		hotline.detail = "BASICALLY_SATISFIED";
		hotline.step(Action.FEEDBACK, CaseStatus.CLOSED, CaseStatus.ANSWERED, "2026-11-04T01:00:00Z", CITIZEN, "CITIZEN",
				Stage.NONE, null);
		var c = all(hotline);
		assertThat(value(c, Table.REGION, "2026-11-02", GRID, "E0102", Measure.HOTLINE_SHOULD_CLOSE)).isEqualTo(1);
		assertThat(value(c, Table.REGION, "2026-11-02", GRID, "E0102", Measure.HOTLINE_CLOSED)).isEqualTo(1);
		assertThat(value(c, Table.REGION, "2026-11-04", GRID, "E0102", Measure.SATISFIED)).isEqualTo(1);
		assertThat(value(all(h), Table.REGION, "2026-11-02", GRID, "E0102", Measure.HOTLINE_SHOULD_CLOSE))
			.as("not a hotline case").isZero();
	}

	@Test
	void aSelfHandledCaseIsFiledAndClosedOnTimeAtOnce() {
		History h = new History(Channel.INSPECTOR);
		h.step(Action.SELF_HANDLE, null, CaseStatus.CLOSED, "2026-11-02T01:00:00Z", INSPECTOR, "INSPECTOR", Stage.NONE,
				null);
		var c = all(h);
		String day = "2026-11-02";
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.SELF_HANDLED)).isEqualTo(1);
		assertThat(value(c, Table.REGION, day, GRID, "E0102", Measure.CLOSED_ON_TIME)).isEqualTo(1);
		assertThat(value(c, Table.PERSON, day, "" + INSPECTOR, "INSPECTOR", Measure.VALID_REPORTS)).isEqualTo(1);
	}

	@Test
	void theStepsOfAHistoryAddUpToTheWholeHistory() {
		CaseHistory history = History.closedCitizenCase("2026-11-02T07:00:00Z").build();
		Map<RollupKey, long[]> summed = new java.util.TreeMap<>();
		for (int n = 0; n < history.steps().size(); n++) {
			Contributions.sum(summed, Contributions.difference(Contributions.of(history, n + 1),
					Contributions.of(history, n)));
		}
		Map<RollupKey, long[]> whole = Contributions.of(history, history.steps().size());
		assertThat(Contributions.difference(summed, whole)).isEmpty();
	}
}
