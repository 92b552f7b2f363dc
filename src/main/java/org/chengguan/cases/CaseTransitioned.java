package org.chengguan.cases;

import java.time.Instant;

/**
 * Something happened to a case: published for every transition, after the aggregate's new state is stored. The
 * assessment's rollups, notifications and the live workbench consume it.
 */
public record CaseTransitioned(long caseId, String number, Action action, CaseStatus from, CaseStatus to,
		Instant at, long actorId, String actorRole, String categoryCode, String regionCode, String leadDepartment,
		Stage stage, Instant deadline) {
}
