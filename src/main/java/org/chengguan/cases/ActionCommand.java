package org.chengguan.cases;

import java.math.BigDecimal;
import java.util.List;

import org.chengguan.worktime.TimeLimitUnit;

/**
 * What an action on a case may carry; each action reads the fields it needs. {@code expectedVersion}, when given,
 * must equal the case's current version (else 409): the client's guard against acting on a stale view.
 */
public record ActionCommand(String comment, String departmentCode, List<String> assistingDepartmentCodes,
		List<String> photoIds, Satisfaction satisfaction, Integer expectedVersion, Boolean approved,
		String categoryCode, BigDecimal extensionAmount, TimeLimitUnit extensionUnit, Long masterCaseId) {

	public ActionCommand {
		assistingDepartmentCodes = assistingDepartmentCodes == null ? List.of() : List.copyOf(assistingDepartmentCodes);
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
	}

	public static ActionCommand comment(String comment) {
		return new ActionCommand(comment, null, null, null, null, null, null, null, null, null, null);
	}

	boolean isApproved() {
		return approved == null || approved;
	}
}
