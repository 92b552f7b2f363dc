package org.chengguan.open311.internal;

import java.time.Instant;

/**
 * One of FixMyStreet's request updates: a status change of the lifecycle, named by its audit-trail row (stable),
 * with FixMyStreet's extended status, the lifecycle's own as external_status_code, and public wording only.
 */
public record UpdateView(long updateId, long serviceRequestId, String status, String externalStatusCode,
		Instant updatedDatetime, String description, String mediaUrl) {
}
