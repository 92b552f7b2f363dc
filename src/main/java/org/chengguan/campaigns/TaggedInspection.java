package org.chengguan.campaigns;

import java.time.Instant;

/** A joint inspection (综合查一次) tagged as in a campaign's scope. */
public record TaggedInspection(long inspectionId, long merchantId, String regionCode, Instant visitedAt,
		int failedItems) {
}
