package org.chengguan.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chengguan.identity.internal.UserAccount;
import org.chengguan.identity.internal.UserAccounts;
import org.chengguan.platform.UnauthenticatedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is acting, for the other modules: the signed-in user of the current request, and users by id or by role and
 * region (e.g. the LEADER to escalate an overdue case to, the inspectors of a grid).
 */
@Service
public class Actors {

	private final UserAccounts accounts;

	Actors(UserAccounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * The user signed in on the current request (by bearer token); empty on a request without a valid token and
	 * outside a request.
	 */
	public Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Actor actor ? Optional.of(actor)
				: Optional.empty();
	}

	/**
	 * The user signed in on the current request.
	 *
	 * @throws UnauthenticatedException (401) when there is none
	 */
	public Actor require() {
		return current().orElseThrow(() -> new UnauthenticatedException(
				"This needs a signed-in user: send 'Authorization: Bearer <token>' with a token from "
						+ "POST /api/v1/auth/token."));
	}

	/** The user with this id, whether active or deactivated (so an id stored on a case always resolves). */
	public Optional<Actor> byId(long userId) {
		return accounts.byId(userId).map(UserAccount::actor);
	}

	/** The user with this username (in any letter case), whether active or deactivated. */
	public Optional<Actor> byUsername(String username) {
		return username == null ? Optional.empty()
				: accounts.byUsername(username.strip().toLowerCase(Locale.ROOT)).map(UserAccount::actor);
	}

	/**
	 * Active users holding the role whose scope covers the region (their scope code is a prefix of
	 * {@code regionCode}), the most specific scope first: for a street's code, the street's own leaders before the
	 * district's and the city's.
	 */
	public List<Actor> withRole(Role role, String regionCode) {
		return accounts.activeWithRoleCovering(role, regionCode).stream().map(UserAccount::actor).toList();
	}

	/** Active inspectors (网格员) who patrol this unit grid. */
	public List<Actor> inspectorsOf(String gridCode) {
		return accounts.activeInspectorsOf(gridCode).stream().map(UserAccount::actor).toList();
	}
}
