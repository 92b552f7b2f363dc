package org.chengguan.cases;

import java.time.Instant;

/**
 * A case's stage went past its deadline: escalated to the LEADER (领导) of its region, whom the notification side
 * finds by the region code.
 */
public record CaseEscalated(long caseId, String number, String regionCode, Stage stage, Instant deadline,
		Instant at) {
}
