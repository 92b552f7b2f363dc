package org.chengguan.open311.internal;

import java.time.Instant;

/**
 * A service request as GeoReport v2 shows it, every field public: no reporter, no contact, a description only where
 * the reporter gave it to an Open311 client (other channels' reporters were never told their words would be
 * published, and the platform's public map shows none either), personal details in it masked.
 */
public record RequestView(long serviceRequestId, String status, String statusNotes, String serviceName,
		String serviceCode, String description, String agencyResponsible, String serviceNotice,
		Instant requestedDatetime, Instant updatedDatetime, Instant expectedDatetime, String address,
		String addressId, String zipcode, double lat, double lon, String mediaUrl) {
}
