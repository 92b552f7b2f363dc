package org.chengguan.engagement;

/** Where a hotline call stands. */
public enum CallState {
	/** a complaint, now a case: its progress is the case's */
	CASE_FILED,
	/** a suggestion waiting for its reply */
	AWAITING_REPLY,
	/** answered: a consultation on the spot, or a suggestion replied to */
	ANSWERED
}
