package org.chengguan.cases.web.workbench;

import java.math.BigDecimal;
import java.util.List;

import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Satisfaction;
import org.chengguan.worktime.TimeLimitUnit;

/**
 * What an action form on the case page posts; each action reads the fields it needs. {@code expectedVersion} is the
 * version the page showed, so an action on a case someone changed meanwhile is refused (409) instead of applied to a
 * state its actor never saw. {@code master} is the master case's number or id; {@code back} where to return to.
 */
record ActionForm(Integer expectedVersion, String comment, String departmentCode, List<String> assisting,
		String categoryCode, BigDecimal extensionAmount, TimeLimitUnit extensionUnit, Boolean approved,
		Satisfaction satisfaction, String master, List<String> photoIds, String back) {

	ActionForm {
		comment = blankToNull(comment);
		departmentCode = blankToNull(departmentCode);
		categoryCode = blankToNull(categoryCode);
		master = blankToNull(master);
		assisting = assisting == null ? List.of()
				: assisting.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
		photoIds = photoIds == null ? List.of() : photoIds.stream().filter(s -> s != null && !s.isBlank()).toList();
	}

	ActionCommand command(List<String> photos, Long masterCaseId) {
		return new ActionCommand(comment, departmentCode, assisting, photos, satisfaction, expectedVersion, approved,
				categoryCode, extensionAmount, extensionUnit, masterCaseId);
	}

	/** Where to go after a success: back to the department's list when the form came from it. */
	String returnTo(long caseId, String action) {
		if ("department".equals(back)) {
			return "/department?done=" + action;
		}
		return "/cases/" + caseId + "?done=" + action;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
