package org.chengguan.cases;

/** The citizen's rating in the answer back (回访). */
public enum Satisfaction {
	/** 满意 */
	SATISFIED,
	/** 基本满意 */
	BASICALLY_SATISFIED,
	/** 不满意: reopens the case to the community team */
	UNSATISFIED
}
