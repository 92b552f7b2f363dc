package org.chengguan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.chengguan.PlatformTest;
import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PlatformTest
@RecordApplicationEvents
class DeadlineTimersTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	Deadlines deadlines;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoDataLoader demoData;

	@BeforeEach
	void geography() {
		demoData.loadIfAbsent();
	}

	Case reportNow() {
		GeoPoint p = CaseManagementTests.nextSpot();
		return cases.report(CaseManagementTests.actor(42, org.chengguan.identity.Role.CITIZEN, null, null),
				CaseManagementTests.citizenReport(p, "E0102"), null).reported();
	}

	java.util.List<Instant> timersOf(Case c) {
		return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'case-deadline' "
				+ "AND task_instance LIKE ? ORDER BY execution_time").param(c.id() + "@%")
			.query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
	}

	@Test
	void setsOneTimerAtTheClocksNextColourChange() {
		Case c = reportNow();
		assertThat(timersOf(c)).as("yellow first").containsExactly(DeadlineTimers.yellowAt(c.clock(), deadlines));
	}

	@Test
	void yellowSetsTheRedTimerAndRedSetsNone() {
		Case c = reportNow();
		Instant yellow = DeadlineTimers.yellowAt(c.clock(), deadlines);
		jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = 'case-deadline' AND task_instance LIKE ?")
			.param(c.id() + "@%").update(); // as db-scheduler does when a one-time execution completes
		assertThat(cases.markDeadline(c.id(), yellow)).isTrue();
		assertThat(timersOf(c)).containsExactly(c.clock().deadline().plusMillis(1));
		jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = 'case-deadline' AND task_instance LIKE ?")
			.param(c.id() + "@%").update();
		assertThat(cases.markDeadline(c.id(), c.clock().deadline().plusSeconds(1))).isTrue();
		assertThat(timersOf(c)).as("a red clock waits for nothing more").isEmpty();
	}

	@Test
	void aTimerThatFiresEarlySetsTheNextOneAgainAndDoesNothingElse() {
		Case c = reportNow();
		Instant yellow = DeadlineTimers.yellowAt(c.clock(), deadlines);
		assertThat(cases.markDeadline(c.id(), yellow.minusSeconds(60))).isFalse();
		assertThat(timersOf(c)).containsExactly(yellow);
		assertThat(cases.get(null, c.id()).clock().warning()).isEqualTo(WarningLevel.GREEN);
	}

	@Test
	void anActionThatStartsTheNextStageSetsItsTimerWithTheCase() {
		Case c = reportNow();
		org.chengguan.identity.Actor inspector = new org.chengguan.identity.Actor(43, "i", "i",
				java.util.Set.of(org.chengguan.identity.Role.INSPECTOR), c.region().communityCode(), null,
				java.util.Set.of(c.region().gridCode()));
		Case verified = cases.act(inspector, c.id(), Action.VERIFY, ActionCommand.comment("属实"));

		assertThat(verified.clock().stage()).isEqualTo(Stage.FILE);
		assertThat(timersOf(c)).as("the report's timer and the filing stage's yellow")
			.containsExactlyInAnyOrder(DeadlineTimers.yellowAt(c.clock(), deadlines),
					DeadlineTimers.yellowAt(verified.clock(), deadlines));
	}

	@Test
	void anActionThatLeavesTheClockAsItWasSetsNoTimer() {
		Case c = reportNow();
		long before = jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE ?").param(c.id() + "@%")
			.query(Long.class).single();
		cases.act(CaseManagementTests.actor(7, org.chengguan.identity.Role.OPERATOR, "3406", null), c.id(),
				Action.URGE, ActionCommand.comment("快点"));
		assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_instance LIKE ?").param(c.id() + "@%")
			.query(Long.class).single()).isEqualTo(before);
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void marksYellowAt80PercentThenRedWhenOverdueAndEscalatesOnce(ApplicationEvents events) {
		Case c = reportNow();
		var users = new org.chengguan.TestUsers(context);
		String street = c.region().streetCode();
		long streetLeader = users.ensure(org.chengguan.identity.NewUser.staff("t-leader-" + street, "街道领导",
				org.chengguan.TestUsers.PASSWORD, street, org.chengguan.identity.Role.LEADER)).userId();
		users.ensure(org.chengguan.identity.NewUser.staff("t-leader-city", "市领导", org.chengguan.TestUsers.PASSWORD,
				"3406", org.chengguan.identity.Role.LEADER));
		Instant yellow = DeadlineTimers.yellowAt(c.clock(), deadlines);
		assertThat(cases.markDeadline(c.id(), yellow.minusSeconds(1))).isFalse();
		assertThat(cases.markDeadline(c.id(), yellow)).isTrue();
		assertThat(cases.get(null, c.id()).clock().warning()).isEqualTo(WarningLevel.YELLOW);
		assertThat(cases.markDeadline(c.id(), yellow.plusSeconds(1))).as("yellow is marked once").isFalse();
		Instant overdue = c.clock().deadline().plusSeconds(1);
		assertThat(cases.markDeadline(c.id(), overdue)).isTrue();
		assertThat(cases.markDeadline(c.id(), overdue.plusSeconds(60))).isFalse();
		assertThat(cases.get(null, c.id()).clock().warning()).isEqualTo(WarningLevel.RED);
		assertThat(events.stream(CaseEscalated.class).filter(e -> e.caseId() == c.id())).singleElement()
			.satisfies(e -> {
				assertThat(e.stage()).isEqualTo(Stage.VERIFY);
				assertThat(e.leaderIds()).as("the narrowest leader covering the case").containsExactly(streetLeader);
			});
	}
}
