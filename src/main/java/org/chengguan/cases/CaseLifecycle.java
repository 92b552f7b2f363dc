package org.chengguan.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.chengguan.identity.Role;

/**
 * The case lifecycle (案卷流程) as a public description, for what shows it to people — the disclosed workflow chart
 * (城管进社区工作流程图) — rather than for deciding anything: {@link Case} enforces the transitions and
 * {@link CaseActionPolicy} who may take them. Kept next to them so that a change of the lifecycle changes this too.
 */
public final class CaseLifecycle {

	/**
	 * One way a case moves: {@code action} taken by one of {@code by} moves it from {@code from} (empty for a new
	 * report) to {@code to}. An action with several outcomes (回访: 满意 or 不满意) has one step per outcome.
	 */
	public record Step(Optional<CaseStatus> from, Action action, CaseStatus to, Set<Role> by) {

		public Step {
			by = Set.copyOf(by);
		}
	}

	/** The path of a case that goes well, from the report to the answer back (回访). */
	public static final List<CaseStatus> MAIN_PATH = List.of(CaseStatus.REPORTED, CaseStatus.VERIFIED,
			CaseStatus.FILED, CaseStatus.DISPATCHED, CaseStatus.HANDLED, CaseStatus.CHECKED, CaseStatus.CLOSED,
			CaseStatus.ANSWERED);

	/** Actions that leave the status as it is (a request waits on the case; urging and supervision are marks). */
	public static final List<Action> IN_PLACE = List.of(Action.REQUEST_RETURN, Action.REQUEST_EXTENSION,
			Action.APPROVE_EXTENSION, Action.REQUEST_SHELVING, Action.URGE, Action.SUPERVISE);

	private static final List<Step> STEPS = List.of(
			entry(Action.REPORT, CaseStatus.REPORTED, Role.CITIZEN, Role.OPERATOR),
			entry(Action.REPORT, CaseStatus.VERIFIED, Role.INSPECTOR),
			entry(Action.SELF_HANDLE, CaseStatus.CLOSED, Role.INSPECTOR),
			step(CaseStatus.REPORTED, Action.VERIFY, CaseStatus.VERIFIED, Role.INSPECTOR),
			step(CaseStatus.REPORTED, Action.VOID, CaseStatus.VOIDED, Role.SHIFT_LEADER),
			step(CaseStatus.VERIFIED, Action.VOID, CaseStatus.VOIDED, Role.SHIFT_LEADER),
			step(CaseStatus.REPORTED, Action.LINK_DUPLICATE, CaseStatus.DUPLICATE, Role.OPERATOR),
			step(CaseStatus.VERIFIED, Action.LINK_DUPLICATE, CaseStatus.DUPLICATE, Role.OPERATOR),
			step(CaseStatus.DUPLICATE, Action.UNLINK_DUPLICATE, CaseStatus.REPORTED, Role.OPERATOR),
			step(CaseStatus.VERIFIED, Action.FILE, CaseStatus.FILED, Role.SHIFT_LEADER),
			step(CaseStatus.FILED, Action.DISPATCH, CaseStatus.DISPATCHED, Role.DISPATCHER),
			step(CaseStatus.DISPATCHED, Action.APPROVE_RETURN, CaseStatus.FILED, Role.DISPATCHER),
			step(CaseStatus.DISPATCHED, Action.APPROVE_SHELVING, CaseStatus.SHELVED, Role.DISPATCHER),
			step(CaseStatus.DISPATCHED, Action.HANDLE, CaseStatus.HANDLED, Role.HANDLER, Role.OFFICER),
			step(CaseStatus.SHELVED, Action.HANDLE, CaseStatus.HANDLED, Role.HANDLER),
			step(CaseStatus.HANDLED, Action.CHECK_PASS, CaseStatus.CHECKED, Role.INSPECTOR),
			step(CaseStatus.HANDLED, Action.CHECK_FAIL, CaseStatus.DISPATCHED, Role.INSPECTOR),
			step(CaseStatus.CHECKED, Action.CLOSE, CaseStatus.CLOSED, Role.SHIFT_LEADER),
			step(CaseStatus.CLOSED, Action.FEEDBACK, CaseStatus.ANSWERED, Role.CITIZEN, Role.OPERATOR),
			step(CaseStatus.CLOSED, Action.FEEDBACK, CaseStatus.DISPATCHED, Role.CITIZEN, Role.OPERATOR));

	private CaseLifecycle() {
	}

	/** Every step that changes a case's status, entries (new reports) first, then in the order of the main path. */
	public static List<Step> steps() {
		return STEPS;
	}

	private static Step entry(Action action, CaseStatus to, Role... by) {
		return new Step(Optional.empty(), action, to, Set.of(by));
	}

	private static Step step(CaseStatus from, Action action, CaseStatus to, Role... by) {
		return new Step(Optional.of(from), action, to, Set.of(by));
	}
}
