package org.chengguan.facilities.stalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.OpeningHours;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.junit.jupiter.api.Test;

class PitchDecidersTests {

	static final StallArea AREA = new StallArea(1, "相南测试摊群点", FacilityType.STALL_AREA, "340603001", "340603001006",
			OpeningHours.ALWAYS, 10, List.of("蔬菜"));

	static Actor actor(Role role, String scope) {
		return new Actor(5, "u", "用户", Set.of(role), scope, null, Set.of());
	}

	@Test
	void anOfficerOfTheStreetOrOfAnyOfItsCommunitiesDecides() {
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, "340603001006"), AREA)).as("the area's community").isEmpty();
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, "340603001002"), AREA)).as("another community of the street")
			.isEmpty();
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, "340603001"), AREA)).as("the street").isEmpty();
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, "340603"), AREA)).as("the district").isEmpty();
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, "3406"), AREA)).as("the city").isEmpty();
	}

	@Test
	void refusesOfficersOfOtherStreetsAndOtherRoles() {
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, "340603002"), AREA)).get().asString()
			.contains("outside the street");
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, "340603002001"), AREA)).isPresent();
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, "340604"), AREA)).isPresent();
		assertThat(PitchDeciders.refusal(actor(Role.SHIFT_LEADER, "340603001"), AREA)).get().asString().contains("OFFICER");
		assertThat(PitchDeciders.refusal(actor(Role.CITIZEN, null), AREA)).isPresent();
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, null), AREA)).isPresent();
		StallArea outside = new StallArea(2, "城外", FacilityType.STALL_AREA, null, null, OpeningHours.ALWAYS, 3, List.of());
		assertThat(PitchDeciders.refusal(actor(Role.OFFICER, "3406"), outside)).isPresent();
	}

	@Test
	void aCommunityOfficersListCoversTheirWholeStreet() {
		assertThat(PitchDeciders.streetPrefix(actor(Role.OFFICER, "340603001006"))).isEqualTo("340603001");
		assertThat(PitchDeciders.streetPrefix(actor(Role.OFFICER, "340603"))).isEqualTo("340603");
		assertThat(PitchDeciders.streetPrefix(actor(Role.LEADER, "340603"))).isNull();
	}
}
