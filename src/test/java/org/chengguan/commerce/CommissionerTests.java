package org.chengguan.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Service commissioners over HTTP: assigned to a complex, their visits and questions logged, phones masked. */
@PlatformTest
class CommissionerTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	CommerceFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CommerceFixtures(context, port);
	}

	@Test
	void aCommissionersVisitAndTheQuestionsAnsweredAreLoggedForTheComplex() {
		var spot = fixtures.spot();
		var complex = fixtures.as(fixtures.officer()).post("/api/v1/complexes",
				"{\"name\":\"测试综合体" + System.nanoTime() + "\",\"address\":\"测试大道 1 号\",\"lat\":" + spot.lat()
						+ ",\"lon\":" + spot.lon() + "}");
		assertThat(complex.status()).as(complex.body()).isEqualTo(201);
		long complexId = complex.json().get("id").asLong();
		var assigned = fixtures.as(fixtures.officer()).post("/api/v1/complexes/" + complexId + "/commissioners",
				"{\"name\":\"测试专员\",\"phone\":\"13811112222\"}");
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
		assertThat(assigned.json().get("phone").asString()).isEqualTo("138****2222");
		long id = assigned.json().get("id").asLong();

		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		var logged = fixtures.as(fixtures.officer()).post("/api/v1/commissioners/" + id + "/visits", """
				{"visitedOn":"%s","summary":"走访一楼餐饮商户","questions":[
				 {"question":"外摆需要审批吗？","answer":"特色外摆需向街道申请，按划定区域摆放"}]}""".formatted(today));
		assertThat(logged.status()).as(logged.body()).isEqualTo(201);
		JsonNode log = fixtures.as(fixtures.officer()).get("/api/v1/commissioners/" + id + "/visits").json();
		assertThat(log.get(0).get("questions").get(0).get("answer").asString()).startsWith("特色外摆");
		assertThat(fixtures.as(fixtures.stranger()).get("/api/v1/commissioners/" + id + "/visits").status())
			.isEqualTo(403);
		var future = fixtures.as(fixtures.officer()).post("/api/v1/commissioners/" + id + "/visits",
				"{\"visitedOn\":\"2999-01-01\",\"summary\":\"x\"}");
		assertThat(future.status()).isEqualTo(400);
	}

	@Test
	void aComplexOffTheGlobeIsRefusedAndNothingIsWritten() {
		String name = "测试综合体" + System.nanoTime();
		var refused = fixtures.as(fixtures.officer()).post("/api/v1/complexes",
				"{\"name\":\"" + name + "\",\"lat\":-1e308,\"lon\":116.8}");
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("detail").asString()).contains("latitude");
		var outside = fixtures.as(fixtures.officer()).post("/api/v1/complexes",
				"{\"name\":\"" + name + "\",\"lat\":39.9,\"lon\":116.4}");
		assertThat(outside.status()).as(outside.body()).isEqualTo(422);
		var spot = fixtures.spot();
		var created = fixtures.as(fixtures.officer()).post("/api/v1/complexes",
				"{\"name\":\"" + name + "\",\"lat\":" + spot.lat() + ",\"lon\":" + spot.lon() + "}");
		assertThat(created.status()).as("the name is still free: " + created.body()).isEqualTo(201);
	}
}
