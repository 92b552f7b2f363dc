package org.chengguan.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Star ratings over HTTP: a period is rated when a leader closes it after its end, never while open; the stars
 * explain themselves on the merchant's record; the public sees starred shops' names and stars only, and can print
 * the certificate.
 */
@PlatformTest
class StarRatingTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	CommerceFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new CommerceFixtures(context, port);
	}

	@Test
	void aPeriodStillOpenIsNeitherClosedNorShown() {
		LocalDate today = LocalDate.now(ZONE);
		Api leader = fixtures.as(fixtures.leader());
		long id = open(leader, "测试未结束周期" + System.nanoTime(), today.minusDays(5), today);
		var close = leader.post("/api/v1/rating-periods/" + id + "/close", "{}");
		assertThat(close.status()).isEqualTo(422);
		assertThat(close.json().get("detail").asString()).contains("still open");
		var ratings = leader.get("/api/v1/rating-periods/" + id + "/ratings");
		assertThat(ratings.status()).isEqualTo(409);
		assertThat(jdbc.sql("SELECT count(*) FROM commerce.star_rating WHERE period_id = ?").param(id)
			.query(Long.class).single()).isZero();
		assertThat(fixtures.as(fixtures.officer()).post("/api/v1/rating-periods/" + id + "/close", "{}").status())
			.as("an officer does not close periods").isEqualTo(403);
	}

	@Test
	void closingRatesEachMerchantWithReasonsShownOnItsRecordAndInThePublicListAndCertificate() {
		LocalDate today = LocalDate.now(ZONE);
		long good = fixtures.merchant("测试五星茶馆", null).get("id").asLong();
		long poor = fixtures.merchant("测试两星杂货", null).get("id").asLong();
		Api officer = fixtures.as(fixtures.officer());
		assertThat(officer.put("/api/v1/merchants/" + good + "/agreement", "application/json",
				"{\"signedOn\":\"" + today.minusDays(20) + "\",\"duties\":[\"CLEAN\",\"ORDERLY\"]}").status())
			.isEqualTo(200);
		String twoDaysAgo = Instant.now().minus(2, ChronoUnit.DAYS).toString();
		var visit = officer.post("/api/v1/merchants/" + poor + "/joint-visits", """
				{"visitedAt":"%s","results":[{"itemCode":"ENF_OUTSIDE","passed":false},
				 {"itemCode":"ENF_STACKING","passed":false},{"itemCode":"FIRE_EXIT","passed":false},
				 {"itemCode":"MKT_PRICES","passed":true}]}""".formatted(twoDaysAgo));
		assertThat(visit.status()).as(visit.body()).isEqualTo(201);

		Api leader = fixtures.as(fixtures.leader());
		long period = open(leader, "测试季度" + System.nanoTime(), today.minusDays(10), today.minusDays(1));
		var closed = leader.post("/api/v1/rating-periods/" + period + "/close", "{}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");

		JsonNode goodStars = officer.get("/api/v1/merchants/" + good).json().get("stars");
		assertThat(goodStars.get("periodId").asLong()).isEqualTo(period);
		assertThat(goodStars.get("score").asInt()).isEqualTo(95);
		assertThat(goodStars.get("stars").asInt()).isEqualTo(5);
		assertThat(goodStars.get("reasons").toString()).contains("\"rule\":\"AGREEMENT\"");
		JsonNode poorStars = officer.get("/api/v1/merchants/" + poor).json().get("stars");
		assertThat(poorStars.get("score").asInt()).isEqualTo(75);
		assertThat(poorStars.get("stars").asInt()).isEqualTo(3);
		assertThat(poorStars.get("reasons").toString())
			.contains("{\"rule\":\"FAILED_ITEM\",\"count\":3,\"points\":-15}");

		var publicList = fixtures.anonymous().get("/api/v1/public/stars");
		assertThat(publicList.status()).isEqualTo(200);
		JsonNode entry = find(publicList.json().get("items"), good);
		assertThat(entry.get("name").asString()).isEqualTo("测试五星茶馆");
		assertThat(entry.get("stars").asInt()).isEqualTo(5);
		assertThat(entry.propertyNames()).containsExactlyInAnyOrder("merchantId", "name", "stars");
		assertThat(publicList.body()).doesNotContain("13912345678").doesNotContain("王小明");

		var pdf = fixtures.anonymous().get("/api/v1/public/stars/" + good + "/certificate.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF-").as("a CJK font embedded, not boxes").contains("WenQuanYi");
		assertThat(leader.post("/api/v1/rating-periods/" + period + "/close", "{}").status())
			.as("rated once").isEqualTo(409);
	}

	@Test
	void ofTwoLeadersClosingOnePeriodAtOnceOneRatesAndTheOtherIsRefused() throws Exception {
		LocalDate today = LocalDate.now(ZONE);
		Api leader = fixtures.as(fixtures.leader());
		Api admin = fixtures.anonymous().as(new org.chengguan.TestUsers(context).admin());
		fixtures.merchant("测试并发评定店", null);
		long period = open(leader, "测试并发周期" + System.nanoTime(), today.minusDays(40), today.minusDays(31));
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (Api api : List.of(leader, admin)) {
				answers.add(pool.submit(() -> {
					start.await();
					return api.post("/api/v1/rating-periods/" + period + "/close", "{}").status();
				}));
			}
			for (Future<Integer> f : answers) {
				statuses.add(f.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		long merchants = jdbc.sql("SELECT count(*) FROM commerce.merchant").query(Long.class).single();
		long rated = jdbc.sql("SELECT count(*) FROM commerce.star_rating WHERE period_id = ?").param(period)
			.query(Long.class).single();
		assertThat(rated).as("each merchant rated once").isLessThanOrEqualTo(merchants).isPositive();
	}

	@Test
	void rulesAreChangedByLeadersOnlyAndMustStayCoherent() {
		assertThat(fixtures.as(fixtures.officer()).put("/api/v1/star-rating/rules", "application/json",
				"{\"BASE\":80}").status()).isEqualTo(403);
		var incoherent = fixtures.as(fixtures.leader()).put("/api/v1/star-rating/rules", "application/json",
				"{\"STARS_4\":99}");
		assertThat(incoherent.status()).isEqualTo(400);
		assertThat(fixtures.as(fixtures.officer()).get("/api/v1/star-rating/rules").json().get("STARS_4").asInt())
			.isEqualTo(85);
	}

	private static long open(Api leader, String name, LocalDate from, LocalDate to) {
		var opened = leader.post("/api/v1/rating-periods",
				"{\"name\":\"" + name + "\",\"startsOn\":\"" + from + "\",\"endsOn\":\"" + to + "\"}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asLong();
	}

	private static JsonNode find(JsonNode items, long merchantId) {
		for (JsonNode item : items) {
			if (item.get("merchantId").asLong() == merchantId) {
				return item;
			}
		}
		throw new AssertionError("merchant " + merchantId + " is not in " + items);
	}
}
