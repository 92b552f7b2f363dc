package org.chengguan.identity;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting (操作人): a signed-in user with their roles and where they may act.
 *
 * @param scopeRegionCode the region the user's authority covers (管辖范围): the city ({@code 3406}), a district (6
 *        digits), a street (9) or a community (12); {@code null} for citizens
 * @param departmentCode the catalogue department a handler works for (e.g. {@code SANITATION} = 环卫处); {@code null}
 *        for users who belong to none
 * @param gridCodes the unit grids (万米单元网格) an inspector patrols; empty for everyone else
 */
public record Actor(long userId, String username, String displayName, Set<Role> roles, String scopeRegionCode,
		String departmentCode, Set<String> gridCodes) implements Serializable {

	public Actor {
		roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
		gridCodes = gridCodes == null ? Set.of() : Set.copyOf(gridCodes);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/**
	 * Whether the region lies within this actor's scope: true iff the actor has a scope and the region's code starts
	 * with it (a district's scope covers its streets, communities and grids).
	 */
	public boolean covers(String regionCode) {
		return scopeRegionCode != null && regionCode != null && regionCode.startsWith(scopeRegionCode);
	}

	/** Whether this is a citizen (市民) rather than staff. */
	public boolean isCitizen() {
		return has(Role.CITIZEN);
	}
}
