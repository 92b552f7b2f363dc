package org.chengguan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.cases.CaseLifecycleTests.MONDAY_10;
import static org.chengguan.cases.CaseLifecycleTests.deadlines;
import static org.chengguan.cases.TestDeadlines.workHours;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chengguan.identity.Role;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseLifecycle} describes the lifecycle for the public workflow chart; {@link Case} and
 * {@link CaseActionPolicy} decide it. Every step the chart shows must be one the aggregate takes, by the roles the
 * policy lets take it — else the disclosed chart would tell the public something the platform does not do.
 */
class CaseLifecycleChartTests {

	@Test
	void everyStepOfTheChartIsOneTheAggregateTakesByTheRolesThePolicyAllows() {
		for (CaseLifecycle.Step step : CaseLifecycle.steps()) {
			Case c = step.from().isEmpty() ? enter(step) : take(step, caseIn(step.from().get()));
			assertThat(c.status()).as("%s from %s", step.action(), step.from()).isEqualTo(step.to());
			if (step.from().isPresent()) {
				for (Role role : step.by()) {
					assertThat(CaseActionPolicy.roleMatters(step.action(), role))
						.as("%s may be taken by %s", step.action(), role)
						.isTrue();
				}
			}
		}
	}

	@Test
	void everyStatusOnTheMainPathLeadsToTheNextThroughAStepOfTheChart() {
		List<CaseStatus> path = CaseLifecycle.MAIN_PATH;
		for (int i = 0; i + 1 < path.size(); i++) {
			CaseStatus from = path.get(i);
			CaseStatus to = path.get(i + 1);
			assertThat(CaseLifecycle.steps())
				.as("a step from %s to %s", from, to)
				.anyMatch(s -> s.from().equals(java.util.Optional.of(from)) && s.to() == to);
		}
		Set<CaseStatus> reached = CaseLifecycle.steps().stream().map(CaseLifecycle.Step::to)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class)));
		assertThat(reached).as("every status appears on the chart").containsExactlyInAnyOrder(CaseStatus.values());
	}

	private static Case enter(CaseLifecycle.Step step) {
		if (step.action() == Action.SELF_HANDLE) {
			return Case.selfHandled(CaseLifecycleTests.number(), CaseLifecycleTests.report(Channel.INSPECTOR),
					CaseLifecycleTests.inspector, List.of("after"), MONDAY_10);
		}
		boolean inspector = step.by().contains(Role.INSPECTOR);
		return Case.report(CaseLifecycleTests.number(),
				CaseLifecycleTests.report(inspector ? Channel.INSPECTOR : Channel.CITIZEN_APP),
				inspector ? CaseLifecycleTests.inspector : CaseLifecycleTests.citizen, MONDAY_10, deadlines);
	}

	/** A citizen's case brought to the status through the aggregate's own methods. */
	private static Case caseIn(CaseStatus status) {
		Case c = CaseLifecycleTests.citizenReport();
		switch (status) {
			case REPORTED -> {
			}
			case VERIFIED -> c.verify(CaseLifecycleTests.inspector, null, null, MONDAY_10, deadlines);
			case FILED -> {
				c.verify(CaseLifecycleTests.inspector, null, null, MONDAY_10, deadlines);
				c.file(CaseLifecycleTests.shiftLeader, "SANITATION", null, MONDAY_10, deadlines);
			}
			case DUPLICATE -> {
				c = CaseLifecycleTests.withId(c, 201L);
				c.linkAsDuplicateOf(operator(), CaseLifecycleTests.withId(CaseLifecycleTests.dispatched(), 200L), null,
						MONDAY_10);
			}
			default -> {
				c = CaseLifecycleTests.dispatched();
				if (status == CaseStatus.SHELVED) {
					c.requestShelving(CaseLifecycleTests.handler, "需市级统筹", MONDAY_10);
					c.decideShelving(CaseLifecycleTests.dispatcher, true, null, MONDAY_10);
				}
				if (status.compareTo(CaseStatus.HANDLED) >= 0 && status != CaseStatus.SHELVED) {
					c.reportHandled(CaseLifecycleTests.handler, null, List.of("after"), MONDAY_10, deadlines);
				}
				if (status.compareTo(CaseStatus.CHECKED) >= 0 && status != CaseStatus.SHELVED) {
					c.passCheck(CaseLifecycleTests.inspector, null, List.of("check"), MONDAY_10, deadlines);
				}
				if (status.compareTo(CaseStatus.CLOSED) >= 0 && status != CaseStatus.SHELVED) {
					c.close(CaseLifecycleTests.shiftLeader, null, MONDAY_10, deadlines);
				}
			}
		}
		assertThat(c.status()).as("set-up").isEqualTo(status);
		return c;
	}

	private static Case take(CaseLifecycle.Step step, Case c) {
		switch (step.action()) {
			case VERIFY -> c.verify(CaseLifecycleTests.inspector, null, null, MONDAY_10, deadlines);
			case VOID -> c.voidCase(CaseLifecycleTests.shiftLeader, "非城管职责", MONDAY_10);
			case LINK_DUPLICATE -> {
				c = CaseLifecycleTests.withId(c, 301L);
				c.linkAsDuplicateOf(operator(), CaseLifecycleTests.withId(CaseLifecycleTests.dispatched(), 300L), null,
						MONDAY_10);
			}
			case UNLINK_DUPLICATE -> c.unlinkDuplicate(operator(), "并非同一问题", MONDAY_10, deadlines);
			case FILE -> c.file(CaseLifecycleTests.shiftLeader, "SANITATION", null, MONDAY_10, deadlines);
			case DISPATCH -> c.dispatch(CaseLifecycleTests.dispatcher, "SANITATION", List.of(), workHours("4"), null,
					MONDAY_10, deadlines);
			case APPROVE_RETURN -> {
				c.requestReturn(CaseLifecycleTests.handler, "不属本部门", MONDAY_10);
				c.decideReturn(CaseLifecycleTests.dispatcher, true, null, MONDAY_10, deadlines);
			}
			case APPROVE_SHELVING -> {
				c.requestShelving(CaseLifecycleTests.handler, "需市级统筹", MONDAY_10);
				c.decideShelving(CaseLifecycleTests.dispatcher, true, null, MONDAY_10);
			}
			case HANDLE -> c.reportHandled(CaseLifecycleTests.handler, null, List.of("after"), MONDAY_10, deadlines);
			case CHECK_PASS -> c.passCheck(CaseLifecycleTests.inspector, null, List.of("check"), MONDAY_10, deadlines);
			case CHECK_FAIL -> c.failCheck(CaseLifecycleTests.inspector, "未清理干净", List.of("check"), MONDAY_10, deadlines);
			case CLOSE -> c.close(CaseLifecycleTests.shiftLeader, null, MONDAY_10, deadlines);
			case FEEDBACK -> c.feedback(CaseLifecycleTests.citizen,
					step.to() == CaseStatus.ANSWERED ? Satisfaction.SATISFIED : Satisfaction.UNSATISFIED, null, MONDAY_10,
					deadlines);
			default -> throw new AssertionError("the chart shows " + step.action() + ", which this test cannot take");
		}
		return c;
	}

	private static Performer operator() {
		return new Performer(7, "OPERATOR");
	}
}
