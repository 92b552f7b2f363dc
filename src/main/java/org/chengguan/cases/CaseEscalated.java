package org.chengguan.cases;

import java.time.Instant;

import java.util.List;

/**
 * A case's stage went past its deadline: escalated to the LEADERs (领导) with the narrowest scope covering its
 * region ({@code leaderIds}; empty when no leader covers it).
 */
public record CaseEscalated(long caseId, String number, String regionCode, Stage stage, Instant deadline,
		Instant at, List<Long> leaderIds) {

	public CaseEscalated {
		leaderIds = List.copyOf(leaderIds);
	}
}
