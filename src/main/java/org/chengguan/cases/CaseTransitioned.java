package org.chengguan.cases;

import java.time.Instant;

/**
 * Something happened to a case: published for every transition, inside the transaction that stores it (a
 * synchronous listener writes in the same transaction, so an outbox row and the transition commit or fail
 * together). The assessment's rollups, notifications and the live workbench consume it.
 *
 * @param reporterId the user who reported the case (null for imports); the citizens module also tells the
 *        reporters of its duplicates ({@link CaseManagement#followersOf})
 * @param comment the actor's comment, e.g. the reason a case was voided
 * @param channel how the case came in: only citizens' channels are answered back
 */
public record CaseTransitioned(long caseId, String number, Action action, CaseStatus from, CaseStatus to,
		Instant at, long actorId, String actorRole, String categoryCode, String regionCode, String leadDepartment,
		Stage stage, Instant deadline, Long reporterId, String comment, Channel channel) {
}
