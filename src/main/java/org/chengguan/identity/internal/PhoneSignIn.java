package org.chengguan.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.chengguan.identity.OneTimeCodeSender;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnauthenticatedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citizens' sign-in by phone and one-time code (短信验证码登录); the first sign-in of a phone creates its citizen
 * account. Codes follow {@link OneTimeCodePolicy}; every request and attempt is audited.
 */
@Service
public class PhoneSignIn {

	public static final String BAD_CODE = "The code is wrong, expired or used up; ask for a new one.";

	private final OneTimeCodes codes;

	private final OneTimeCodePolicy policy;

	private final OneTimeCodeSender sender;

	private final UserAccounts accounts;

	private final UserRegistration registration;

	private final AccessTokens tokens;

	private final LockoutPolicy lockout;

	private final SignInAudit audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PhoneSignIn(OneTimeCodes codes, OneTimeCodePolicy policy, OneTimeCodeSender sender, UserAccounts accounts,
			UserRegistration registration, AccessTokens tokens, LockoutPolicy lockout, SignInAudit audit,
			TransactionTemplate transaction, Clock clock) {
		this.codes = codes;
		this.policy = policy;
		this.sender = sender;
		this.accounts = accounts;
		this.registration = registration;
		this.tokens = tokens;
		this.lockout = lockout;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Where a code went (masked) and until when it is valid. */
	public record CodeSent(String sentTo, Instant expiresAt) {
	}

	/**
	 * Sends a new code to the phone, replacing any earlier one.
	 *
	 * @throws InvalidInputException if the text is no mainland mobile number
	 * @throws CodeRequestedTooSoonException if the phone had a code less than {@code resendAfter} ago
	 */
	public CodeSent requestCode(String phoneText, Client client) {
		PhoneNumber phone = parse(phoneText);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String code = OneTimeCodes.newCode();
		Instant expiresAt = policy.expiresAt(now);
		Long userId = accounts.byPhone(phone.value()).map(UserAccount::id).orElse(null);
		if (!codes.replaceUnlessSentSince(phone.value(), code, now, expiresAt, now.minus(policy.resendAfter()))) {
			Duration wait = codes.find(phone.value())
				.flatMap(c -> policy.waitBeforeResend(c.sentAt(), now))
				.orElse(Duration.ofSeconds(1));
			audit.record(SignInMethod.PHONE_CODE, SignInOutcome.CODE_RATE_LIMITED, null, phone.value(), userId, client,
					"asked again " + (policy.resendAfter().minus(wait).toSeconds()) + " s after the last code");
			throw new CodeRequestedTooSoonException(wait);
		}
		sender.send(phone.value(), code);
		audit.record(SignInMethod.PHONE_CODE, SignInOutcome.CODE_SENT, null, phone.value(), userId, client, null);
		return new CodeSent(phone.masked(), expiresAt);
	}

	/**
	 * Signs in with the phone's current code, creating the citizen account on a phone's first sign-in.
	 *
	 * @throws UnauthenticatedException for a bad code, a staff phone or a deactivated account
	 * @throws AccountLockedException while the account is locked
	 */
	public SignedIn signIn(String phoneText, String code, Client client) {
		PhoneNumber phone = parse(phoneText);
		Optional<UserAccount> existing = accounts.byPhone(phone.value());
		Long userId = existing.map(UserAccount::id).orElse(null);
		if (existing.isPresent() && lockout.isLocked(existing.get().loginState(), clock.instant())) {
			Instant until = existing.get().loginState().lockedUntil();
			audit.record(SignInMethod.PHONE_CODE, SignInOutcome.LOCKED, null, phone.value(), userId, client,
					"locked until " + until);
			throw new AccountLockedException(until);
		}
		Optional<OneTimeCodePolicy.Rejection> rejection = checkCode(phone, code);
		if (rejection.isPresent()) {
			audit.record(SignInMethod.PHONE_CODE, SignInOutcome.BAD_CODE, null, phone.value(), userId, client,
					rejection.get().reason());
			throw new UnauthenticatedException(BAD_CODE);
		}
		UserAccount account = existing.orElseGet(() -> registration.registerCitizen(phone));
		if (!account.isCitizenOnly()) {
			audit.record(SignInMethod.PHONE_CODE, SignInOutcome.NOT_A_CITIZEN, account.username(), phone.value(),
					account.id(), client, null);
			throw new UnauthenticatedException(
					"Sign-in by phone and code is for citizens; staff sign in with username and password.");
		}
		if (!account.active()) {
			audit.record(SignInMethod.PHONE_CODE, SignInOutcome.INACTIVE, account.username(), phone.value(),
					account.id(), client, null);
			throw new UnauthenticatedException("This phone's account is deactivated; it cannot sign in.");
		}
		if (!account.loginState().equals(LoginState.CLEAR)) {
			accounts.saveLoginState(account.id(), lockout.afterSuccess(), clock.instant());
		}
		IssuedToken token = tokens.issue(account.id());
		audit.record(SignInMethod.PHONE_CODE, SignInOutcome.SUCCESS, account.username(), phone.value(), account.id(),
				client, existing.isEmpty() ? "first sign-in: citizen account created" : null);
		return new SignedIn(token, account);
	}

	/** Checks the code under its row lock: a wrong code counts a try, the right one is used up. */
	private Optional<OneTimeCodePolicy.Rejection> checkCode(PhoneNumber phone, String code) {
		return transaction.execute(status -> {
			Instant now = clock.instant();
			Optional<OneTimeCodePolicy.Rejection> rejection = policy.rejection(codes.lock(phone.value()), code, now);
			if (rejection.isEmpty()) {
				codes.markUsed(phone.value(), now);
			}
			else if (rejection.get() == OneTimeCodePolicy.Rejection.WRONG) {
				codes.countTry(phone.value());
			}
			return rejection;
		});
	}

	private static PhoneNumber parse(String text) {
		return PhoneNumber.parse(text).orElseThrow(() -> new InvalidInputException(
				"phone: a mainland mobile number of 11 digits, 1[3-9] then 9 more (e.g. 13800000001); was '" + text + "'",
				List.of("phone: not a mainland mobile number")));
	}
}
