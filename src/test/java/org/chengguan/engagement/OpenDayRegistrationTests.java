package org.chengguan.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.engagement.EngagementFixtures.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The public's registration for open days, over real HTTP and without an account. */
@PlatformTest
class OpenDayRegistrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Api anonymous;

	Api officer;

	@BeforeEach
	void signIn() {
		anonymous = new Api(port);
		officer = anonymous.as(new TestUsers(context).token(EngagementFixtures.OFFICER));
	}

	@Test
	void aCitizenRegistersWithoutAnAccountAndGetsACode() {
		long id = EngagementFixtures.openDay(officer, "开放日-报名", 10);
		String phone = EngagementFixtures.phone();
		var made = anonymous.post("/api/v1/public/open-days/" + id + "/registrations",
				registration("王小明", phone, "淮北一中", 3));
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		String code = made.json().get("code").asString();
		assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
		assertThat(made.json().get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(made.json().get("openDay").get("seatsLeft").asInt()).isEqualTo(7);
		var seen = anonymous.get("/api/v1/public/open-days/registrations/" + code);
		assertThat(seen.json().get("name").asString()).isEqualTo("王小明");
		assertThat(seen.json().get("partySize").asInt()).isEqualTo(3);
		assertThat(seen.json().get("mayCancel").asBoolean()).isTrue();
		assertThat(seen.json().get("mayGiveFeedback").asBoolean()).isFalse();
	}

	@Test
	void faultyInputIsOneProblemListingEveryFaultAndSavesNothing() {
		long id = EngagementFixtures.openDay(officer, "开放日-输入", 10);
		var refused = anonymous.post("/api/v1/public/open-days/" + id + "/registrations",
				registration("", "12345", null, 6));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("errors").toString()).contains("name:", "phone:", "partySize:");
		assertThat(rows(id)).isZero();
		assertThat(anonymous.get("/api/v1/public/open-days/" + id).json().get("seatsLeft").asInt()).isEqualTo(10);
	}

	@Test
	void aRegistrationPastTheCapacityIsAClearProblemAndSavesNothing() {
		long id = EngagementFixtures.openDay(officer, "开放日-满员", 4);
		assertThat(register(id, EngagementFixtures.phone(), 3).status()).isEqualTo(201);
		var refused = register(id, EngagementFixtures.phone(), 2);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("reason").asString()).isEqualTo("FULL");
		assertThat(refused.json().get("seatsLeft").asInt()).isEqualTo(1);
		assertThat(refused.json().get("detail").asString()).contains("1 left of 4");
		assertThat(rows(id)).isEqualTo(1);
		assertThat(register(id, EngagementFixtures.phone(), 1).status()).as("the last seat still fits one").isEqualTo(201);
		assertThat(anonymous.get("/api/v1/public/open-days/" + id).json().get("seatsLeft").asInt()).isZero();
		assertThat(anonymous.get("/api/v1/public/open-days/" + id).json().get("registrationOpen").asBoolean()).isFalse();
	}

	@Test
	void theSamePhoneCannotRegisterTwiceForOneOpenDay() {
		long id = EngagementFixtures.openDay(officer, "开放日-重复", 10);
		String phone = EngagementFixtures.phone();
		assertThat(register(id, phone, 1).status()).isEqualTo(201);
		var again = register(id, "+86 " + phone, 2);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("reason").asString()).isEqualTo("DUPLICATE");
		assertThat(again.body()).doesNotContain(phone);
		assertThat(rows(id)).isEqualTo(1);
		assertThat(seatsTaken(id)).as("the refused party's seats were given back with its rollback").isEqualTo(1);
	}

	@Test
	void cancellingFreesTheSeatsAndThePhoneMayRegisterAgain() {
		long id = EngagementFixtures.openDay(officer, "开放日-取消", 2);
		String phone = EngagementFixtures.phone();
		String code = register(id, phone, 2).json().get("code").asString();
		assertThat(register(id, EngagementFixtures.phone(), 1).json().get("reason").asString()).isEqualTo("FULL");
		var cancelled = anonymous.post("/api/v1/public/open-days/registrations/" + code + "/cancel", "{}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.json().get("openDay").get("seatsLeft").asInt()).isEqualTo(2);
		var twice = anonymous.post("/api/v1/public/open-days/registrations/" + code + "/cancel", "{}");
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().get("reason").asString()).isEqualTo("CANCELLED");
		assertThat(seatsTaken(id)).isZero();
		assertThat(register(id, phone, 2).status()).isEqualTo(201);
	}

	@Test
	void feedbackIsLeftAfterTheOpenDayAndNotBeforeIt() {
		long id = EngagementFixtures.openDay(officer, "开放日-评价", 10);
		String code = register(id, EngagementFixtures.phone(), 1).json().get("code").asString();
		var early = anonymous.post("/api/v1/public/open-days/registrations/" + code + "/feedback",
				"{\"rating\":5,\"comment\":\"很好\"}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("reason").asString()).isEqualTo("NOT_ENDED");
		EngagementFixtures.moveIntoThePast(context, id);
		assertThat(anonymous.post("/api/v1/public/open-days/registrations/" + code + "/feedback",
				"{\"rating\":9}").status()).isEqualTo(400);
		var given = anonymous.post("/api/v1/public/open-days/registrations/" + code + "/feedback",
				"{\"rating\":4,\"comment\":\"讲解清楚\"}");
		assertThat(given.status()).as(given.body()).isEqualTo(200);
		assertThat(given.json().get("rating").asInt()).isEqualTo(4);
		assertThat(given.json().get("comment").asString()).isEqualTo("讲解清楚");
		assertThat(anonymous.post("/api/v1/public/open-days/registrations/" + code + "/feedback",
				"{\"rating\":1}").json().get("reason").asString()).isEqualTo("GIVEN");
		assertThat(anonymous.post("/api/v1/public/open-days/registrations/" + code + "/cancel", "{}")
			.json().get("reason").asString()).isEqualTo("STARTED");
		assertThat(register(id, EngagementFixtures.phone(), 1).json().get("reason").asString()).isEqualTo("CLOSED");
	}

	@Test
	void aRaceForTheLastSeatsOverHttpGivesThemToExactlyAsManyAsFit() throws Exception {
		long id = EngagementFixtures.openDay(officer, "开放日-抢座", 5);
		assertThat(register(id, EngagementFixtures.phone(), 3).status()).isEqualTo(201); // 2 seats left
		int racers = 16;
		List<String> phones = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			phones.add(EngagementFixtures.phone());
		}
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Api.Response>> answers = new ArrayList<>();
			for (String phone : phones) {
				answers.add(pool.submit(() -> {
					start.await();
					return register(id, phone, 1);
				}));
			}
			start.countDown();
			int won = 0;
			int full = 0;
			for (Future<Api.Response> answer : answers) {
				Api.Response r = answer.get();
				if (r.status() == 201) {
					won++;
				}
				else if (r.status() == 409 && "FULL".equals(r.json().get("reason").asString())) {
					full++;
				}
			}
			assertThat(won).isEqualTo(2);
			assertThat(full).isEqualTo(racers - 2);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(seatsTaken(id)).isEqualTo(5);
		assertThat(rows(id)).isEqualTo(3);
		assertThat(jdbc.sql("SELECT sum(party_size) FROM engagement.registration WHERE open_day_id = ? AND state = 'REGISTERED'")
			.param(id).query(Integer.class).single()).isEqualTo(5);
	}

	@Test
	void thePublicSeesEventsAndSeatsButNeverAnyonesNameOrPhone() {
		long id = EngagementFixtures.openDay(officer, "开放日-公开", 10);
		String phone = EngagementFixtures.phone();
		anonymous.post("/api/v1/public/open-days/" + id + "/registrations", registration("李公开", phone, "社区志愿队", 2));
		var list = anonymous.get("/api/v1/public/open-days");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("开放日-公开").doesNotContain("李公开", phone, phone.substring(7), "社区志愿队");
		var one = anonymous.get("/api/v1/public/open-days/" + id);
		assertThat(one.json().get("seatsLeft").asInt()).isEqualTo(8);
		assertThat(one.body()).doesNotContain("李公开", phone);
		assertThat(anonymous.get("/api/v1/public/open-days/registrations/NOPE0-NOPE0").status()).isEqualTo(404);
		assertThat(anonymous.get("/api/v1/public/open-days/999999999").status()).isEqualTo(404);
	}

	@Test
	void thePublicPagesSpeakChineseFirstAndEnglishOnRequest() {
		long id = EngagementFixtures.openDay(officer, "开放日-双语", 6);
		var pages = org.chengguan.PageSession.anonymous(port);
		var chinese = pages.get("/public/open-days/" + id);
		assertThat(chinese.status()).isEqualTo(200);
		assertThat(chinese.body()).contains("开放日-双语", "剩余 6 / 共 6 人", "提交报名");
		var english = pages.get("/public/open-days/" + id + "?lang=en");
		assertThat(english.body()).contains("6 left of 6", "Register");
		assertThat(pages.get("/public/open-days/999999999").status()).isEqualTo(404);
	}

	private Api.Response register(long id, String phone, int party) {
		return anonymous.post("/api/v1/public/open-days/" + id + "/registrations",
				registration("报名人", phone, null, party));
	}

	private int rows(long id) {
		return jdbc.sql("SELECT count(*) FROM engagement.registration WHERE open_day_id = ?").param(id)
			.query(Integer.class).single();
	}

	private int seatsTaken(long id) {
		return jdbc.sql("SELECT seats_taken FROM engagement.open_day WHERE id = ?").param(id).query(Integer.class).single();
	}
}
