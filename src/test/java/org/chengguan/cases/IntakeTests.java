package org.chengguan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.chengguan.PlatformTest;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake under concurrency: reports arriving together are written in shared transactions (group commit), and
 * each must come out exactly as if it had been written alone, one after another.
 */
@PlatformTest
class IntakeTests {

	@Autowired
	CaseManagement cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DemoDataLoader demoData;

	@BeforeEach
	void geography() {
		demoData.loadIfAbsent();
	}

	static Actor citizen(long id) {
		return CaseManagementTests.actor(id, Role.CITIZEN, null, null);
	}

	static ReportCommand report(GeoPoint p, String category, List<String> photos) {
		return report(p, category, "井盖缺失", photos);
	}

	static ReportCommand report(GeoPoint p, String category, String description, List<String> photos) {
		return new ReportCommand(category, description, p.lat(), p.lon(), "wgs84", Channel.CITIZEN_APP, photos, null,
				null, false, null);
	}

	@Test
	void manyReportsOfOneProblemAtOnceMakeOneCaseAndDuplicatesOfIt() throws Exception {
		GeoPoint p = CaseManagementTests.nextSpot();
		List<Callable<Case>> reports = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			GeoPoint nearby = new GeoPoint(p.lat() + (i % 5) * 0.00003, p.lon() + (i / 5) * 0.00003);
			long citizenId = 3_000_000L + i;
			reports.add(() -> cases.report(citizen(citizenId), report(nearby, "E0201", List.of()), null).reported());
		}
		List<Case> made = CaseManagementTests.run(reports);
		List<Case> masters = made.stream().filter(c -> c.status() != CaseStatus.DUPLICATE).toList();
		assertThat(masters).as("however the reports fell into batches, one is the case").hasSize(1);
		assertThat(made).filteredOn(c -> c.status() == CaseStatus.DUPLICATE)
			.hasSize(39)
			.allSatisfy(c -> assertThat(c.masterCaseId()).isEqualTo(masters.get(0).id()));
		assertThat(made).extracting(Case::number).doesNotHaveDuplicates();
	}

	@Test
	void reportsOfOneProblemSpreadOverConsecutiveBatchesStillMakeOneCase() throws Exception {
		// arrivals spread over ~40 ms fall into consecutive batches, and a deferred trigger makes these batches'
		// commits take 4 ms a row, as a WAL flush on a slow disk would (the tests' database does not flush): a report
		// must still see its neighbour in an earlier batch, even one that was still committing when it came. (Committers
		// taking turns, one writing while the one before commits, failed this unless a batch waited for such a commit.)
		jdbc.sql("""
				CREATE FUNCTION cases.test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN PERFORM pg_sleep(0.004); RETURN NULL; END $$""").update();
		jdbc.sql("""
				CREATE CONSTRAINT TRIGGER test_slow_commit AFTER INSERT ON cases."case" DEFERRABLE INITIALLY DEFERRED
				FOR EACH ROW WHEN (NEW.description = '井盖缺失（慢）') EXECUTE FUNCTION cases.test_slow_commit()""").update();
		try {
			oneCasePerSpotWhileCommitsOverlap();
		}
		finally {
			jdbc.sql("DROP TRIGGER test_slow_commit ON cases.\"case\"").update();
			jdbc.sql("DROP FUNCTION cases.test_slow_commit()").update();
		}
	}

	private void oneCasePerSpotWhileCommitsOverlap() throws Exception {
		List<GeoPoint> spots = new ArrayList<>();
		for (int s = 0; s < 20; s++) {
			spots.add(CaseManagementTests.nextSpot());
		}
		List<Callable<Case>> reports = new ArrayList<>();
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 240; i++) {
			GeoPoint spot = spots.get(i % spots.size());
			GeoPoint nearby = new GeoPoint(spot.lat() + random.nextInt(5) * 0.00002,
					spot.lon() + random.nextInt(5) * 0.00002);
			long citizenId = 3_100_000L + i;
			long delay = random.nextInt(40);
			reports.add(() -> {
				Thread.sleep(delay);
				return cases.report(citizen(citizenId), report(nearby, "E0201", "井盖缺失（慢）", List.of()), null)
					.reported();
			});
		}
		List<Case> made = CaseManagementTests.run(reports);
		for (int s = 0; s < spots.size(); s++) {
			int spot = s;
			List<Case> here = java.util.stream.IntStream.range(0, made.size())
				.filter(i -> i % spots.size() == spot)
				.mapToObj(made::get)
				.toList();
			List<Case> masters = here.stream().filter(c -> c.status() != CaseStatus.DUPLICATE).toList();
			assertThat(masters).as("spot %d: one case, the others its duplicates", spot).hasSize(1);
			assertThat(here).filteredOn(c -> c.status() == CaseStatus.DUPLICATE)
				.allSatisfy(c -> assertThat(c.masterCaseId()).isEqualTo(masters.get(0).id()));
		}
	}

	@Test
	void oneKeyRetriedManyTimesAtOnceCreatesOneCaseAndOneAnswerSaysSo() throws Exception {
		GeoPoint p = CaseManagementTests.nextSpot();
		Actor citizen = citizen(3_100_000L);
		List<Callable<CaseManagement.Reported>> retries = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			retries.add(() -> cases.report(citizen, report(p, "E0202", List.of()), "retry-" + p));
		}
		List<CaseManagement.Reported> answers = CaseManagementTests.run(retries);
		assertThat(answers).extracting(a -> a.reported().id()).containsOnly(answers.get(0).reported().id());
		assertThat(answers).filteredOn(CaseManagement.Reported::created).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM cases.\"case\" WHERE reporter_id = ?").param(citizen.userId())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aBadReportAmongGoodOnesFailsAloneAndTheOthersAreWritten() throws Exception {
		List<Callable<Object>> reports = new ArrayList<>();
		List<GeoPoint> spots = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			GeoPoint p = CaseManagementTests.nextSpot();
			spots.add(p);
			long citizenId = 3_200_000L + i;
			// every fifth names a photo nobody uploaded; every seventh reuses another report's key for a new request
			List<String> photos = i % 5 == 4 ? List.of("00000000-0000-0000-0000-000000000000") : List.of();
			reports.add(() -> {
				try {
					return cases.report(citizen(citizenId), report(p, "E0107", photos), "k-" + p);
				}
				catch (InvalidInputException e) {
					return e;
				}
			});
		}
		List<Object> outcomes = CaseManagementTests.run(reports);
		assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).hasSize(4)
			.allSatisfy(e -> assertThat(((Exception) e).getMessage()).contains("does not exist"));
		assertThat(outcomes).filteredOn(CaseManagement.Reported.class::isInstance).hasSize(16);
		for (int i = 0; i < 20; i++) {
			long stored = jdbc.sql("SELECT count(*) FROM cases.\"case\" WHERE reporter_id = ?").param(3_200_000L + i)
				.query(Long.class).single();
			assertThat(stored).as("report %d", i).isEqualTo(i % 5 == 4 ? 0 : 1);
		}
	}

	@Test
	void aKeyReusedForADifferentReportInTheSameMomentIsAConflict() throws Exception {
		GeoPoint p = CaseManagementTests.nextSpot();
		GeoPoint q = CaseManagementTests.nextSpot();
		Actor citizen = citizen(3_300_000L);
		List<Callable<Object>> two = List.of(() -> attempt(citizen, report(p, "E0108", List.of()), "same-" + p),
				() -> attempt(citizen, report(q, "E0108", List.of()), "same-" + p));
		List<Object> outcomes = CaseManagementTests.run(two);
		assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(CaseManagement.Reported.class::isInstance).hasSize(1);
	}

	private Object attempt(Actor citizen, ReportCommand command, String key) {
		try {
			return cases.report(citizen, command, key);
		}
		catch (ConflictException e) {
			return e;
		}
	}

	@Test
	void aReportInsideTheCallersTransactionIsWrittenThereAndRolledBackWithIt() {
		GeoPoint p = CaseManagementTests.nextSpot();
		Actor citizen = citizen(3_400_000L);
		transaction.executeWithoutResult(status -> {
			Case c = cases.report(citizen, report(p, "E0109", List.of()), null).reported();
			assertThat(jdbc.sql("SELECT count(*) FROM cases.\"case\" WHERE id = ?").param(c.id()).query(Long.class)
				.single()).as("visible in the caller's transaction").isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("SELECT count(*) FROM cases.\"case\" WHERE reporter_id = ?").param(citizen.userId())
			.query(Long.class).single()).isZero();
	}
}
