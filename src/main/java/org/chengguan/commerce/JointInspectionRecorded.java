package org.chengguan.commerce;

import java.time.Instant;
import java.util.List;

/**
 * A joint inspection visit (综合查一次) was recorded for a merchant: published inside the transaction that stores
 * the visit, so a listener that tags it (e.g. a campaign whose regions and period cover it) commits with it.
 *
 * @param inspectionId the visit record's id
 * @param merchantId the merchant visited
 * @param regionCode the merchant's unit grid code (the finest region it is located to; its prefixes name its
 *        community, street and district)
 * @param visitedAt when the visit took place
 * @param departmentCodes the catalogue codes of the departments whose checks were on the visit
 * @param failedItems how many checklist items failed, over all departments
 */
public record JointInspectionRecorded(long inspectionId, long merchantId, String regionCode, Instant visitedAt,
		List<String> departmentCodes, int failedItems) {

	public JointInspectionRecorded {
		departmentCodes = List.copyOf(departmentCodes);
	}
}
