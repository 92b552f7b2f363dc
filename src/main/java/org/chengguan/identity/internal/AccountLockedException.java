package org.chengguan.identity.internal;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The account is locked after repeated failed passwords: a 423 problem with {@code lockedUntil}. */
public class AccountLockedException extends ErrorResponseException {

	private final Instant lockedUntil;

	public AccountLockedException(Instant lockedUntil) {
		super(HttpStatus.LOCKED, problem(lockedUntil), null);
		this.lockedUntil = lockedUntil;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	private static ProblemDetail problem(Instant lockedUntil) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.LOCKED, "The account is locked after repeated "
				+ "failed sign-ins until " + lockedUntil + "; try again then, or ask an administrator to unlock it.");
		problem.setTitle("Account locked");
		problem.setProperty("lockedUntil", lockedUntil.toString());
		return problem;
	}
}
