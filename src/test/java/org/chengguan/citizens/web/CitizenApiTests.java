package org.chengguan.citizens.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.cases.Action;
import org.chengguan.citizens.CitizenFixtures;
import org.chengguan.citizens.CitizenFixtures.Team;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.NewUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The citizen loop over real HTTP with the application's own scheduler, recording channel and recording payout
 * channel: a citizen's report is filed, the message arrives in their inbox, the reward in their balance, and the
 * payout is paid; and each endpoint shows a user their own data only, the administrators' ones to ADMIN only.
 */
@PlatformTest
class CitizenApiTests {

	static final Duration DELIVERY = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CitizenFixtures fixtures;

	TestUsers users;

	@BeforeEach
	void fixtures() {
		fixtures = new CitizenFixtures(context);
		users = new TestUsers(context);
	}

	Api as(NewUser user) {
		return new Api(port).as(users.token(user));
	}

	static String report(GeoPoint p) {
		return """
				{"categoryCode":"E0102","description":"小区门口暴露垃圾","lat":%s,"lon":%s,"channel":"CITIZEN_APP"}
				""".formatted(p.lat(), p.lon());
	}

	@Test
	void aCitizenReadsTheMessageOfTheFilingGetsTheRewardAndHasItPaidOut() {
		NewUser account = fixtures.newCitizenAccount();
		Api citizen = as(account);
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		var created = citizen.post("/api/v1/cases", report(p));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		String number = created.json().get("number").asString();
		fixtures.file(t, id);

		JsonNode inbox = await().atMost(DELIVERY).until(() -> citizen.get("/api/v1/me/messages").json(),
				body -> body.get("total").asLong() == 1);
		JsonNode message = inbox.get("items").get(0);
		assertThat(message.get("kind").asString()).isEqualTo("FILED");
		assertThat(message.get("caseId").asLong()).isEqualTo(id);
		assertThat(message.get("caseNumber").asString()).isEqualTo(number);
		assertThat(message.get("link").asString()).isEqualTo("/cases/" + id);
		assertThat(message.get("text").asString()).startsWith("您反映的问题已立案（案卷号 " + number);
		assertThat(message.get("read").asBoolean()).isFalse();
		assertThat(inbox.get("unread").asLong()).isEqualTo(1);

		long messageId = message.get("id").asLong();
		var read = citizen.post("/api/v1/me/messages/" + messageId + "/read", "");
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.json().get("read").asBoolean()).isTrue();
		String readAt = read.json().get("readAt").asString();
		assertThat(citizen.post("/api/v1/me/messages/" + messageId + "/read", "").json().get("readAt").asString())
			.as("a repeat keeps the first time").isEqualTo(readAt);
		assertThat(citizen.get("/api/v1/me/messages").json().get("unread").asLong()).isZero();

		JsonNode rewards = citizen.get("/api/v1/me/rewards").json();
		assertThat(rewards.get("balanceFen").asLong()).isEqualTo(200);
		assertThat(rewards.get("minimumPayoutFen").asLong()).isEqualTo(100);
		assertThat(rewards.get("history").get("items").get(0).get("kind").asString()).isEqualTo("REWARD");
		assertThat(rewards.get("history").get("items").get(0).get("caseNumber").asString()).isEqualTo(number);

		var payout = citizen.send("/api/v1/me/rewards/payout",
				b -> b.header("Idempotency-Key", "payout-" + id).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
		assertThat(payout.status()).as(payout.body()).isEqualTo(202);
		assertThat(payout.json().get("amountFen").asLong()).isEqualTo(200);
		long payoutId = payout.json().get("id").asLong();
		var again = citizen.send("/api/v1/me/rewards/payout",
				b -> b.header("Idempotency-Key", "payout-" + id).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asLong()).isEqualTo(payoutId);
		var withoutKey = citizen.post("/api/v1/me/rewards/payout", "");
		assertThat(withoutKey.status()).isEqualTo(409);
		assertThat(withoutKey.isProblem()).isTrue();
		assertThat(withoutKey.json().get("minimumPayoutFen").asLong()).isEqualTo(100);

		JsonNode paid = await().atMost(DELIVERY).until(() -> citizen.get("/api/v1/me/rewards").json(),
				body -> body.get("paidFen").asLong() == 200);
		assertThat(paid.get("balanceFen").asLong()).isZero();
		assertThat(paid.get("history").get("items").get(0).get("payoutStatus").asString()).isEqualTo("PAID");
	}

