package org.chengguan.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.cases.KnownHistories.at;

import java.util.ArrayList;
import java.util.List;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.KnownHistories;
import org.chengguan.cases.Performer;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The heat map's and the late cases' API over HTTP, on cases with known histories reported in June 2025 (a month no
 * other test uses): the counts per cell and the late cases with their order are exact, the reader's scope holds,
 * and bad input is a problem document.
 */
@PlatformTest
class HeatAndLateCasesApiTests {

	/** Two spots about 2 km apart in 相山区, in different communities. */
	static final GeoPoint HERE = new GeoPoint(33.9500, 116.7900);

	static final GeoPoint THERE = new GeoPoint(33.9650, 116.8050);

	static final String JUNE = "2025-06";

	static long closedLate, closedLateByLeader, stillOpen, onTime, elsewhere;

	static long shiftLeaderId;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegionDirectory regions;

	TestUsers users;

	Api leader;

	Location here;

	@BeforeEach
	void knownHistories() {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		users = new TestUsers(context);
		leader = new Api(port).as(users.token(NewUser.staff("t-heat-leader", "测试热力领导", TestUsers.PASSWORD, "3406",
				Role.LEADER)));
		here = regions.locate(HERE).orElseThrow();
		synchronized (HeatAndLateCasesApiTests.class) {
			if (closedLate == 0) {
				shiftLeaderId = users.ensure(NewUser.staff("t-heat-shift-leader", "测试值班长", TestUsers.PASSWORD,
						here.street().code(), Role.SHIFT_LEADER)).userId();
				make(new KnownHistories(context), new Performer(shiftLeaderId, "SHIFT_LEADER"));
			}
		}
	}

