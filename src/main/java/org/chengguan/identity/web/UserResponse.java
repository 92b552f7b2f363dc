package org.chengguan.identity.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chengguan.identity.Actor;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.identity.Role;
import org.chengguan.identity.internal.UserAccount;

/**
 * A user as the API shows it. The phone is shown in full only to the user themself and to administrators; anyone
 * else sees it masked (138****0001).
 *
 * @param scope the region code of the user's scope; null for citizens
 * @param department the catalogue code of the user's department, if any
 * @param lockedUntil present while the account is locked
 */
record UserResponse(long id, String username, String displayName, List<String> roles,
		@JsonInclude(JsonInclude.Include.ALWAYS) String scope, @JsonInclude(JsonInclude.Include.ALWAYS) String department,
		List<String> grids, String phone, boolean active, boolean demo, int failedAttempts, Instant lockedUntil,
		Instant createdAt, Instant updatedAt, int version) {

	static UserResponse of(UserAccount account, Actor viewer, Instant now) {
		boolean mayReadPhone = viewer.has(Role.ADMIN) || viewer.userId() == account.id();
		Instant lockedUntil = account.loginState().lockedUntil();
		return new UserResponse(account.id(), account.username(), account.displayName(),
				account.roles().stream().map(Enum::name).toList(), account.scopeRegionCode(), account.departmentCode(),
				account.gridCodes().stream().sorted().toList(),
				mayReadPhone ? account.phone() : PhoneNumber.mask(account.phone()), account.active(), account.demo(),
				account.loginState().failedAttempts(), lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null,
				account.createdAt(), account.updatedAt(), account.version());
	}
}
