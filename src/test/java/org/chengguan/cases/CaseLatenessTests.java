package org.chengguan.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.cases.KnownHistories.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chengguan.PlatformTest;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case's lateness kept on its row (V407, {@link Lateness}): written by every insert and update as the trail grows,
 * equal to what its trail says (the backfill's reading of it), and the late cases and late heat answered from it are
 * the ones the trails give — with ties at the cut of the worst list. Cases reported in March 2025, a month no
 * other test uses.
 */
@PlatformTest
class CaseLatenessTests {

	static final GeoPoint HERE = new GeoPoint(33.9500, 116.7900);

	static final Instant MARCH = at("2025-03-01T00:00");

	static final Instant APRIL = at("2025-04-01T00:00");

	static List<Long> made;

	static long handledLateInSteps, twoLateSteps;

	@Autowired
	ApplicationContext context;

	@Autowired
	Cases cases;

	@Autowired
	CaseFigures figures;

	@Autowired
	LatenessBackfill backfill;

	@Autowired
	JdbcClient jdbc;

	final Actor leader = new Actor(9_300_200L, "lateness-leader", "测试领导", Set.of(Role.LEADER), "3406", null, Set.of());

	@BeforeEach
	void knownHistories() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		synchronized (CaseLatenessTests.class) {
			if (made == null) {
				made = make(new KnownHistories(context));
			}
		}
	}

	List<Long> make(KnownHistories known) {
		List<Long> ids = new ArrayList<>();
		String monday = "2025-03-10T";
		// stored after dispatch, then loaded and taken on in three updates: handled the next morning (its 4 工作时 from
		// 10:00 ran out at 16:00), checked late too (3 工作时), closed in time
		handledLateInSteps = known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).save();
		ids.add(handledLateInSteps);
		step(handledLateInSteps, c -> c.reportHandled(KnownHistories.HANDLER, "已处置", List.of("after"),
				at("2025-03-11T10:00"), TestDeadlines.INSTANCE));
		step(handledLateInSteps, c -> c.passCheck(KnownHistories.INSPECTOR, "已整改", List.of("check"),
				at("2025-03-11T16:00"), TestDeadlines.INSTANCE));
		step(handledLateInSteps, c -> c.close(KnownHistories.SHIFT_LEADER, null, at("2025-03-11T16:05"),
				TestDeadlines.INSTANCE));
		// two late steps in one insert: verified 2 h late, handled on Wednesday
		twoLateSteps = known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "12:00"))
			.file(at(monday + "12:10")).dispatch("4", at(monday + "14:00")).handle(at("2025-03-12T11:00"))
			.save();
		ids.add(twoLateSteps);
		// on time throughout
		ids.add(known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).handle(at(monday + "11:00"))
			.checkPass(at(monday + "11:30")).close(at(monday + "11:40")).save());
		// five cases verified in the evening after their 1 工作时 ran out at 17:00: 30 工作时 minutes late each (to
		// 17:30) but later on the wall clock, and three exactly alike: ties at the cut of a short list
		for (String verified : List.of("20:00", "21:00", "22:00", "22:00", "22:00")) {
			ids.add(known.citizenReport(HERE, "E0104", at("2025-03-13T16:00")).verify(at("2025-03-13T" + verified))
				.save());
		}
		// still open past its handling deadline (overdue now)
		ids.add(known.citizenReport(HERE, "E0103", at(monday + "09:00")).verify(at(monday + "09:10"))
			.file(at(monday + "09:20")).dispatch("4", at(monday + "09:30")).save());
		return ids;
	}

	void step(long id, java.util.function.Consumer<Case> action) {
		Case c = cases.findById(id).orElseThrow();
		action.accept(c);
		assertThat(cases.update(c)).isTrue();
	}

	Map<String, Object> stored(long id) {
		return jdbc.sql("SELECT late_steps, worst_late_working_ms, worst_late_wall_ms FROM cases.\"case\" WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
	}

	Map<Long, Map<String, Object>> storedAll() {
		Map<Long, Map<String, Object>> all = new java.util.TreeMap<>();
		made.forEach(id -> all.put(id, stored(id)));
		return all;
	}

	void forget() {
		jdbc.sql("UPDATE cases.\"case\" SET late_steps = NULL, worst_late_working_ms = NULL, worst_late_wall_ms = NULL "
				+ "WHERE reported_at >= ? AND reported_at < ?")
			.params(java.sql.Timestamp.from(MARCH), java.sql.Timestamp.from(APRIL))
			.update();
	}

	@Test
	void theStoredLatenessIsTheTrailsAfterEveryInsertAndUpdate() {
		Map<String, Object> steps = stored(handledLateInSteps);
		assertThat(steps.get("late_steps")).isEqualTo(2);
		Map<String, Object> two = stored(twoLateSteps);
		assertThat(two.get("late_steps")).isEqualTo(2);
		// the worst of the two is the handling two days later, in working time and on the wall clock
		CaseFigures.LateCase listed = figures.late(leader, new CaseFigures.LateQuery(null, null, null, null,
				CaseFigures.STAGE_STEPS, false, MARCH, APRIL, 100))
			.cases()
			.stream()
			.filter(c -> c.caseId() == twoLateSteps)
			.findFirst()
			.orElseThrow();
		assertThat(listed.step()).isEqualTo(Action.HANDLE);
		assertThat(two.get("worst_late_working_ms")).isEqualTo(listed.workingTimeLate().toMillis());
		assertThat(two.get("worst_late_wall_ms")).isEqualTo(listed.late().toMillis());
		assertThat(stored(made.get(2)).get("late_steps")).isEqualTo(0);
		assertThat(stored(made.get(2)).get("worst_late_working_ms")).isNull();

		// the backfill, reading the trails, writes exactly what the writes kept
		Map<Long, Map<String, Object>> written = storedAll();
		forget();
		assertThat(storedAll().values()).allSatisfy(row -> assertThat(row.get("late_steps")).isNull());
		assertThat(backfill.fillAll()).isGreaterThanOrEqualTo(made.size());
		assertThat(storedAll()).isEqualTo(written);
	}

	@Test
	void theWorstLateCasesAndTheLateHeatAreTheTrailsWhetherTheLatenessIsKnownOrNot() {
		List<List<String>> known = new ArrayList<>();
		List<Long> knownTotals = new ArrayList<>();
		for (int limit : List.of(1, 2, 3, 4, 5, 100)) {
			for (boolean overdueNow : List.of(true, false)) {
				CaseFigures.LateCases late = figures.late(leader, new CaseFigures.LateQuery(null, null, null, null,
						CaseFigures.STAGE_STEPS, overdueNow, MARCH, APRIL, limit));
				known.add(late.cases().stream().map(CaseLatenessTests::row).toList());
				knownTotals.add(late.total());
			}
		}
		CaseFigures.Heat heat = heat();
		// overdue now: two late steps, one late handling, five late verifications, one open past its deadline
		assertThat(knownTotals.get(knownTotals.size() - 2)).isEqualTo(8);
		assertThat(knownTotals.get(knownTotals.size() - 1)).isEqualTo(7);
		assertThat(heat.total()).isEqualTo(8);
		// the evening ones: alike in working time, worst on the wall clock first; the three alike by case number
		List<CaseFigures.LateCase> all = figures.late(leader, new CaseFigures.LateQuery(null, null, null, null,
				CaseFigures.STAGE_STEPS, false, MARCH, APRIL, 100)).cases();
		List<CaseFigures.LateCase> evening = all.stream().filter(c -> c.step() == Action.VERIFY).toList();
		assertThat(evening).extracting(CaseFigures.LateCase::workingTimeLate).containsOnly(Duration.ofMinutes(30));
		assertThat(evening).extracting(CaseFigures.LateCase::late)
			.containsExactly(Duration.ofHours(5), Duration.ofHours(5), Duration.ofHours(5), Duration.ofHours(4),
					Duration.ofHours(3));
		assertThat(evening.subList(0, 3)).extracting(CaseFigures.LateCase::caseId).isSorted();

		forget();
		List<List<String>> fromTrails = new ArrayList<>();
		List<Long> trailTotals = new ArrayList<>();
		for (int limit : List.of(1, 2, 3, 4, 5, 100)) {
			for (boolean overdueNow : List.of(true, false)) {
				CaseFigures.LateCases late = figures.late(leader, new CaseFigures.LateQuery(null, null, null, null,
						CaseFigures.STAGE_STEPS, overdueNow, MARCH, APRIL, limit));
				fromTrails.add(late.cases().stream().map(CaseLatenessTests::row).toList());
				trailTotals.add(late.total());
			}
		}
		assertThat(fromTrails).isEqualTo(known);
		assertThat(trailTotals).isEqualTo(knownTotals);
		assertThat(heat()).isEqualTo(heat);
		backfill.fillAll();
		assertThat(heat()).isEqualTo(heat);
	}

	/** A late case as a line; a case still overdue without the time asked, which moves between two answers. */
	static String row(CaseFigures.LateCase c) {
		return c.caseId() + " " + c.step() + " " + c.deadline() + " " + c.lateSteps()
				+ (c.stillOverdue() ? "" : " " + c.at() + " " + c.workingTimeLate() + " " + c.late());
	}

	CaseFigures.Heat heat() {
		return figures.heat(leader, new CaseFigures.HeatQuery(null, MARCH, APRIL, true, 0.01, 0.01, null));
	}
}