	static void make(KnownHistories known, Performer shiftLeader) {
		String monday = "2025-06-09T";
		// handled an hour after its 4 工作时 ran out at 16:00
		closedLate = known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).handle(at(monday + "17:00"))
			.checkPass(at("2025-06-10T08:45")).close(at("2025-06-10T09:00")).save();
		// closed on Tuesday at 09:30 against a deadline of Monday 16:00: 1.5 + 1 = 2.5 工作时 (17.5 h) late
		closedLateByLeader = known.citizenReport(HERE, "E0103", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).handle(at(monday + "15:00"))
			.checkPass(at(monday + "15:30")).close(at("2025-06-10T09:30"), shiftLeader).save();
		// verified an hour late, then left with the department past its deadline ever since
		stillOpen = known.citizenReport(HERE, "E0104", at(monday + "09:00")).verify(at(monday + "11:00"))
			.file(at(monday + "11:10")).dispatch("4", at(monday + "11:20")).save();
		onTime = known.citizenReport(HERE, "E0102", at(monday + "09:00")).verify(at(monday + "09:30"))
			.file(at(monday + "09:40")).dispatch("4", at(monday + "10:00")).handle(at(monday + "15:00"))
			.checkPass(at(monday + "15:30")).close(at(monday + "15:40")).save();
		// verified 2 工作时 late, in another community
		elsewhere = known.citizenReport(THERE, "E0102", at(monday + "09:00")).verify(at(monday + "12:00"))
			.file(at(monday + "14:10")).dispatch("4", at(monday + "14:20")).handle(at(monday + "15:00"))
			.checkPass(at(monday + "15:30")).close(at(monday + "15:40")).save();
	}

	@Test
	void theHeatMapCountsThePeriodsCasesAndItsLateOnesPerCell() {
		String district = here.district().code();
		Api.Response all = leader.get("/api/v1/assessment/heat?period=" + JUNE + "&region=" + district + "&cell=1000");
		assertThat(all.status()).as(all.body()).isEqualTo(200);
		assertThat(all.contentType()).startsWith("application/json");
		JsonNode heat = all.json();
		assertThat(heat.get("layer").asString()).isEqualTo("cases");
		assertThat(heat.get("cellMetres").asInt()).isEqualTo(1000);
		assertThat(heat.get("total").asLong()).isEqualTo(5);
		assertThat(heat.get("max").asLong()).isEqualTo(4);
		assertThat(counts(heat)).containsExactly(4L, 1L);
		JsonNode fullest = heat.get("cells").get(0);
		assertThat(HERE.lat()).isBetween(fullest.get("south").asDouble(), fullest.get("north").asDouble());
		assertThat(HERE.lon()).isBetween(fullest.get("west").asDouble(), fullest.get("east").asDouble());
		assertThat(fullest.get("north").asDouble() - fullest.get("south").asDouble()).as("1000 m of latitude")
			.isCloseTo(1000 / 111_195.0, org.assertj.core.data.Offset.offset(1e-9));

		JsonNode late = leader.get("/api/v1/assessment/heat?period=" + JUNE + "&region=" + district
				+ "&cell=1000&layer=overdue").json();
		assertThat(late.get("layer").asString()).isEqualTo("overdue");
		assertThat(counts(late)).as("all but the case on time").containsExactly(3L, 1L);

		JsonNode aroundThere = leader.get("/api/v1/assessment/heat?period=" + JUNE + "&region=" + district
				+ "&cell=1000&bbox=" + (THERE.lon() - 0.002) + "," + (THERE.lat() - 0.002) + "," + (THERE.lon() + 0.002)
				+ "," + (THERE.lat() + 0.002)).json();
		assertThat(counts(aroundThere)).as("only the part of the map asked for").containsExactly(1L);
		assertThat(leader.get("/api/v1/assessment/heat?period=2025-07&region=" + district).json().get("total").asLong())
			.as("another month").isZero();
	}

	@Test
	void theHeatMapKeepsToTheReadersScopeAndRefusesBadInput() {
		Api otherDistrict = new Api(port).as(users.token(NewUser.staff("t-heat-leader-2", "测试烈山领导", TestUsers.PASSWORD,
				"340604", Role.LEADER)));
		Api.Response refused = otherDistrict.get("/api/v1/assessment/heat?period=" + JUNE + "&region="
				+ here.district().code());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
		JsonNode own = otherDistrict.get("/api/v1/assessment/heat?period=" + JUNE).json();
		assertThat(own.get("region").asString()).isEqualTo("340604");
		assertThat(own.get("total").asLong()).as("none of these cases lie in their district").isZero();
		Api handler = new Api(port).as(users.token(NewUser.staff("t-heat-handler", "测试处置员", TestUsers.PASSWORD,
				"3406", Role.HANDLER).withDepartment("SANITATION")));
		assertThat(handler.get("/api/v1/assessment/heat?period=" + JUNE).status()).isEqualTo(403);
		assertThat(new Api(port).get("/api/v1/assessment/heat?period=" + JUNE).status()).isEqualTo(401);
		for (String bad : List.of("period=2025-13", "period=someday", "layer=hot", "cell=10", "cell=50000",
				"bbox=1,2,3", "bbox=117,34,116,33", "region=340699")) {
			Api.Response response = leader.get("/api/v1/assessment/heat?" + bad);
			assertThat(response.status()).as(bad).isEqualTo(400);
			assertThat(response.isProblem()).as(bad).isTrue();
			assertThat(response.json().get("detail").asString()).as(bad).isNotBlank();
		}
	}

	@Test
	void aRegionsLateCasesAreExactAndWorstFirst() {
		String community = here.community().orElseThrow().code();
		Api.Response response = leader.get("/api/v1/assessment/late?kind=community&unit=" + community + "&period="
				+ JUNE);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode late = response.json();
		assertThat(late.get("name").asString()).isEqualTo(here.community().orElseThrow().name());
		assertThat(late.get("total").asLong()).isEqualTo(3);
		assertThat(ids(late)).containsExactly(stillOpen, closedLateByLeader, closedLate);
		JsonNode open = late.get("cases").get(0);
		assertThat(open.get("stillOverdue").asBoolean()).isTrue();
		assertThat(open.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(open.get("lateSteps").asInt()).isEqualTo(2);
		JsonNode byLeader = late.get("cases").get(1);
		assertThat(byLeader.get("step").asString()).isEqualTo("CLOSE");
		assertThat(byLeader.get("status").asString()).isEqualTo("CLOSED");
		assertThat(byLeader.get("lateWorkingMinutes").asLong()).isEqualTo(150);
		assertThat(byLeader.get("lateMinutes").asLong()).isEqualTo(17 * 60 + 30);
		assertThat(byLeader.get("department").asString()).isEqualTo("环卫处");
		JsonNode handledLate = late.get("cases").get(2);
		assertThat(handledLate.get("step").asString()).isEqualTo("HANDLE");
		assertThat(handledLate.get("lateWorkingMinutes").asLong()).isEqualTo(60);
		assertThat(response.body()).as("nothing personal").doesNotContain("已知历史的测试案卷")
			.doesNotContain("reporter").doesNotContain("phone");
	}

	@Test
	void aDepartmentsAndAShiftLeadersLateCasesAreTheStepsTheyAnswerFor() {
		JsonNode department = leader.get("/api/v1/assessment/late?kind=department&unit=SANITATION&period=" + JUNE)
			.json();
		assertThat(ids(department)).as("late handlings, and what it still handles past the deadline")
			.containsExactly(stillOpen, closedLate);
		JsonNode person = leader.get("/api/v1/assessment/late?kind=shift-leader&unit=" + shiftLeaderId + "&period="
				+ JUNE).json();
		assertThat(ids(person)).containsExactly(closedLateByLeader);
		assertThat(person.get("cases").get(0).get("step").asString()).isEqualTo("CLOSE");
		assertThat(person.get("name").asString()).isEqualTo("测试值班长");

		assertThat(leader.get("/api/v1/assessment/late?kind=planet&unit=1&period=" + JUNE).status()).isEqualTo(400);
		assertThat(leader.get("/api/v1/assessment/late?kind=community&period=" + JUNE).status()).isEqualTo(400);
		assertThat(leader.get("/api/v1/assessment/late?kind=district&unit=340603&period=2025-13").status())
			.isEqualTo(400);
		assertThat(leader.get("/api/v1/assessment/late?kind=district&unit=340603&limit=0").status()).isEqualTo(400);
		Api.Response nobody = leader.get("/api/v1/assessment/late?kind=inspector&unit=999999999&period=" + JUNE);
		assertThat(nobody.status()).isEqualTo(404);
		assertThat(nobody.isProblem()).isTrue();
		Api otherDistrict = new Api(port).as(users.token(NewUser.staff("t-heat-leader-2", "测试烈山领导", TestUsers.PASSWORD,
				"340604", Role.LEADER)));
		assertThat(otherDistrict.get("/api/v1/assessment/late?kind=district&unit=" + here.district().code()
				+ "&period=" + JUNE).status()).as("another district's cases").isEqualTo(403);
		assertThat(ids(otherDistrict.get("/api/v1/assessment/late?kind=department&unit=SANITATION&period=" + JUNE)
			.json())).as("a department's late cases within the reader's own scope").isEmpty();
	}

	private static List<Long> counts(JsonNode heat) {
		List<Long> counts = new ArrayList<>();
		heat.get("cells").forEach(c -> counts.add(c.get("cases").asLong()));
		return counts;
	}

	private static List<Long> ids(JsonNode late) {
		List<Long> ids = new ArrayList<>();
		late.get("cases").forEach(c -> ids.add(c.get("id").asLong()));
		return ids;
	}
}
