package org.chengguan.cases.web.mobile;

import org.chengguan.cases.CaseStatus;

/**
 * One of a citizen's reports in "my reports": what, where, when, and where it stands in plain words.
 *
 * @param askedToRate whether the case waits for the reporter's rating (回访)
 * @param reportedAt the day and time, in the city's zone
 */
public record ReportCard(long id, String number, Picture picture, String categoryName, CaseStatus status,
		boolean askedToRate, String reportedAt, String description, String place) {

	/** The badge colour of the status: waiting, in progress, done or stopped. */
	public String tone() {
		return toneOf(status);
	}

	static String toneOf(CaseStatus status) {
		return switch (status) {
			case REPORTED, VERIFIED, FILED -> "waiting";
			case DISPATCHED, HANDLED, CHECKED -> "progress";
			case CLOSED, ANSWERED -> "done";
			case VOIDED, SHELVED, DUPLICATE -> "stopped";
		};
	}
}
