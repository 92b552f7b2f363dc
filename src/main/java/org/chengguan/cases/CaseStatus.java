package org.chengguan.cases;

/** Where a case stands in the lifecycle of DOMAIN.md §1. */
public enum CaseStatus {

	/** 上报: reported, waiting for an inspector's verification (核实). */
	REPORTED,
	/** 已核实: real and correctly categorised, waiting to be filed (立案). Inspector reports start here. */
	VERIFIED,
	/** 不予立案: refused at filing, with a reason. Final. */
	VOIDED,
	/** 已立案: filed, waiting for dispatch (派遣) — also where an approved return (回退) puts it. */
	FILED,
	/** 已派遣: a department (or the community team, after a reopening) is handling it (处置). */
	DISPATCHED,
	/** 挂账: cannot be solved now; its clock is stopped and it leaves the on-time denominators. */
	SHELVED,
	/** 处置完成: handled, waiting for the on-site check (核查). */
	HANDLED,
	/** 核查通过: checked on site, waiting to be closed (结案). */
	CHECKED,
	/** 已结案: closed; a citizen's case waits for the answer back (回访). */
	CLOSED,
	/** 已回访: closed and answered back 满意 or 基本满意. Final. */
	ANSWERED,
	/** 重复: linked to a master case, whose progress its reporter follows. */
	DUPLICATE;

	/** Still being worked on: counts as open in queues and indicators. */
	public boolean isOpen() {
		return this != VOIDED && this != CLOSED && this != ANSWERED && this != DUPLICATE;
	}
}
