package org.chengguan.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntFunction;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Background imports over HTTP (POST /api/v1/facilities/imports, then GET …/{id}): a large file's progress reaches
 * its total and the job ends DONE with every row stored; a file with faults ends FAILED with each fault's row or
 * feature and nothing stored; a job given up or interrupted stores nothing and says so. Codes T5J-…, in 濉溪县.
 */
@PlatformTest
class FacilityImportJobTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	TestFacilities facilities;

	@BeforeEach
	void setUp() {
		facilities = new TestFacilities(context, port);
	}

	/** {@code n} CSV rows of public toilets with codes {@code prefix-1…}, on a grid of about 1 km around a spot. */
	static String rows(String prefix, int n, IntFunction<String> override) {
		StringBuilder csv = new StringBuilder(TestFacilities.HEADER);
		for (int i = 1; i <= n; i++) {
			String row = override.apply(i);
			csv.append(row != null ? row
					: String.format(Locale.ROOT, "%s-%d,测试任务公厕%s%d,PUBLIC_TOILET,%.6f,%.6f,,濉溪县测试路%d号,24/7,,,,,,,,,",
							prefix, i, prefix, i, 33.4400 + (i / 100) * 0.0002, 116.7000 + (i % 100) * 0.0002, i));
			csv.append('\n');
		}
		return csv.toString();
	}

	long stored(String codePrefix) {
		return jdbc.sql("SELECT count(*) FROM facilities.facility WHERE code LIKE ?").param(codePrefix + "-%")
			.query(Long.class).single();
	}

	/** Follows the job until it ends, checking every answer on the way; answers the last. */
	JsonNode follow(String location, List<String> seen) {
		long until = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < until) {
			var response = facilities.admin.get(location);
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			JsonNode job = response.json();
			String state = job.get("state").asString();
			assertThat(job.get("processed").asInt()).as(job.toString()).isLessThanOrEqualTo(job.get("total").asInt());
			seen.add(state + " " + job.get("processed").asInt() + "/" + job.get("total").asInt());
			if (state.equals("DONE") || state.equals("FAILED")) {
				return job;
			}
			sleep(50);
		}
		throw new AssertionError("the job did not end within 2 minutes: " + seen);
	}

	Api.Response start(String contentType, String body) {
		return facilities.admin.post("/api/v1/facilities/imports", contentType, body);
	}

	@Test
	void aLargeFileIsImportedInTheBackgroundItsProgressReachingTheTotal() {
		var response = start("text/csv", rows("T5J-A", 3_000, i -> null));
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		JsonNode started = response.json();
		String location = response.header("Location").orElseThrow();
		assertThat(location).endsWith("/api/v1/facilities/imports/" + started.get("id").asString());
		assertThat(started.get("state").asString()).isEqualTo("VALIDATING");

		List<String> seen = new ArrayList<>();
		JsonNode done = follow(location.substring(location.indexOf("/api/")), seen);
		assertThat(done.get("state").asString()).as(seen.toString()).isEqualTo("DONE");
		assertThat(done.get("processed").asInt()).isEqualTo(3_000);
		assertThat(done.get("total").asInt()).isEqualTo(3_000);
		assertThat(done.get("imported").asInt()).isEqualTo(3_000);
		assertThat(done.get("added").asInt()).isEqualTo(3_000);
		assertThat(done.get("errors")).isEmpty();
		assertThat(done.has("finishedAt")).isTrue();
		assertThat(stored("T5J-A")).isEqualTo(3_000);
		assertThat(facilities.api.get("/api/v1/facilities/" + facilities.id("测试任务公厕T5J-A1234")).json()
			.get("address").asString()).isEqualTo("濉溪县测试路1234号");
	}

	@Test
	void aFileWithFaultsFailsWithEveryFaultByRowAndStoresNothing() {
		var response = start("text/csv", rows("T5J-B", 1_200, i -> switch (i) {
			case 5 -> "T5J-B-5,测试任务坏类型,SPA,33.45,116.71,,,24/7,,,,,,,,,";
			case 900 -> "T5J-B-900,测试任务坏纬度,PUBLIC_TOILET,north,116.71,,,24/7,,,,,,,,,";
			default -> null;
		}));
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		String location = response.header("Location").orElseThrow();
		JsonNode failed = follow(location.substring(location.indexOf("/api/")), new ArrayList<>());
		assertThat(failed.get("state").asString()).isEqualTo("FAILED");
		assertThat(failed.get("errorCount").asInt()).isEqualTo(2);
		List<String> errors = new ArrayList<>();
		failed.get("errors").forEach(e -> errors.add(e.asString()));
		// the header is row 1, so the file's 5th facility is row 6
		assertThat(errors).anyMatch(e -> e.startsWith("row 6: type")).anyMatch(e -> e.startsWith("row 901: lat"));
		assertThat(failed.get("message").asString()).contains("nothing was stored");
		assertThat(failed.get("total").asInt()).isEqualTo(1_200);
		assertThat(stored("T5J-B")).isZero();

		var geojson = start("application/geo+json", """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","geometry":{"type":"Point","coordinates":[116.7261,33.4561]},
				  "properties":{"code":"T5J-C-1","name":"测试任务丙公厕","type":"PUBLIC_TOILET"}},
				 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[116.7,33.4],[116.8,33.5]]},
				  "properties":{"code":"T5J-C-2","name":"测试任务丙线","type":"PUBLIC_TOILET"}}]}
				""");
		assertThat(geojson.status()).as(geojson.body()).isEqualTo(202);
		String geoLocation = geojson.header("Location").orElseThrow();
		JsonNode rejected = follow(geoLocation.substring(geoLocation.indexOf("/api/")), new ArrayList<>());
		assertThat(rejected.get("state").asString()).isEqualTo("FAILED");
		assertThat(rejected.get("errors").get(0).asString()).startsWith("feature 2: the geometry must be a Point");
		assertThat(stored("T5J-C")).isZero();

		var unreadable = start("text/csv", "code,name,colour\nT5J-D-1,x,red\n");
		assertThat(unreadable.status()).isEqualTo(202);
		String unreadableAt = unreadable.header("Location").orElseThrow();
		JsonNode header = follow(unreadableAt.substring(unreadableAt.indexOf("/api/")), new ArrayList<>());
		assertThat(header.get("state").asString()).isEqualTo("FAILED");
		assertThat(header.get("message").asString()).contains("header");
	}

	@Test
	void aJobGivenUpWhileItRunsStoresNothing() {
		var response = start("text/csv", rows("T5J-E", 20_000, i -> null));
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		UUID id = UUID.fromString(response.json().get("id").asString());
		// what another instance does to a job whose heartbeat it found stopped
		int givenUp = jdbc.sql("UPDATE facilities.import_job SET state = 'FAILED', message = 'given up by the test' "
				+ "WHERE id = ? AND state IN ('VALIDATING', 'STORING')").param(id).update();
		assertThat(givenUp).as("the job still ran when the test gave it up").isEqualTo(1);
		waitForTheWorker();
		JsonNode job = facilities.admin.get("/api/v1/facilities/imports/" + id).json();
		assertThat(job.get("state").asString()).isEqualTo("FAILED");
		assertThat(stored("T5J-E")).as("a job that reads FAILED stored nothing").isZero();
	}

	@Test
	void aJobInterruptedByARestartReadsFailedRatherThanRunningForever() {
		UUID id = UUID.randomUUID();
		// a job of an instance that died while storing: its heartbeat stopped a minute ago
		jdbc.sql("INSERT INTO facilities.import_job (id, state, format, processed, total, created_by, created_at, "
				+ "heartbeat_at) VALUES (?, 'STORING', 'CSV', 500, 4000, 0, now() - interval '2 minutes', "
				+ "now() - interval '1 minute')").param(id).update();
		JsonNode job = facilities.admin.get("/api/v1/facilities/imports/" + id).json();
		assertThat(job.get("state").asString()).isEqualTo("FAILED");
		assertThat(job.get("message").asString()).contains("interrupted").contains("nothing was stored");
		assertThat(job.get("processed").asInt()).isEqualTo(500);
	}

	@Test
	void onlyAdministratorsStartOrReadImportJobs() {
		String csv = rows("T5J-F", 3, i -> null);
		var anonymous = facilities.api.post("/api/v1/facilities/imports", "text/csv", csv);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.isProblem()).isTrue();
		Api operator = facilities.api.as(new TestUsers(context).token(TestUsers.OPERATOR));
		var refused = operator.post("/api/v1/facilities/imports", "text/csv", csv);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("ADMIN");

		var started = start("text/csv", csv);
		assertThat(started.status()).isEqualTo(202);
		String path = "/api/v1/facilities/imports/" + started.json().get("id").asString();
		assertThat(operator.get(path).status()).isEqualTo(403);
		assertThat(operator.get(path).isProblem()).isTrue();
		assertThat(facilities.api.get(path).status()).isEqualTo(401);
		assertThat(follow(path, new ArrayList<>()).get("state").asString()).isEqualTo("DONE");
		assertThat(facilities.admin.get("/api/v1/facilities/imports/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(facilities.admin.get("/api/v1/facilities/imports/not-a-job").status()).isEqualTo(400);
		assertThat(start("text/csv", "").status()).isEqualTo(400);
	}

	/** The import thread takes one job at a time: a tiny job started now ends after the one before it. */
	void waitForTheWorker() {
		var probe = start("text/csv", rows("T5J-G", 1, i -> null));
		assertThat(probe.status()).as(probe.body()).isEqualTo(202);
		follow("/api/v1/facilities/imports/" + probe.json().get("id").asString(), new ArrayList<>());
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
