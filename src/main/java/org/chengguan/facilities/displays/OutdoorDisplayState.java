package org.chengguan.facilities.displays;

/** Where an outdoor display application (特色外摆申请) stands. */
public enum OutdoorDisplayState {

	/** 待审批. */
	PENDING,
	/** 已批准: on the public map for its period. */
	APPROVED,
	/** 未批准, with the reason. */
	REJECTED
}
