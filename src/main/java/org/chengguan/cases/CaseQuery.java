package org.chengguan.cases;

import java.util.Set;

/**
 * Filters for the case list; null means "any". {@code regionCode} matches a region at any level by code prefix.
 * {@code reporterId} and {@code department} are set by the service to narrow the list to what the caller may see.
 */
public record CaseQuery(Set<CaseStatus> statuses, String regionCode, String categoryCode, Boolean overdue,
		Long reporterId, String department, int page, int size) {
}
