package org.chengguan.open311.internal;

import org.chengguan.cases.CaseStatus;

/**
 * The one place where the lifecycle's states (DOMAIN.md §1) meet Open311's: GeoReport v2's {@code open} or
 * {@code closed}, and FixMyStreet's extended statuses of {@code servicerequestupdates}. Open is what the platform
 * itself counts as open ({@link CaseStatus#isOpen()}): a case checked on site but not yet closed (结案) is still
 * open. The switch has no default, so a new lifecycle state does not compile until it is mapped here.
 */
public final class StatusMapping {

	/** FixMyStreet's statuses that this platform uses (it never sends CLOSED or NOT_COUNCILS_RESPONSIBILITY). */
	public enum Extended {
		OPEN, INVESTIGATING, ACTION_SCHEDULED, IN_PROGRESS, FIXED, DUPLICATE, NO_FURTHER_ACTION
	}

	private StatusMapping() {
	}

	/** GeoReport v2's status: {@code open} while the case is worked on, {@code closed} once it ended. */
	public static String open311(CaseStatus status) {
		return status.isOpen() ? "open" : "closed";
	}

	/**
	 * FixMyStreet's status. 不予立案 (VOIDED) is NO_FURTHER_ACTION rather than NOT_COUNCILS_RESPONSIBILITY: its reason
	 * is free text, which may say "not ours" or "not a problem", and the platform cannot tell which.
	 */
	public static Extended extended(CaseStatus status) {
		return switch (status) {
			case REPORTED -> Extended.OPEN; // 上报: received, not yet verified on site
			case VERIFIED -> Extended.INVESTIGATING; // 已核实: real, being assessed for filing
			case FILED -> Extended.ACTION_SCHEDULED; // 已立案: accepted, waiting for dispatch
			case DISPATCHED -> Extended.IN_PROGRESS; // 已派遣: a department is handling it
			case SHELVED -> Extended.ACTION_SCHEDULED; // 挂账: cannot be solved now, kept on the plan
			case HANDLED -> Extended.IN_PROGRESS; // 处置完成: waiting for the on-site check
			case CHECKED -> Extended.IN_PROGRESS; // 核查通过: waiting to be closed
			case CLOSED -> Extended.FIXED; // 已结案
			case ANSWERED -> Extended.FIXED; // 已回访
			case VOIDED -> Extended.NO_FURTHER_ACTION; // 不予立案
			case DUPLICATE -> Extended.DUPLICATE; // 重复: followed through its master case
		};
	}
}
