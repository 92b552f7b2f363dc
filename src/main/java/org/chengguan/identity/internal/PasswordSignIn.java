package org.chengguan.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.chengguan.platform.UnauthenticatedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in by username and password (密码登录). A failure says only that the username or password is wrong, never
 * which, and takes about as long either way; repeated failures lock the account ({@link LockoutPolicy}). Every
 * attempt is audited.
 */
@Service
public class PasswordSignIn {

	public static final String WRONG_CREDENTIALS = "The username or password is wrong.";

	private final UserAccounts accounts;

	private final AccessTokens tokens;

	private final LockoutPolicy lockout;

	private final PasswordEncoder encoder;

	private final SignInAudit audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/** Checked against when there is no hash to check, so that an unknown user costs one bcrypt like a known one. */
	private final String decoyHash;

	PasswordSignIn(UserAccounts accounts, AccessTokens tokens, LockoutPolicy lockout, PasswordEncoder encoder,
			SignInAudit audit, TransactionTemplate transaction, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.lockout = lockout;
		this.encoder = encoder;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
		this.decoyHash = encoder.encode(UUID.randomUUID().toString());
	}

	/**
	 * @throws UnauthenticatedException for an unknown user, a wrong password or a deactivated account, all alike
	 * @throws AccountLockedException while the account is locked, and for the failure that locks it
	 */
	public SignedIn signIn(String username, String password, Client client) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : accounts.byUsername(name);
		if (found.isEmpty()) {
			encoder.matches(password == null ? "" : password, decoyHash);
			audit.record(SignInMethod.PASSWORD, SignInOutcome.BAD_CREDENTIALS, username, null, null, client, "no such user");
			throw new UnauthenticatedException(WRONG_CREDENTIALS);
		}
		UserAccount account = found.get();
		LoginState state = account.loginState();
		if (lockout.isLocked(state, clock.instant())) {
			audit.record(SignInMethod.PASSWORD, SignInOutcome.LOCKED, name, null, account.id(), client,
					"locked until " + state.lockedUntil());
			throw new AccountLockedException(state.lockedUntil());
		}
		if (!passwordMatches(password, account.passwordHash())) {
			throw failed(account, client);
		}
		if (!account.active()) {
			audit.record(SignInMethod.PASSWORD, SignInOutcome.INACTIVE, name, null, account.id(), client, null);
			throw new UnauthenticatedException(WRONG_CREDENTIALS);
		}
		if (!state.equals(LoginState.CLEAR)) {
			accounts.saveLoginState(account.id(), lockout.afterSuccess(), clock.instant());
		}
		IssuedToken token = tokens.issue(account.id());
		audit.record(SignInMethod.PASSWORD, SignInOutcome.SUCCESS, name, null, account.id(), client, null);
		return new SignedIn(token, account);
	}

	private boolean passwordMatches(String password, String hash) {
		if (password == null || hash == null) {
			encoder.matches(password == null ? "" : password, decoyHash);
			return false;
		}
		return encoder.matches(password, hash);
	}

	/** Counts the failure under the account's row lock, so racing attempts all count. */
	private RuntimeException failed(UserAccount account, Client client) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LoginState[] beforeAndAfter = transaction.execute(status -> {
			LoginState before = accounts.lockLoginState(account.id()).orElse(LoginState.CLEAR);
			LoginState after = lockout.afterFailure(before, now);
			if (!after.equals(before)) {
				accounts.saveLoginState(account.id(), after, now);
			}
			return new LoginState[] { before, after };
		});
		LoginState before = beforeAndAfter[0];
		LoginState after = beforeAndAfter[1];
		if (lockout.isLocked(before, now)) {
			audit.record(SignInMethod.PASSWORD, SignInOutcome.LOCKED, account.username(), null, account.id(), client,
					"locked until " + before.lockedUntil());
			return new AccountLockedException(before.lockedUntil());
		}
		if (lockout.isLocked(after, now)) {
			audit.record(SignInMethod.PASSWORD, SignInOutcome.LOCKED_OUT, account.username(), null, account.id(), client,
					lockout.maxFailures() + " consecutive failures; locked until " + after.lockedUntil());
			return new AccountLockedException(after.lockedUntil());
		}
		audit.record(SignInMethod.PASSWORD, SignInOutcome.BAD_CREDENTIALS, account.username(), null, account.id(),
				client, "wrong password, failure " + after.failedAttempts() + " of " + lockout.maxFailures());
		return new UnauthenticatedException(WRONG_CREDENTIALS);
	}
}
