package org.chengguan.facilities.stalls;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A pitch application was approved or rejected (published in the deciding transaction). For whoever tells the
 * applicant (the citizens module's notifications) and for commerce's pitch calendar.
 *
 * @param state {@link PitchApplicationState#APPROVED} or {@link PitchApplicationState#REJECTED}
 * @param pitch the pitch given, when approved
 * @param reason the reason, when rejected
 * @param decidedBy the officer's user id
 */
public record PitchApplicationDecided(long applicationId, long facilityId, String facilityName, long applicantId,
		PitchApplicationState state, Integer pitch, LocalDate from, LocalDate to, String reason, long decidedBy,
		Instant decidedAt) {
}
