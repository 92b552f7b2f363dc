package org.chengguan.engagement;

import java.time.Instant;

import org.chengguan.cases.Satisfaction;

/**
 * One answer-back call (回访) to the reporter of a closed hotline case: whether they were reached, after how many
 * attempts, their satisfaction if they gave one, and whether it was recorded on the case.
 */
public record AnswerBack(long id, long callId, long caseId, long operatorId, Instant at, boolean reached,
		int attempts, Satisfaction satisfaction, String comment, boolean recordedOnCase) {
}
