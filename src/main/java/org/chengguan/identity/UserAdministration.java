package org.chengguan.identity;

import java.time.Clock;

import org.chengguan.identity.internal.AccessTokens;
import org.chengguan.identity.internal.LoginState;
import org.chengguan.identity.internal.UserAccounts;
import org.chengguan.identity.internal.UserRegistration;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Managing user accounts (用户管理): create, unlock, deactivate. Callers are trusted: the web API lets only
 * administrators (ADMIN) reach these.
 */
@Service
public class UserAdministration {

	private final UserRegistration registration;

	private final UserAccounts accounts;

	private final AccessTokens tokens;

	private final Clock clock;

	UserAdministration(UserRegistration registration, UserAccounts accounts, AccessTokens tokens, Clock clock) {
		this.registration = registration;
		this.accounts = accounts;
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Creates an active account.
	 *
	 * @throws InvalidInputException listing every reason the user cannot be created (see {@link NewUser})
	 * @throws ConflictException if the username or phone is taken
	 */
	public Actor create(NewUser user) {
		return registration.register(user, false).actor();
	}

	/**
	 * Lifts a lock and clears the count of failed sign-ins.
	 *
	 * @throws NotFoundException if there is no such user
	 */
	public void unlock(long userId) {
		requireExists(userId);
		accounts.saveLoginState(userId, LoginState.CLEAR, clock.instant());
	}

	/**
	 * Deactivates the account and revokes its tokens at once; it can no longer sign in. Accounts are never deleted:
	 * cases and audit rows keep pointing to them.
	 *
	 * @throws NotFoundException if there is no such user
	 */
	public void deactivate(long userId) {
		requireExists(userId);
		accounts.deactivate(userId, clock.instant());
		tokens.revokeAll(userId);
	}

	private void requireExists(long userId) {
		if (accounts.byId(userId).isEmpty()) {
			throw new NotFoundException("No user has the id " + userId + ".");
		}
	}
}
