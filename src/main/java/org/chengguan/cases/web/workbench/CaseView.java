package org.chengguan.cases.web.workbench;

import java.util.List;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.PendingRequest;
import org.chengguan.cases.Satisfaction;
import org.chengguan.cases.Stage;

/**
 * The case page's model. {@code full} is false for someone who may see only the public part (another citizen):
 * then {@link #handling}, {@link #people}, the photos, the timeline and the actions are empty, and the description
 * is left out too, as on the public "nearby" map.
 */
record CaseView(long id, String number, int version, boolean full, CaseStatus status, String categoryCode,
		String category, String description, Where where, String reportedAt, Channel channel, Stage stage,
		Countdown deadline, Handling handling, People people, Photos photos, List<Entry> timeline, List<Action> actions,
		Master master, About about) {

	/**
	 * What the case is about besides its place (关于设施): the kind (for the label), the reference and the name, null
	 * when the module that keeps the thing no longer knows it. Public: shown to every viewer.
	 */
	record About(String kind, String reference, String name) {
	}

	/** Where the case lies, with the codes the map draws. */
	record Where(double lat, double lon, String district, String street, String community, String gridCode,
			String communityCode, String streetCode) {
	}

	/** Who handles it and how it stands: departments, requests, counters, the citizen's rating. */
	record Handling(String proposedDepartmentCode, String proposedDepartment, String leadDepartment,
			List<String> assistingDepartments, boolean communityTeam, PendingRequest pending, String extensionAmount,
			String extensionUnit, boolean supervised, int rework, int returns, int extensions, int reopens, int urges,
			Satisfaction satisfaction, String closedAt) {
	}

	/** Personal data, shown to those who see the case in full; the phone masked unless the viewer calls back. */
	record People(String reporter, boolean reporterIsViewer, String contactName, String contactPhone) {
	}

	/** Photos by step: before (the report), after (the handling), and the on-site check's. */
	record Photos(List<String> before, List<String> after, List<String> check) {

		public boolean any() {
			return !before.isEmpty() || !after.isEmpty() || !check.isEmpty();
		}
	}

	/** One line of the timeline: who (role in words and name), when, what, why, with which photos. */
	record Entry(String at, String role, String actor, Action action, CaseStatus from, CaseStatus to, String comment,
			String detail, List<String> photos) {

		public boolean moved() {
			return to != null && to != from;
		}
	}

	/** The case a duplicate's reporter now follows. */
	record Master(long id, String number, CaseStatus status) {
	}

	public boolean can(String actionPath) {
		return actions.stream().anyMatch(a -> a.path().equals(actionPath));
	}
}
