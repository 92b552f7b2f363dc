package org.chengguan.cases.web.workbench;

import java.time.Instant;
import java.util.List;

import org.chengguan.cases.Action;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.PendingRequest;

/** A case as one line of a queue or task list. Text is shown with {@code th:text}, escaped. */
record CaseRow(long id, String number, int version, CaseStatus status, String categoryCode, String category,
		double lat, double lon, String place, String excerpt, String reportedAt, Countdown deadline,
		PendingRequest pending, boolean supervised, int urges, int returns, String proposedDepartment,
		String leadDepartmentCode,
		String leadDepartment, boolean communityTeam, List<Action> actions) {

	private static final int EXCERPT = 40;

	static CaseRow of(Case c, Names.Lookup names, Instant now, List<Action> actions) {
		String place = c.region().communityCode() != null ? names.region(c.region().communityCode())
				: names.region(c.region().streetCode());
		String text = c.description() == null ? "" : c.description().strip();
		String excerpt = text.codePointCount(0, text.length()) <= EXCERPT ? text
				: text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
		return new CaseRow(c.id(), c.number(), c.version(), c.status(), c.categoryCode(),
				names.category(c.categoryCode()), c.location().lat(), c.location().lon(), place, excerpt,
				Countdown.format(c.reportedAt()), Countdown.of(c.clock(), now), c.pendingRequest(), c.supervised(),
				c.counters().urge(), c.counters().returns(), names.department(c.proposedDepartment()),
				c.leadDepartment(),
				names.department(c.leadDepartment()), c.communityTeam(), actions);
	}

	public boolean can(String actionPath) {
		return actions.stream().anyMatch(a -> a.path().equals(actionPath));
	}

	/** The colour class of the row: the deadline's colour, or none without a running clock. */
	public String colour() {
		return deadline == null ? "NONE" : deadline.colour().name();
	}

}
