package org.chengguan.facilities.stalls;

/** Where a pitch application (摊位申请) stands. Only a pending one can change; the others are final. */
public enum PitchApplicationState {

	/** 待审批: waiting for an officer of the area's street. */
	PENDING,
	/** 已批准: a pitch is given for the period. */
	APPROVED,
	/** 未批准: refused, with the reason. */
	REJECTED,
	/** 已撤回: withdrawn by the applicant before a decision. */
	WITHDRAWN
}
