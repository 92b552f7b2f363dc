package org.chengguan.identity.internal;

/** What became of a sign-in attempt or another audited event of an account's access (登录审计结果). */
public enum SignInOutcome {

	/** Signed in; a token was issued. */
	SUCCESS,
	/** Unknown user or wrong password (the answer does not say which). */
	BAD_CREDENTIALS,
	/** A wrong password that reached the failure limit and locked the account. */
	LOCKED_OUT,
	/** Refused because the account is locked, whatever the password. */
	LOCKED,
	/** Refused because the account is deactivated. */
	INACTIVE,
	/** A one-time code that is wrong, expired, used, or out of tries, or none was sent. */
	BAD_CODE,
	/** A right code for a phone that belongs to a staff account, which signs in by password only. */
	NOT_A_CITIZEN,
	/** A one-time code was sent. */
	CODE_SENT,
	/** A code was asked for again too soon. */
	CODE_RATE_LIMITED,
	/** The token was revoked by signing out. */
	SIGNED_OUT
}
