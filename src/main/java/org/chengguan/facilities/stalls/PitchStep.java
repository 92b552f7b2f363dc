package org.chengguan.facilities.stalls;

import java.time.Instant;

import org.chengguan.identity.Role;

/**
 * One step of a pitch application, as recorded for the audit: who did what, in which role, when.
 *
 * @param pitch the pitch given, on {@link Action#APPROVED}
 * @param reason the reason, on {@link Action#REJECTED}
 */
public record PitchStep(Action action, long actorId, Role role, Instant at, Integer pitch, String reason) {

	/** What happened to the application. */
	public enum Action {
		APPLIED, APPROVED, REJECTED, WITHDRAWN
	}
}
