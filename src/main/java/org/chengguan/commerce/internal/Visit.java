package org.chengguan.commerce.internal;

import java.time.Instant;
import java.util.List;

/**
 * A joint visit (联合检查记录) to a merchant and each checked item's result.
 *
 * @param complaintRef the case that demanded the visit ({@code case:<id>}); null for a routine visit
 */
public record Visit(long id, long merchantId, Long planId, Instant visitedAt, long recordedBy, String complaintRef,
		String note, String regionCode, List<Result> results) {

	/** One item's result: passed or failed, the note, the photos and the case it opened. */
	public record Result(String itemCode, String bodyCode, boolean passed, String note, List<String> photoIds,
			Long caseId) {
	}

	public long failedItems() {
		return results.stream().filter(r -> !r.passed()).count();
	}

	public List<String> bodyCodes() {
		return results.stream().map(Result::bodyCode).distinct().toList();
	}
}
