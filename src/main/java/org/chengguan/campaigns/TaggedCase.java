package org.chengguan.campaigns;

import java.time.Instant;

/** A case tagged as in a campaign's scope: public facts only (no reporter, no contact, no description). */
public record TaggedCase(long caseId, String number, String categoryCode, String regionCode, Instant reportedAt,
		String status) {
}
