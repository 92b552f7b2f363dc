package org.chengguan.citizens;

/** What a notification (通知) tells a citizen about a case they follow. */
public enum NotificationKind {
	/** 立案: the report was filed as a case. */
	FILED,
	/** 不予立案: the report was refused, with the reason. */
	VOIDED,
	/** 派遣: the case went to a department. */
	DISPATCHED,
	/** 处置完成: the department reports it handled; the on-site check comes next. */
	HANDLED,
	/** 结案: the case was closed (told to those who follow it but cannot rate it). */
	CLOSED,
	/** 回访: the case was closed and its reporter is asked to rate the result. */
	RATE_REQUEST,
	/** 重新处置: rated 不满意, the case went back to the community team. */
	REOPENED,
	/** 重复: the report was linked to an open case of the same problem, whose progress the reporter now follows. */
	DUPLICATE
}
