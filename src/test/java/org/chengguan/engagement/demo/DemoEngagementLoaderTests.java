package org.chengguan.engagement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chengguan.PlatformTest;
import org.chengguan.engagement.CallKind;
import org.chengguan.engagement.CallState;
import org.chengguan.engagement.Hotline;
import org.chengguan.engagement.HotlineCall;
import org.chengguan.engagement.OpenDay;
import org.chengguan.engagement.OpenDays;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.demo.DemoUserLoader;
import org.chengguan.platform.DemoData;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tests run without demo data; this loads the demo engagement explicitly, as the demo start does. */
@PlatformTest
class DemoEngagementLoaderTests {

	@Autowired
	DemoDataLoader geography;

	@Autowired
	DemoUserLoader users;

	@Autowired
	Actors actors;

	@Autowired
	Hotline hotline;

	@Autowired
	OpenDays openDays;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsTwoOpenDaysOneNearlyFullAndThreeHotlineCallsOnce() {
		geography.loadIfAbsent();
		users.loadIfAbsent();
		var loader = new DemoEngagementLoader(DemoData.fixed(true), actors, hotline, openDays, jdbc);
		loader.loadIfAbsent();
		assertThat(loader.loadIfAbsent()).as("loading again adds nothing").isFalse();
		Actor officer = actors.byUsername("officer").orElseThrow();
		List<OpenDay> days = openDays.ofScope(officer).stream()
			.filter(d -> d.title().equals(DemoEngagementLoader.NEARLY_FULL) || d.title().equals(DemoEngagementLoader.SECOND))
			.toList();
		assertThat(days).hasSize(2);
		OpenDay full = days.stream().filter(d -> d.title().equals(DemoEngagementLoader.NEARLY_FULL)).findFirst().orElseThrow();
		assertThat(full.capacity()).isEqualTo(30);
		assertThat(full.seatsLeft()).isEqualTo(2);
		assertThat(full.takesRegistrationsAt(openDays.now())).isTrue();
		Actor operator = actors.byUsername("operator").orElseThrow();
		List<HotlineCall> calls = hotline.list(operator, null, null, false, 200).stream()
			.filter(c -> c.operatorId() == operator.userId())
			.toList();
		assertThat(calls).extracting(HotlineCall::kind)
			.containsExactlyInAnyOrder(CallKind.CONSULTATION, CallKind.SUGGESTION, CallKind.COMPLAINT);
		assertThat(calls).filteredOn(c -> c.kind() == CallKind.COMPLAINT).singleElement()
			.satisfies(c -> assertThat(c.caseNumber()).isNotBlank());
		assertThat(calls).filteredOn(c -> c.kind() == CallKind.SUGGESTION).singleElement()
			.satisfies(c -> assertThat(c.state()).isEqualTo(CallState.AWAITING_REPLY));
	}
}
