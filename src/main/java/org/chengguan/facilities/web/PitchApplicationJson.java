package org.chengguan.facilities.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.stalls.PitchApplication;
import org.chengguan.facilities.stalls.PitchApplicationState;
import org.chengguan.facilities.stalls.PitchStep;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;

/**
 * A pitch application as the API serves it — only to its applicant and to the officers who decide it, so the
 * applicant's name and phone are given in full. {@code steps} only on a single application.
 */
record PitchApplicationJson(long id, int version, long facilityId, String facilityName, FacilityType facilityType,
		String streetCode, String communityCode, long applicantId, String applicantName, String contactPhone,
		List<String> goods, LocalDate from, LocalDate to, Integer preferredPitch, PitchApplicationState state,
		Integer pitch, String reason, Instant appliedAt, Long decidedBy, String decidedByName, Instant decidedAt,
		List<StepJson> steps, VendorSummary vendor) {

	/**
	 * The applicant's vendor registration (摊贩登记) as the deciding officers see it: the phone and the ID card number
	 * masked. Only in the officers' answers.
	 */
	record VendorSummary(long id, String name, String maskedPhone, String maskedIdNumber, List<String> goods,
			String state) {

		static VendorSummary of(org.chengguan.facilities.stalls.VendorRegistration v) {
			return v == null ? null
					: new VendorSummary(v.id(), v.name(), v.maskedPhone(), v.maskedIdNumber(), v.goods(), v.state().name());
		}
	}

	/** The same answer with the applicant's registration, for the officers who decide. */
	PitchApplicationJson withVendor(VendorSummary summary) {
		return new PitchApplicationJson(id, version, facilityId, facilityName, facilityType, streetCode, communityCode,
				applicantId, applicantName, contactPhone, goods, from, to, preferredPitch, state, pitch, reason, appliedAt,
				decidedBy, decidedByName, decidedAt, steps, summary);
	}

	record StepJson(PitchStep.Action action, long actorId, String actorName, Role role, Instant at, Integer pitch,
			String reason) {
	}

	/**
	 * @param names display names by user id (identity's), looked up once per user
	 */
	static PitchApplicationJson of(PitchApplication a, List<PitchStep> steps, LongFunction<String> names) {
		return new PitchApplicationJson(a.id(), a.version(), a.area().id(), a.area().name(), a.area().type(),
				a.area().streetCode(), a.area().communityCode(), a.applicantId(), names.apply(a.applicantId()),
				a.contactPhone(), a.goods(), a.from(), a.to(), a.preferredPitch(), a.state(), a.pitch(), a.reason(),
				a.appliedAt(), a.decidedBy(), a.decidedBy() == null ? null : names.apply(a.decidedBy()), a.decidedAt(),
				steps == null ? null : steps.stream()
					.map(s -> new StepJson(s.action(), s.actorId(), names.apply(s.actorId()), s.role(), s.at(), s.pitch(),
							s.reason()))
					.toList(), null);
	}

	/** A name lookup that asks identity once per user id. */
	static LongFunction<String> names(Actors actors) {
		Map<Long, String> seen = new HashMap<>();
		return id -> seen.computeIfAbsent(id, key -> actors.byId(key).map(Actor::displayName).orElse(null));
	}
}
