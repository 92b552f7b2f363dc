package org.chengguan.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What it takes to create a user account; checked by {@link UserAdministration#create}.
 *
 * @param username lower case letters, digits and dashes, 2–40 characters (upper case is folded)
 * @param password at least 8 characters (at most 72 bytes, bcrypt's limit); required for staff
 * @param phone a mainland mobile number; optional, unique; citizens sign in with it
 * @param roles at least one; {@link Role#CITIZEN} is not combined with staff roles
 * @param scopeRegionCode required for staff: an existing city, district, street or community; none for citizens
 * @param departmentCode required for {@link Role#HANDLER}: an existing catalogue department
 * @param gridCodes required for {@link Role#INSPECTOR}: existing unit grids inside the scope
 */
public record NewUser(String username, String displayName, String password, String phone, Set<Role> roles,
		String scopeRegionCode, String departmentCode, Set<String> gridCodes) {

	public NewUser {
		roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		gridCodes = gridCodes == null ? Set.of() : Set.copyOf(gridCodes);
	}

	/** A staff member with the roles in the region; add a department or grids with the {@code with…} methods. */
	public static NewUser staff(String username, String displayName, String password, String scopeRegionCode,
			Role... roles) {
		return new NewUser(username, displayName, password, null, Set.of(roles), scopeRegionCode, null, Set.of());
	}

	/** A citizen who signs in by password, by phone and code, or both. */
	public static NewUser citizen(String username, String displayName, String password, String phone) {
		return new NewUser(username, displayName, password, phone, Set.of(Role.CITIZEN), null, null, Set.of());
	}

	public NewUser withDepartment(String code) {
		return new NewUser(username, displayName, password, phone, roles, scopeRegionCode, code, gridCodes);
	}

	public NewUser withGrids(Set<String> codes) {
		return new NewUser(username, displayName, password, phone, roles, scopeRegionCode, departmentCode, codes);
	}

	public NewUser withPhone(String number) {
		return new NewUser(username, displayName, password, number, roles, scopeRegionCode, departmentCode, gridCodes);
	}

	@Override
	public String toString() {
		return "NewUser[username=" + username + ", roles=" + roles + ", scope=" + scopeRegionCode + "]";
	}
}
