package org.chengguan.cases;

import java.util.Map;

/**
 * The workbench's counts: open cases per status (closed, answered, voided and duplicate ones are not counted), how
 * many are overdue, how many wait for a decision on a request.
 */
public record QueueCounts(Map<CaseStatus, Long> byStatus, long overdue, long pendingRequests) {

	public QueueCounts {
		byStatus = Map.copyOf(byStatus);
	}

	public long of(CaseStatus status) {
		return byStatus.getOrDefault(status, 0L);
	}
}
