package org.chengguan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chengguan.cases.KnownHistories.at;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.chengguan.PlatformTest;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The late cases and the heat of a period on known histories: cases reported in May 2025 (a month no other test
 * uses) whose steps were on time or late by a known amount of working time on the real calendar.
 */
@PlatformTest
class CaseFiguresTests {

	/** Two spots about 2 km apart in 相山区, in different communities. */
	static final GeoPoint HERE = new GeoPoint(33.9500, 116.7900);

	static final GeoPoint THERE = new GeoPoint(33.9650, 116.8050);

	static final Instant MAY = at("2025-05-01T00:00");

	static final Instant JUNE = at("2025-06-01T00:00");

	/** The cases of May 2025, made once for the class. */
	static long closedLate, closedVeryLate, stillOpen, onTime, voidedLate, elsewhere, april;

	@Autowired
	CaseFigures figures;

	@Autowired
	RegionDirectory regions;

	@Autowired
	ApplicationContext context;

	Location here;

	Location there;

	final Actor leader = new Actor(9_300_100L, "figures-leader", "测试领导", Set.of(Role.LEADER), "3406", null, Set.of());

	@BeforeEach
	void knownHistories() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		here = regions.locate(HERE).orElseThrow();
		there = regions.locate(THERE).orElseThrow();
		synchronized (CaseFiguresTests.class) {
			if (closedLate == 0) {
				make(new KnownHistories(context));
			}
		}
	}

	static void make(KnownHistories known) {
		String monday = "2025-05-12T";
		// handled an hour after its 4 工作时 ran out at 16:00; checked and closed in time
		closedLate = known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).handle(at(monday + "17:00"))
			.checkPass(at("2025-05-13T08:45")).close(at("2025-05-13T09:00")).save();
		// handled on Wednesday at 10:00: 1.5 + 7 + 1.5 = 10 工作时 late (42 h); then closed 1 工作时 late
		closedVeryLate = known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).handle(at("2025-05-14T10:00"))
			.checkPass(at("2025-05-14T10:30")).close(at("2025-05-14T14:30")).save();
		// verified an hour late, then left with the department past its deadline (Monday 17:20) ever since
		stillOpen = known.citizenReport(HERE, "E0103", at(monday + "09:00")).verify(at(monday + "11:00"))
			.file(at(monday + "11:10")).dispatch("4", at(monday + "11:20")).save();
		onTime = known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).handle(at(monday + "15:00"))
			.checkPass(at(monday + "15:30")).close(at(monday + "15:40")).save();
		// voided half an hour after the verification clock ran out
		voidedLate = known.citizenReport(HERE, "E0104", at(monday + "09:00")).voidIt(at(monday + "10:30")).save();
		// verified 2 工作时 late, in another community
		elsewhere = known.citizenReport(THERE, "E0102", at(monday + "09:00")).verify(at(monday + "12:00")).file(
				at(monday + "14:10")).dispatch("4", at(monday + "14:20")).handle(at(monday + "15:00"))
			.checkPass(at(monday + "15:30")).close(at(monday + "15:40")).save();
		// late, but reported in April
		april = known.citizenReport(HERE, "E0102", at("2025-04-28T09:00")).verify(at("2025-04-28T11:00"))
			.voidIt(at("2025-04-28T11:10")).save();
	}

	CaseFigures.LateQuery query(String region, String department, Long performer, Set<Action> steps,
			boolean overdueNow) {
		return new CaseFigures.LateQuery(region, department, performer, null, steps, overdueNow, MAY, JUNE, 100);
	}

	@Test
	void aRegionsLateCasesAreTheClosedLateVoidedLateAndStillOverdueOnesWorstFirstInWorkingTime() {
		assertThat(here.district().code()).as("both spots in one district").isEqualTo(there.district().code());
		assertThat(here.community().orElseThrow()).as("in two communities").isNotEqualTo(there.community().orElseThrow());
		String community = here.community().orElseThrow().code();

		CaseFigures.LateCases late = figures.late(leader, query(community, null, null, CaseFigures.STAGE_STEPS, true));

		assertThat(late.cases()).extracting(CaseFigures.LateCase::caseId)
			.containsExactly(stillOpen, closedVeryLate, closedLate, voidedLate);
		assertThat(late.total()).isEqualTo(4);
		CaseFigures.LateCase open = late.cases().get(0);
		assertThat(open.stillOverdue()).isTrue();
		assertThat(open.status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(open.deadline()).isEqualTo(at("2025-05-12T17:20"));
		assertThat(open.lateSteps()).as("the late verification and the running clock").isEqualTo(2);
		CaseFigures.LateCase veryLate = late.cases().get(1);
		assertThat(veryLate.step()).isEqualTo(Action.HANDLE);
		assertThat(veryLate.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(veryLate.deadline()).isEqualTo(at("2025-05-12T16:00"));
		assertThat(veryLate.at()).isEqualTo(at("2025-05-14T10:00"));
		assertThat(veryLate.workingTimeLate()).isEqualTo(Duration.ofHours(10));
		assertThat(veryLate.late()).isEqualTo(Duration.ofHours(42));
		assertThat(veryLate.lateSteps()).as("handled and closed late").isEqualTo(2);
		assertThat(late.cases().get(2)).satisfies(c -> {
			assertThat(c.step()).isEqualTo(Action.HANDLE);
			assertThat(c.workingTimeLate()).isEqualTo(Duration.ofHours(1));
			assertThat(c.lateSteps()).isEqualTo(1);
		});
		assertThat(late.cases().get(3)).satisfies(c -> {
			assertThat(c.step()).isEqualTo(Action.VOID);
			assertThat(c.status()).isEqualTo(CaseStatus.VOIDED);
			assertThat(c.workingTimeLate()).isEqualTo(Duration.ofMinutes(30));
		});

		CaseFigures.LateCases district = figures.late(leader,
				query(here.district().code(), null, null, CaseFigures.STAGE_STEPS, true));
		assertThat(district.cases()).extracting(CaseFigures.LateCase::caseId).as("the other community's in its place")
			.containsSubsequence(stillOpen, closedVeryLate, elsewhere, closedLate, voidedLate)
			.doesNotContain(onTime, april);
	}

	@Test
	void aDepartmentsLateCasesAreItsLateHandlingsAndWhatItIsStillHandlingPastTheDeadline() {
		String community = here.community().orElseThrow().code();
		CaseFigures.LateCases late = figures.late(leader,
				query(community, "SANITATION", null, EnumSet.of(Action.HANDLE), true));
		assertThat(late.cases()).extracting(CaseFigures.LateCase::caseId)
			.containsExactly(stillOpen, closedVeryLate, closedLate);
		assertThat(late.cases().get(0).lateSteps()).as("its late verification was not the department's").isEqualTo(1);
		assertThat(figures.late(leader, query(community, "LANDSCAPE", null, EnumSet.of(Action.HANDLE), true)).total())
			.isZero();
	}

	@Test
	void aPersonsLateCasesAreTheStepsTheyTookLate() {
		String community = here.community().orElseThrow().code();
		CaseFigures.LateCases late = figures.late(leader, query(community, null, KnownHistories.SHIFT_LEADER.userId(),
				EnumSet.of(Action.FILE, Action.VOID, Action.CLOSE), false));
		assertThat(late.cases()).extracting(CaseFigures.LateCase::step).containsExactly(Action.CLOSE, Action.VOID);
		assertThat(late.cases()).extracting(CaseFigures.LateCase::caseId).containsExactly(closedVeryLate, voidedLate);
		CaseFigures.LateCases limited = figures.late(leader,
				new CaseFigures.LateQuery(community, null, null, null, CaseFigures.STAGE_STEPS, true, MAY, JUNE, 2));
		assertThat(limited.cases()).extracting(CaseFigures.LateCase::caseId).containsExactly(stillOpen, closedVeryLate);
		assertThat(limited.total()).as("all of them counted").isEqualTo(4);
	}

	@Test
	void theHeatCountsThePeriodsCasesAndItsLateOnesPerSquare() {
		double size = 0.01;
		CaseFigures.Heat all = figures.heat(leader,
				new CaseFigures.HeatQuery(here.district().code(), MAY, JUNE, false, size, size, null));
		assertThat(all.total()).isEqualTo(6);
		assertThat(all.cells()).extracting(CaseFigures.HeatCell::cases).containsExactly(5L, 1L);
		assertThat(all.truncated()).isFalse();
		CaseFigures.HeatCell cell = all.cells().get(0);
		assertThat(HERE.lat()).isBetween(cell.south(), cell.north());
		assertThat(HERE.lon()).isBetween(cell.west(), cell.east());
		assertThat(cell.north() - cell.south()).isCloseTo(size, org.assertj.core.data.Offset.offset(1e-9));
		CaseFigures.HeatCell other = all.cells().get(1);
		assertThat(THERE.lat()).isBetween(other.south(), other.north());

		CaseFigures.Heat late = figures.heat(leader,
				new CaseFigures.HeatQuery(here.district().code(), MAY, JUNE, true, size, size, null));
		assertThat(late.cells()).extracting(CaseFigures.HeatCell::cases).containsExactly(4L, 1L);
		assertThat(late.total()).as("as many as the late list holds")
			.isEqualTo(figures.late(leader, query(here.district().code(), null, null, CaseFigures.STAGE_STEPS, true))
				.total());

		CaseFigures.Box aroundHere = new CaseFigures.Box(HERE.lon() - 0.001, HERE.lat() - 0.001, HERE.lon() + 0.001,
				HERE.lat() + 0.001);
		assertThat(figures.heat(leader,
				new CaseFigures.HeatQuery(here.district().code(), MAY, JUNE, false, size, size, aroundHere)).total())
			.as("only the part of the map asked for").isEqualTo(5);
	}

	@Test
	void figuresStayWithinTheActorsScope() {
		Actor elsewhereLeader = new Actor(9_300_101L, "figures-leader-2", "测试领导二", Set.of(Role.LEADER), "340604", null,
				Set.of());
		assertThatThrownBy(() -> figures.late(elsewhereLeader,
				query(here.district().code(), null, null, CaseFigures.STAGE_STEPS, true)))
			.isInstanceOf(ForbiddenException.class);
		assertThat(figures.heat(elsewhereLeader,
				new CaseFigures.HeatQuery(null, MAY, JUNE, false, 0.01, 0.01, null)).total())
			.as("their own district had no cases in May 2025").isZero();
		Actor landscape = new Actor(9_300_102L, "figures-handler", "测试处置员", Set.of(Role.HANDLER), "3406", "LANDSCAPE",
				Set.of());
		assertThat(figures.heat(landscape, new CaseFigures.HeatQuery(null, MAY, JUNE, false, 0.01, 0.01, null)).total())
			.as("a handler counts their department's cases only").isZero();
		Actor citizen = new Actor(9_300_103L, "figures-citizen", "市民", Set.of(Role.CITIZEN), null, null, Set.of());
		assertThatThrownBy(() -> figures.heat(citizen, new CaseFigures.HeatQuery(null, MAY, JUNE, false, 0.01, 0.01,
				null))).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> figures.heat(leader, new CaseFigures.HeatQuery(null, JUNE, MAY, false, 0.01, 0.01,
				null))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> figures.late(leader, new CaseFigures.LateQuery(null, null, null, null,
				EnumSet.of(Action.URGE), true, MAY, JUNE, 10))).isInstanceOf(InvalidInputException.class);
	}
}
