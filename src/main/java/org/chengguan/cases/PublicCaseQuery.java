package org.chengguan.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Filters for listing every case of the city in public (Open311's GET requests): no actor narrows it, so whoever
 * shows the result shows only what is public. Null or empty means "any". {@code ids}, when given, overrides every
 * other filter. The list is ordered newest report first.
 *
 * @param reportedFrom inclusive
 * @param reportedTo inclusive
 */
public record PublicCaseQuery(List<Long> ids, Instant reportedFrom, Instant reportedTo, Set<String> categoryCodes,
		Set<CaseStatus> statuses, Box box, int offset, int limit) {

	/** A WGS-84 box; a case lies in it when its point does (edges included). */
	public record Box(double minLon, double minLat, double maxLon, double maxLat) {
	}

	public PublicCaseQuery {
		ids = ids == null ? List.of() : List.copyOf(ids);
		categoryCodes = categoryCodes == null ? Set.of() : Set.copyOf(categoryCodes);
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
	}

	public static PublicCaseQuery byIds(List<Long> ids) {
		return new PublicCaseQuery(ids, null, null, null, null, null, 0, Math.max(1, ids.size()));
	}
}
