package org.chengguan.identity.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;

/**
 * A user account (用户账号) as stored: who the user is, what they may do and where, and the state of their sign-ins.
 *
 * @param passwordHash bcrypt; {@code null} for citizens who sign in only by phone
 * @param demo whether the account belongs to the generated demo data
 */
public record UserAccount(long id, String username, String displayName, String passwordHash, String phone,
		Set<Role> roles, String scopeRegionCode, String departmentCode, Set<String> gridCodes, boolean active,
		boolean demo, LoginState loginState, Instant createdAt, Instant updatedAt, int version) {

	public UserAccount {
		roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
		gridCodes = Set.copyOf(gridCodes);
	}

	public Actor actor() {
		return new Actor(id, username, displayName, roles, scopeRegionCode, departmentCode, gridCodes);
	}

	public boolean isCitizenOnly() {
		return roles.equals(EnumSet.of(Role.CITIZEN));
	}
}