	@Test
	void aCitizenSeesOnlyTheirOwnMessagesAndRewards() {
		NewUser reporter = fixtures.newCitizenAccount();
		NewUser other = fixtures.newCitizenAccount();
		GeoPoint p = CitizenFixtures.nextSpot();
		Team t = fixtures.teamAt(p);
		long id = as(reporter).post("/api/v1/cases", report(p)).json().get("id").asLong();
		fixtures.act(t.inspector(), id, Action.VERIFY);
		fixtures.act(t.shiftLeader(), id, Action.VOID, org.chengguan.cases.ActionCommand.comment("重复上报"));
		long messageId = await().atMost(DELIVERY)
			.until(() -> as(reporter).get("/api/v1/me/messages").json(), body -> body.get("total").asLong() == 1)
			.get("items")
			.get(0)
			.get("id")
			.asLong();

		assertThat(as(other).get("/api/v1/me/messages").json().get("total").asLong()).isZero();
		var foreign = as(other).post("/api/v1/me/messages/" + messageId + "/read", "");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.isProblem()).isTrue();
		assertThat(as(reporter).get("/api/v1/me/messages").json().get("unread").asLong()).isEqualTo(1);
		assertThat(as(other).get("/api/v1/me/rewards").json().get("balanceFen").asLong()).isZero();
		assertThat(as(reporter).get("/api/v1/me/rewards").json().get("balanceFen").asLong())
			.as("a voided report earns nothing").isZero();
	}

	@Test
	void refusesTheAdministratorsEndpointsToOthersWith403AndEverythingWithoutATokenWith401() {
		Api citizen = as(fixtures.newCitizenAccount());
		Api operator = as(TestUsers.OPERATOR);
		for (String path : new String[] { "/api/v1/notifications/outbox", "/api/v1/rewards/summary" }) {
			for (Api refused : new Api[] { citizen, operator }) {
				var response = refused.get(path);
				assertThat(response.status()).as(path).isEqualTo(403);
				assertThat(response.isProblem()).isTrue();
				assertThat(response.json().get("detail").asString()).contains("ADMIN");
			}
		}
		Api anonymous = new Api(port);
		for (String path : new String[] { "/api/v1/me/messages", "/api/v1/me/rewards", "/api/v1/notifications/outbox",
				"/api/v1/rewards/summary" }) {
			assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
		}
		assertThat(anonymous.post("/api/v1/me/rewards/payout", "").status()).isEqualTo(401);
	}

	@Test
	void showsAnAdministratorTheOutboxAndTheRewardsOfThePeriod() {
		Api admin = new Api(port).as(users.admin());
		NewUser account = fixtures.newCitizenAccount();
		GeoPoint p = CitizenFixtures.nextSpot();
		long id = as(account).post("/api/v1/cases", report(p)).json().get("id").asLong();
		fixtures.file(fixtures.teamAt(p), id);

		var outbox = admin.get("/api/v1/notifications/outbox?status=PENDING&size=5");
		assertThat(outbox.status()).as(outbox.body()).isEqualTo(200);
		assertThat(outbox.json().get("counts").propertyNames()).contains("PENDING", "DELIVERED", "DEAD");
		assertThat(outbox.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(admin.get("/api/v1/notifications/outbox").json().get("status").asString()).isEqualTo("DEAD");

		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		var summary = admin.get("/api/v1/rewards/summary?from=" + today + "&to=" + today);
		assertThat(summary.status()).as(summary.body()).isEqualTo(200);
		assertThat(summary.json().get("creditedFen").asLong()).isGreaterThanOrEqualTo(200);
		assertThat(summary.json().get("rewards").asLong()).isPositive();
		assertThat(summary.json().get("ledgerBalanced").asBoolean()).isTrue();
		assertThat(summary.json().get("zone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(summary.json().get("byDay")).hasSize(1);
		assertThat(admin.get("/api/v1/rewards/summary").json().get("byDay")).as("the last 30 days").hasSize(30);
		var backwards = admin.get("/api/v1/rewards/summary?from=2026-05-02&to=2026-05-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.isProblem()).isTrue();
	}
}
