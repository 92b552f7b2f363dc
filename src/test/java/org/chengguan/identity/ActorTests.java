package org.chengguan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ActorTests {

	final Actor streetLeader = new Actor(7, "shift-leader", "值班长", Set.of(Role.SHIFT_LEADER), "340603001", null,
			null);

	@Test
	void coversItsOwnRegionAndEverythingInsideIt() {
		assertThat(streetLeader.covers("340603001")).isTrue();
		assertThat(streetLeader.covers("340603001002")).isTrue();
		assertThat(streetLeader.covers("340603001002017")).isTrue();
	}

	@Test
	void doesNotCoverTheRegionAboveOrBeside() {
		assertThat(streetLeader.covers("340603")).isFalse();
		assertThat(streetLeader.covers("340603002001")).isFalse();
		assertThat(streetLeader.covers(null)).isFalse();
	}

	@Test
	void aCitizenCoversNothing() {
		var citizen = new Actor(8, "citizen", "市民", Set.of(Role.CITIZEN), null, null, null);
		assertThat(citizen.isCitizen()).isTrue();
		assertThat(citizen.covers("3406")).isFalse();
		assertThat(streetLeader.isCitizen()).isFalse();
	}

	@Test
	void knowsItsRolesAndHoldsNoNulls() {
		assertThat(streetLeader.has(Role.SHIFT_LEADER)).isTrue();
		assertThat(streetLeader.has(Role.LEADER)).isFalse();
		assertThat(streetLeader.gridCodes()).isEmpty();
	}
}
