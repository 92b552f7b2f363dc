package org.chengguan.cases;

import java.util.Set;

/**
 * Filters for the case list; null means "any". {@code regionCode} matches a region at any level by code prefix.
 * {@code reporterId} and {@code department} are set by the service to narrow the list to what the caller may see.
 */
public record CaseQuery(Set<CaseStatus> statuses, String regionCode, String categoryCode, Boolean overdue,
		Long reporterId, String department, Sort sort, int page, int size) {

	/** Newest reports first, or the nearest deadline first (queues and task lists). */
	public enum Sort {
		NEWEST, DEADLINE
	}

	public CaseQuery {
		sort = sort == null ? Sort.NEWEST : sort;
	}

	public static CaseQuery of(Set<CaseStatus> statuses, int page, int size) {
		return new CaseQuery(statuses, null, null, null, null, null, Sort.NEWEST, page, size);
	}

	public CaseQuery sortedBy(Sort order) {
		return new CaseQuery(statuses, regionCode, categoryCode, overdue, reporterId, department, order, page, size);
	}

	public CaseQuery inRegion(String code) {
		return new CaseQuery(statuses, code, categoryCode, overdue, reporterId, department, sort, page, size);
	}

	CaseQuery reportedBy(Long userId) {
		return new CaseQuery(statuses, regionCode, categoryCode, overdue, userId, department, sort, page, size);
	}

	CaseQuery forDepartment(String code) {
		return new CaseQuery(statuses, regionCode, categoryCode, overdue, reporterId, code, sort, page, size);
	}
}
