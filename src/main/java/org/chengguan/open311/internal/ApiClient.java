package org.chengguan.open311.internal;

import java.time.Instant;

/**
 * A client application allowed to POST requests (an app, FixMyStreet, a partner's system), known by its api_key.
 *
 * @param keyPrefix the key's first characters, to recognise it in lists; the key itself is never stored
 * @param demo the demo data's client, whose key is public: it works only while the demo data is on
 */
public record ApiClient(long id, String name, String keyPrefix, int requestsPerMinute, boolean demo,
		Instant createdAt, Long createdBy, Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
