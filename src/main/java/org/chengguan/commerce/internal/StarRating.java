package org.chengguan.commerce.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A merchant's computed stars (星级) in a closed period, with the reasons that explain the score.
 *
 * @param reasons each rule that applied: how often and how many points it gave
 */
public record StarRating(long periodId, String periodName, LocalDate startsOn, LocalDate endsOn, long merchantId,
		String merchantName, int score, int stars, List<Reason> reasons) {

	public StarRating {
		reasons = List.copyOf(reasons);
	}

	/** One rule's part of the score. */
	public record Reason(String rule, long count, int points) {
	}
}
