package org.chengguan.facilities.stalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.facilities.stalls.PitchFixtures.OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR_2;

import java.util.List;

import org.chengguan.PlatformTest;
import org.chengguan.identity.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The module's API on the real database: each decision is published as {@link PitchApplicationDecided} (for the
 * applicant's notification and commerce), a withdrawal is not, and the steps say who did what.
 */
@PlatformTest
@RecordApplicationEvents
class PitchApplicationsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	PitchApplications applications;

	@Autowired
	ApplicationEvents events;

	PitchFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new PitchFixtures(context, port);
		fixtures.verifiedVendors();
	}

	NewPitchApplication request(int from, int to) {
		return new NewPitchApplication(List.of("水果"), PitchFixtures.today().plusDays(from),
				PitchFixtures.today().plusDays(to), null, "13900139000");
	}

	@Test
	void publishesEachDecisionWithThePitchOrTheReason() {
		long area = fixtures.stallArea(6);
		Actor vendor = fixtures.actor(VENDOR);
		Actor officer = fixtures.actor(OFFICER);
		PitchApplication first = applications.apply(vendor, area, request(1, 3));
		PitchApplication second = applications.apply(fixtures.actor(VENDOR_2), area, request(1, 3));

		applications.approve(officer, first.id(), 6);
		applications.reject(officer, second.id(), "同一时段已批满");

		List<PitchApplicationDecided> decided = events.stream(PitchApplicationDecided.class)
			.filter(e -> e.facilityId() == area)
			.toList();
		assertThat(decided).hasSize(2);
		PitchApplicationDecided approval = decided.get(0);
		assertThat(approval.applicationId()).isEqualTo(first.id());
		assertThat(approval.applicantId()).isEqualTo(vendor.userId());
		assertThat(approval.state()).isEqualTo(PitchApplicationState.APPROVED);
		assertThat(approval.pitch()).isEqualTo(6);
		assertThat(approval.decidedBy()).isEqualTo(officer.userId());
		assertThat(approval.from()).isEqualTo(first.from());
		assertThat(decided.get(1).state()).isEqualTo(PitchApplicationState.REJECTED);
		assertThat(decided.get(1).reason()).isEqualTo("同一时段已批满");
	}

	@Test
	void aWithdrawalIsNoDecisionAndEveryStepNamesWhoTookIt() {
		long area = fixtures.stallArea(6);
		Actor vendor = fixtures.actor(VENDOR);
		PitchApplication applied = applications.apply(vendor, area, request(2, 2));
		PitchApplication withdrawn = applications.withdraw(vendor, applied.id());

		assertThat(withdrawn.state()).isEqualTo(PitchApplicationState.WITHDRAWN);
		assertThat(events.stream(PitchApplicationDecided.class).filter(e -> e.facilityId() == area)).isEmpty();
		assertThat(applications.steps(vendor, applied.id())).extracting(PitchStep::action, PitchStep::actorId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PitchStep.Action.APPLIED, vendor.userId()),
					org.assertj.core.groups.Tuple.tuple(PitchStep.Action.WITHDRAWN, vendor.userId()));
		assertThat(withdrawn.contactPhone()).isEqualTo("13900139000");
	}
}
