package org.chengguan.engagement;

/** Whether a registration holds its seats. */
public enum RegistrationState {
	/** 已报名: holds its party's seats */
	REGISTERED,
	/** 已取消: its seats are free again */
	CANCELLED
}
