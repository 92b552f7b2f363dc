package org.chengguan.cases;

import java.util.Optional;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;

/**
 * Who may do what to which case: the role an action needs and the region scope or department it must fall in.
 * Returns the reason for a refusal (a 403 problem), or empty when the actor may act. The state's own rules are the
 * aggregate's; this policy knows only people.
 */
final class CaseActionPolicy {

	private CaseActionPolicy() {
	}

	static Optional<String> refusal(Actor actor, Action action, Case c) {
		String region = c.region().finest();
		return switch (action) {
			case VERIFY, CHECK_PASS, CHECK_FAIL -> inspectorOf(actor, c);
			case FILE, VOID, CLOSE -> staffCovering(actor, Role.SHIFT_LEADER, region);
			case DISPATCH, APPROVE_RETURN, APPROVE_EXTENSION, APPROVE_SHELVING -> staffCovering(actor, Role.DISPATCHER, region);
			case REQUEST_RETURN, REQUEST_EXTENSION, REQUEST_SHELVING -> leadHandler(actor, c);
			case HANDLE -> c.communityTeam() ? staffCovering(actor, Role.OFFICER, region) : leadHandler(actor, c);
			case FEEDBACK -> reporterOrOperator(actor, c);
			case URGE -> anyCovering(actor, region, Role.DISPATCHER, Role.LEADER, Role.OPERATOR);
			case SUPERVISE -> staffCovering(actor, Role.LEADER, region);
			case LINK_DUPLICATE, UNLINK_DUPLICATE -> staffCovering(actor, Role.OPERATOR, region);
			case REPORT, SELF_HANDLE, WARN -> Optional.of(action.path() + " is not an action on an existing case");
		};
	}

	/** Whether acting in this role is what the action is about (for the audit trail's "role" column). */
	static boolean roleMatters(Action action, Role role) {
		return switch (action) {
			case VERIFY, CHECK_PASS, CHECK_FAIL -> role == Role.INSPECTOR;
			case FILE, VOID, CLOSE -> role == Role.SHIFT_LEADER;
			case DISPATCH, APPROVE_RETURN, APPROVE_EXTENSION, APPROVE_SHELVING -> role == Role.DISPATCHER;
			case REQUEST_RETURN, REQUEST_EXTENSION, REQUEST_SHELVING -> role == Role.HANDLER;
			case HANDLE -> role == Role.HANDLER || role == Role.OFFICER;
			case FEEDBACK -> role == Role.CITIZEN || role == Role.OPERATOR;
			case URGE -> role == Role.DISPATCHER || role == Role.LEADER || role == Role.OPERATOR;
			case SUPERVISE -> role == Role.LEADER;
			case LINK_DUPLICATE, UNLINK_DUPLICATE -> role == Role.OPERATOR;
			case REPORT, SELF_HANDLE, WARN -> false;
		};
	}

	/** Who may see the case in full: its reporter, and staff whose scope or department it falls in. */
	static boolean seesInFull(Actor actor, Case c) {
		if (actor.isCitizen() && actor.roles().size() == 1) {
			return c.reporterId() != null && c.reporterId() == actor.userId();
		}
		if (actor.has(Role.HANDLER) && actor.departmentCode() != null
				&& (actor.departmentCode().equals(c.leadDepartment())
						|| c.assistingDepartments().contains(actor.departmentCode()))) {
			return true;
		}
		return !actor.isCitizen() && actor.covers(c.region().finest());
	}

	private static Optional<String> inspectorOf(Actor actor, Case c) {
		if (!actor.has(Role.INSPECTOR)) {
			return Optional.of("only an inspector (网格员) verifies and checks cases on site");
		}
		String grid = c.region().gridCode();
		if ((grid != null && actor.gridCodes().contains(grid)) || actor.covers(c.region().finest())) {
			return Optional.empty();
		}
		return Optional.of("the case lies outside this inspector's grids and scope");
	}

	private static Optional<String> staffCovering(Actor actor, Role role, String region) {
		if (!actor.has(role)) {
			return Optional.of("this needs the role " + role + " (" + role.chineseName() + ")");
		}
		if (!actor.covers(region)) {
			return Optional.of("the case (region " + region + ") lies outside this " + role + "'s scope "
					+ actor.scopeRegionCode());
		}
		return Optional.empty();
	}

	private static Optional<String> anyCovering(Actor actor, String region, Role... roles) {
		for (Role role : roles) {
			if (actor.has(role) && actor.covers(region)) {
				return Optional.empty();
			}
		}
		return Optional.of("this needs one of the roles " + java.util.Arrays.toString(roles)
				+ " with the case's region in scope");
	}

	private static Optional<String> leadHandler(Actor actor, Case c) {
		if (!actor.has(Role.HANDLER)) {
			return Optional.of("only the handling department's staff (专业部门) can do this");
		}
		if (c.leadDepartment() == null || !c.leadDepartment().equals(actor.departmentCode())) {
			return Optional.of("the case is dispatched to " + c.leadDepartment() + ", not to "
					+ actor.departmentCode());
		}
		return Optional.empty();
	}

	private static Optional<String> reporterOrOperator(Actor actor, Case c) {
		if (actor.isCitizen() && c.reporterId() != null && c.reporterId() == actor.userId()) {
			return Optional.empty();
		}
		if (actor.has(Role.OPERATOR) && actor.covers(c.region().finest())) {
			return Optional.empty();
		}
		return Optional.of("only the citizen who reported the case, or an operator calling them back, rates it");
	}
}
