package org.chengguan.cases;

/** The stage whose clock is running, each with its own time limit (DOMAIN.md §1). */
public enum Stage {
	/** 核实 */
	VERIFY,
	/** 立案 */
	FILE,
	/** 派遣 */
	DISPATCH,
	/** 处置: limit from the category */
	HANDLE,
	/** 核查 */
	CHECK,
	/** 结案 */
	CLOSE,
	/** 回访 */
	ANSWER_BACK,
	/** no clock: final, shelved or duplicate */
	NONE
}
