package org.chengguan.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The rules of an open day and of a registration, one by one, without a database. */
class OpenDayRulesTests {

	static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	static final Instant START = NOW.plus(Duration.ofDays(5));

	static NewOpenDay valid() {
		return new NewOpenDay("城管开放日", "介绍", START, START.plus(Duration.ofHours(2)), "指挥中心", 33.955, 116.798, null,
				30, null, null);
	}

	@Test
	void aCompleteOpenDayHasNoFaultAndItsWindowRunsFromNowToTheStart() {
		assertThat(OpenDayRules.faults(valid(), NOW)).isEmpty();
		assertThat(OpenDayRules.opens(valid(), NOW)).isEqualTo(NOW);
		assertThat(OpenDayRules.closes(valid())).isEqualTo(START);
	}

	@Test
	void refusesAnEndBeforeTheStartAndAnOpenDayAlreadyOver() {
		var backwards = new NewOpenDay("t", null, START, START.minusSeconds(60), "p", 33.9, 116.8, null, 5, null, null);
		assertThat(OpenDayRules.faults(backwards, NOW)).anyMatch(f -> f.startsWith("startsAt, endsAt:"));
		var over = new NewOpenDay("t", null, NOW.minusSeconds(7200), NOW.minusSeconds(60), "p", 33.9, 116.8, null, 5,
				NOW.minusSeconds(9000), NOW.minusSeconds(7200));
		assertThat(OpenDayRules.faults(over, NOW)).containsExactly("endsAt: an open day is created before it ends");
	}

	@Test
	void refusesARegistrationWindowClosingAfterTheEnd() {
		var late = new NewOpenDay("t", null, START, START.plusSeconds(3600), "p", 33.9, 116.8, null, 5, null,
				START.plusSeconds(7200));
		assertThat(OpenDayRules.faults(late, NOW)).singleElement()
			.satisfies(f -> assertThat(f).startsWith("registrationOpensAt, registrationClosesAt:"));
	}

	@Test
	void refusesACapacityOutside1To10000AndAnUnknownCoordinateSystem() {
		var none = new NewOpenDay("t", null, START, START.plusSeconds(3600), "p", 33.9, 116.8, "mars", 0, null, null);
		assertThat(OpenDayRules.faults(none, NOW)).containsExactly("capacity: 1 to 10000 people",
				"crs: wgs84, gcj02 or bd09");
	}

	@Test
	void aRegistrationNeedsANameAMainlandMobileAndAPartyOf1To5() {
		assertThat(OpenDayRules.faults(new NewRegistration("王", "138 0000 0001", null, 5))).isEmpty();
		assertThat(OpenDayRules.faults(new NewRegistration(" ", "02112345678", "x".repeat(101), 6)))
			.containsExactly("name", "phone", "organisation", "partySize");
		assertThat(OpenDayRules.faults(new NewRegistration("王", "+8613800000001", null, 0))).containsExactly("partySize");
	}
}
