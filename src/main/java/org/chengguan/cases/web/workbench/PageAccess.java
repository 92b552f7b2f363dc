package org.chengguan.cases.web.workbench;

import java.util.Arrays;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;

/**
 * Who opens which desktop page. The pages only choose what to list: every action is checked again by
 * {@code CaseManagement} on the actor's role, region scope and department.
 */
enum PageAccess {

	/** 指挥中心: the centre's staff, and the leaders and administrators who watch it. */
	WORKBENCH(Role.OPERATOR, Role.SHIFT_LEADER, Role.DISPATCHER, Role.LEADER, Role.ADMIN),
	/** 部门: a department's handlers and a community's officers. */
	DEPARTMENT(Role.HANDLER, Role.OFFICER),
	/** 领导驾驶舱: leaders first, and the centre's staff. */
	DASHBOARD(Role.LEADER, Role.ADMIN, Role.OPERATOR, Role.SHIFT_LEADER, Role.DISPATCHER);

	private final Role[] roles;

	PageAccess(Role... roles) {
		this.roles = roles;
	}

	boolean allows(Actor actor) {
		if (actor == null || Arrays.stream(roles).noneMatch(actor::has)) {
			return false;
		}
		// a region-wide page needs a region; a handler's list is their department's
		return this == DEPARTMENT || actor.scopeRegionCode() != null;
	}

	Actor require(Actor actor) {
		if (!allows(actor)) {
			throw new ForbiddenException("this page is for " + Arrays.toString(roles));
		}
		return actor;
	}

	/**
	 * Which tabs the signed-in user sees above the desktop pages, and the links beside them to the engagement module's
	 * desks (热线受理 for operators and those who read its calls, 城管开放日 for officers, leaders and administrators; those pages check again).
	 */
	record Tabs(boolean workbench, boolean department, boolean dashboard, boolean hotline, boolean openDays) {

		static Tabs of(Actor actor) {
			boolean scoped = actor != null && actor.scopeRegionCode() != null;
			return new Tabs(WORKBENCH.allows(actor), DEPARTMENT.allows(actor), DASHBOARD.allows(actor),
					scoped && (actor.has(Role.OPERATOR) || actor.has(Role.SHIFT_LEADER) || actor.has(Role.LEADER)
							|| actor.has(Role.ADMIN)),
					scoped && (actor.has(Role.OFFICER) || actor.has(Role.LEADER) || actor.has(Role.ADMIN)));
		}

		public boolean any() {
			return workbench || department || dashboard;
		}
	}
}
