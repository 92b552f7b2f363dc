package org.chengguan.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.assessment.Period;
import org.chengguan.identity.Actor;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A download's progress: the report's making tells each kind evaluated and each written, the progress is its
 * maker's only and is forgotten when the download ends, and bad ids are refused.
 */
@PlatformTest
class ExportProgressTests {

	@Autowired
	ExportProgress progress;

	@Autowired
	ReportTables tables;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	final Actor leader = new Actor(9_300_200L, "progress-leader", "测试领导", Set.of(Role.LEADER), "3406", null, Set.of());

	final Actor someoneElse = new Actor(9_300_201L, "progress-other", "另一领导", Set.of(Role.LEADER), "3406", null,
			Set.of());

	@BeforeEach
	void geography() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
	}

	@Test
	void theMakingOfAReportTellsEachKindEvaluatedThenWrittenToItsMakerOnly() throws IOException {
		String id = "test-progress-0001";
		List<String> seen = new ArrayList<>();
		int steps = 2 * tables.kindsOf(leader).size();
		try (ExportProgress.Tracker tracker = progress.start(leader, id, steps)) {
			assertThat(progress.status(leader, id)).get().extracting(ExportProgress.Status::done).isEqualTo(0);
			ReportTables.Monthly report = tables.monthly(leader, Period.parse("2025-09", java.time.LocalDate.now()),
					"淮北市", kind -> {
						tracker.step("evaluated", kind);
						seen.add(describe(progress.status(leader, id).orElseThrow()));
						assertThat(progress.status(someoneElse, id)).as("another user's download").isEmpty();
					});
			new ReportWorkbook(tables, Locale.SIMPLIFIED_CHINESE).write(report, new ByteArrayOutputStream(), kind -> {
				tracker.step("written", kind);
				seen.add(describe(progress.status(leader, id).orElseThrow()));
			});
		}
		assertThat(steps).as("a city leader's report has all ten kinds").isEqualTo(20);
		List<String> expected = new ArrayList<>();
		int done = 0;
		for (String phase : List.of("evaluated", "written")) {
			for (String kind : ReportTables.REPORT_KINDS) {
				expected.add(phase + " " + kind + " " + ++done + "/20");
			}
		}
		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(progress.status(leader, id)).as("forgotten when the download ends").isEmpty();
	}

	@Test
	void aDownloadWithAProgressIdSucceedsAndItsProgressIsGoneAfterwardsAndBadIdsAreRefused() {
		TestUsers users = new TestUsers(context);
		Api api = new Api(port).as(users.token(NewUser.staff("t-progress-leader", "测试进度领导", TestUsers.PASSWORD, "3406",
				Role.LEADER)));
		Api.Response xlsx = api.get("/api/v1/assessment/report.xlsx?period=2025-09&progress=test-download-0002");
		assertThat(xlsx.status()).isEqualTo(200);
		Api.Response after = api.get("/api/v1/assessment/exports/test-download-0002");
		assertThat(after.status()).isEqualTo(404);
		assertThat(after.isProblem()).isTrue();
		Api.Response badId = api.get("/api/v1/assessment/report.xlsx?period=2025-09&progress=no");
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.isProblem()).isTrue();
		assertThat(api.get("/api/v1/assessment/exports/bad%20id%20here").status()).isEqualTo(400);
		assertThat(new Api(port).get("/api/v1/assessment/exports/test-download-0002").status()).isEqualTo(401);
	}

	private static String describe(ExportProgress.Status s) {
		return s.phase() + " " + s.kind() + " " + s.done() + "/" + s.total();
	}
}
