package org.chengguan.facilities.stalls;

import java.util.Optional;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;

/**
 * Who decides a pitch application: an officer (社区城管队员) of the area's street. Stall areas are set up and run
 * by the street (街道), and its officers are those scoped to the street itself or to one of its communities, so an
 * officer decides for every area of the street their scope lies in (or, scoped to a district or the city, every
 * area under it). Returns the reason for a refusal (a 403 problem), or empty when the actor may decide.
 */
public final class PitchDeciders {

	/** Region codes: district 6 digits, street 9, community 12. */
	private static final int STREET_CODE_LENGTH = 9;

	private PitchDeciders() {
	}

	static Optional<String> refusal(Actor actor, StallArea area) {
		return refusal(actor, area.streetCode(), "a pitch application", "the area " + area.name());
	}

	/**
	 * The same rule for anything that belongs to a street: a vendor registration (the street registered in), an
	 * outdoor display application (the street of the shop).
	 *
	 * @param what what is decided, for the message ("a vendor registration")
	 * @param whose what lies in the street, for the message ("the area 某摊群点")
	 */
	public static Optional<String> refusal(Actor actor, String streetCode, String what, String whose) {
		if (!actor.has(Role.OFFICER)) {
			return Optional.of("deciding " + what + " needs the role OFFICER (社区城管队员)");
		}
		String prefix = streetPrefix(actor);
		if (prefix == null || streetCode == null || !streetCode.startsWith(prefix)) {
			return Optional.of(whose + " (street " + streetCode + ") lies outside the street of this officer's scope "
					+ actor.scopeRegionCode());
		}
		return Optional.empty();
	}

	/**
	 * The code every street the officer decides for starts with: the scope cut to its street (a community officer
	 * decides for the community's street); null for users without a scope or without the role.
	 */
	public static String streetPrefix(Actor actor) {
		String scope = actor.scopeRegionCode();
		if (!actor.has(Role.OFFICER) || scope == null) {
			return null;
		}
		return scope.length() > STREET_CODE_LENGTH ? scope.substring(0, STREET_CODE_LENGTH) : scope;
	}
}
