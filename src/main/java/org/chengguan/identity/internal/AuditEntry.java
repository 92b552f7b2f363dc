package org.chengguan.identity.internal;

import java.time.Instant;

/**
 * One row of the sign-in audit.
 *
 * @param username the name given, whether or not such a user exists
 * @param phoneMasked the phone given, masked ({@code 138****0001})
 * @param userId the account's id when one was identified
 * @param detail what happened beyond the outcome, e.g. until when the account was locked
 */
public record AuditEntry(long id, Instant at, SignInMethod method, SignInOutcome outcome, String username,
		String phoneMasked, Long userId, String remoteAddress, String userAgent, String detail) {
}
