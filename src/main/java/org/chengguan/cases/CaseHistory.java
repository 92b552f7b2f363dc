package org.chengguan.cases;

import java.util.List;

/**
 * A case's history as the audit trail keeps it, for modules that derive figures from it (the assessment): the facts
 * that never change, and every step with the category and lead department the case had after it.
 *
 * @param regionCode the finest region the case lies in (its grid, else community, street or district)
 * @param reporterId null for imports
 */
public record CaseHistory(long caseId, Channel channel, Long reporterId, String regionCode, List<Step> steps) {

	/** One transition and what the case was about and who handled it right after it. */
	public record Step(Transition transition, String categoryCode, String leadDepartment) {
	}
}
