package org.chengguan.commerce.internal;

import java.util.EnumSet;
import java.util.Set;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;

/**
 * Who may do what in commerce. Officers (社区城管队员) and inspectors (网格员) of the region, and leaders and
 * administrators within their scope, manage merchants and record joint inspections; leaders and administrators set
 * the rating rules and close rating periods; any staff member reads within their scope; a merchant's owner (a
 * CITIZEN linked to the shop) sees their own shop's self-service part.
 */
public final class CommerceAccess {

	static final Set<Role> MANAGING = EnumSet.of(Role.OFFICER, Role.INSPECTOR, Role.LEADER, Role.ADMIN);

	private CommerceAccess() {
	}

	/** Whether the actor is staff (not only a citizen). */
	public static boolean isStaff(Actor actor) {
		return actor.roles().stream().anyMatch(r -> r != Role.CITIZEN);
	}

	/** Staff whose scope covers the region: they read the region's merchants, personal data in full on a record. */
	public static boolean reads(Actor actor, String regionCode) {
		return isStaff(actor) && actor.covers(regionCode);
	}

	public static void requireReader(Actor actor, String regionCode) {
		if (!reads(actor, regionCode)) {
			throw new ForbiddenException("the merchant (region " + regionCode + ") lies outside your scope "
					+ actor.scopeRegionCode() + ", or you are not staff");
		}
	}

	/** An officer, inspector, leader or administrator whose scope covers the region. */
	public static void requireManager(Actor actor, String regionCode) {
		if (actor.roles().stream().noneMatch(MANAGING::contains)) {
			throw new ForbiddenException("merchants and joint inspections are managed by officers (OFFICER), "
					+ "inspectors (INSPECTOR), leaders and administrators");
		}
		if (!actor.covers(regionCode)) {
			throw new ForbiddenException("the region " + regionCode + " lies outside your scope "
					+ actor.scopeRegionCode());
		}
	}

	/** Whether the actor sets rating rules and closes periods. */
	public static boolean configures(Actor actor) {
		return actor.has(Role.LEADER) || actor.has(Role.ADMIN);
	}

	/** A leader or administrator: rating rules and periods. */
	public static void requireConfigurer(Actor actor) {
		if (!actor.has(Role.LEADER) && !actor.has(Role.ADMIN)) {
			throw new ForbiddenException("rating rules and periods are set by a LEADER (领导) or an ADMIN");
		}
	}
}
