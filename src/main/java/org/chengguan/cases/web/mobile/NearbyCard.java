package org.chengguan.cases.web.mobile;

import org.chengguan.cases.CaseStatus;

/**
 * An open case on the public "nearby" map: category, status, how far and since when — no reporter, no description,
 * no photos, no number.
 */
public record NearbyCard(Picture picture, String categoryName, CaseStatus status, long distanceMetres,
		String reportedAt, double lat, double lon) {

	/** The badge colour of the status, as in "my reports". */
	public String tone() {
		return ReportCard.toneOf(status);
	}
}
