package org.chengguan.facilities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.facilities.stalls.PitchFixtures.OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.STREET_OFFICER;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR;
import static org.chengguan.facilities.stalls.PitchFixtures.VENDOR_2;
import static org.chengguan.facilities.stalls.PitchFixtures.today;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.facilities.stalls.PitchFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two officers deciding at the same moment, from two threads over real HTTP, several rounds: a pitch is never given
 * twice for a common day (the database's exclusion constraint decides), and one application never gets two
 * decisions (the version). Exactly one request wins; the other is a 409 problem and changes nothing.
 */
@PlatformTest
class PitchApprovalRaceTests {

	static final int ROUNDS = 20;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	PitchFixtures fixtures;

	ExecutorService threads;

	@BeforeEach
	void setUp() {
		fixtures = new PitchFixtures(context, port);
		fixtures.verifiedVendors();
		threads = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		threads.shutdownNow();
		threads.awaitTermination(10, TimeUnit.SECONDS);
	}

	@Test
	void twoOfficersApprovingOnePitchForOverlappingDaysAtOnceGiveItToExactlyOne() throws Exception {
		Api officer = fixtures.as(OFFICER);
		Api streetOfficer = fixtures.as(STREET_OFFICER);
		for (int round = 0; round < ROUNDS; round++) {
			long area = fixtures.stallArea(3);
			long first = fixtures.apply(VENDOR, area, 1, 5, null);
			long second = fixtures.apply(VENDOR_2, area, 3, 7, null);

			List<Api.Response> answers = race(
					() -> officer.post("/api/v1/pitch-applications/" + first + "/approve", "{\"pitch\": 2}"),
					() -> streetOfficer.post("/api/v1/pitch-applications/" + second + "/approve", "{\"pitch\": 2}"));

			assertThat(answers).extracting(Api.Response::status).as("round " + round).containsExactlyInAnyOrder(200, 409);
			Api.Response lost = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
			assertThat(lost.isProblem()).isTrue();
			assertThat(lost.json().get("detail").asString()).contains("already given");
			long loser = answers.get(0).status() == 409 ? first : second;
			assertThat(fixtures.as(STREET_OFFICER).get("/api/v1/pitch-applications/" + loser).json().get("state")
				.asString()).as("the loser is still pending").isEqualTo("PENDING");

			JsonNode commonDay = fixtures.anonymous()
				.get("/api/v1/facilities/" + area + "/pitches?date=" + today().plusDays(4))
				.json();
			assertThat(commonDay.get("taken")).hasSize(1);
			assertThat(commonDay.get("taken").get(0).get("pitch").asInt()).isEqualTo(2);
		}
	}

	@Test
	void twoDecisionsOfOneApplicationAtOnceLetExactlyOneWin() throws Exception {
		Api officer = fixtures.as(OFFICER);
		Api streetOfficer = fixtures.as(STREET_OFFICER);
		for (int round = 0; round < ROUNDS; round++) {
			long area = fixtures.stallArea(3);
			long id = fixtures.apply(VENDOR, area, 1, 2, null);

			List<Api.Response> answers = race(
					() -> officer.post("/api/v1/pitch-applications/" + id + "/approve", "{\"pitch\": 1}"),
					() -> streetOfficer.post("/api/v1/pitch-applications/" + id + "/reject", "{\"reason\": \"摊位已满\"}"));

			assertThat(answers).extracting(Api.Response::status).as("round " + round).containsExactlyInAnyOrder(200, 409);
			Api.Response won = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
			Api.Response lost = answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
			String state = won.json().get("state").asString();
			assertThat(lost.json().get("currentState").asString()).isEqualTo(state);
			JsonNode stored = fixtures.as(VENDOR).get("/api/v1/pitch-applications/" + id).json();
			assertThat(stored.get("state").asString()).isEqualTo(state);
			assertThat(stored.get("steps")).as("one decision recorded").hasSize(2);
		}
	}

	@Test
	void twoVendorsApprovedForTheLastFreePitchAtOnceLeaveItToExactlyOne() throws Exception {
		Api officer = fixtures.as(OFFICER);
		Api streetOfficer = fixtures.as(STREET_OFFICER);
		for (int round = 0; round < ROUNDS; round++) {
			long area = fixtures.stallArea(2);
			long holder = fixtures.apply(VENDOR, area, 1, 9, null);
			assertThat(officer.post("/api/v1/pitch-applications/" + holder + "/approve", "{\"pitch\": 1}").status())
				.isEqualTo(200);
			long first = fixtures.apply(VENDOR_2, area, 2, 3, 2);
			long third = fixtures.apply(PitchFixtures.VENDOR_3, area, 3, 4, 2);
			assertThat(fixtures.anonymous().get("/api/v1/facilities/" + area + "/pitch-calendar?from=" + today().plusDays(3)
					+ "&to=" + today().plusDays(3)).json().get("freeThroughout").valueStream().map(JsonNode::asInt))
				.as("pitch 2 is the last free one on the common day").containsExactly(2);

			List<Api.Response> answers = race(
					() -> officer.post("/api/v1/pitch-applications/" + first + "/approve", ""),
					() -> streetOfficer.post("/api/v1/pitch-applications/" + third + "/approve", ""));

			assertThat(answers).extracting(Api.Response::status).as("round " + round).containsExactlyInAnyOrder(200, 409);
			JsonNode day = fixtures.anonymous().get("/api/v1/facilities/" + area + "/pitch-calendar?from="
					+ today().plusDays(3) + "&to=" + today().plusDays(3)).json();
			assertThat(day.get("freeThroughout")).as("no pitch left that day").isEmpty();
		}
	}

	/** Sends both requests at the same moment (a barrier) from two threads; answers in the order given. */
	private List<Api.Response> race(Supplier<Api.Response> one, Supplier<Api.Response> other) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		Future<Api.Response> a = threads.submit(() -> {
			start.await(10, TimeUnit.SECONDS);
			return one.get();
		});
		Future<Api.Response> b = threads.submit(() -> {
			start.await(10, TimeUnit.SECONDS);
			return other.get();
		});
		return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
	}
}
