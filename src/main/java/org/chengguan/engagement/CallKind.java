package org.chengguan.engagement;

/** What a hotline (热线) call is. */
public enum CallKind {
	/** 投诉: a problem to be handled; becomes a case (channel HOTLINE). */
	COMPLAINT,
	/** 建议: recorded, and replied to later. */
	SUGGESTION,
	/** 咨询: a question answered on the spot; the call is closed at once. */
	CONSULTATION
}
