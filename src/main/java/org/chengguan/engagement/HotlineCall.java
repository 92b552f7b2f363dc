package org.chengguan.engagement;

import java.time.Instant;

/**
 * A call to the hotline as registered. {@code callerPhone} is the full number: personal data, shown in full only on
 * the call's own screen to an operator of its region ({@link Hotline#seesPhone}); use {@link #maskedPhone()}
 * everywhere else. {@code caseId}, {@code caseNumber} and {@code caseStatus} are those of the case a complaint became.
 */
public record HotlineCall(long id, CallKind kind, CallState state, String callerName, String callerPhone,
		String content, String answer, String regionCode, long operatorId, Instant takenAt, Long repliedBy,
		Instant repliedAt, Long caseId, String caseNumber, String caseStatus, int version) {

	/** The caller's number as anyone but the operator on the call's screen sees it: {@code 138****1234}. */
	public String maskedPhone() {
		return mask(callerPhone);
	}

	/** Whether the case the complaint became is closed and waits for the answer back (回访). */
	public boolean awaitsAnswerBack() {
		return kind == CallKind.COMPLAINT && "CLOSED".equals(caseStatus);
	}

	/** Keeps the first three and the last four digits: enough to recognise a number, not to call it. */
	public static String mask(String phone) {
		if (phone == null) {
			return null;
		}
		return phone.length() < 8 ? "****" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}
}
