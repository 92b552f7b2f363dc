package org.chengguan.facilities.stalls;

/** Where a vendor registration (摊贩登记) stands. */
public enum VendorState {

	/** 待核验: waiting for an officer of the street. */
	PENDING,
	/** 已核验: the vendor may apply for pitches. */
	VERIFIED,
	/** 未通过: rejected with a reason; the vendor may correct it and submit it again. */
	REJECTED
}
