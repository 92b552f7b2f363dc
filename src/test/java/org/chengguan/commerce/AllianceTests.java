package org.chengguan.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.identity.NewUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Merchant alliances over HTTP: formed by the region's staff, self-inspected by the head merchant's owner. */
@PlatformTest
class AllianceTests {

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
	void theHeadMerchantsOwnerRecordsTheAlliancesSelfInspectionAndAnotherMemberCannot() {
		NewUser headOwner = NewUser.citizen("t-com-head", "测试盟长", TestUsers.PASSWORD, "13700009903");
		NewUser memberOwner = NewUser.citizen("t-com-member", "测试盟员", TestUsers.PASSWORD, "13700009904");
		long head = fixtures.merchant("测试联盟盟长店", fixtures.userId(headOwner)).get("id").asLong();
		long member = fixtures.merchant("测试联盟成员店", fixtures.userId(memberOwner)).get("id").asLong();
		String name = "测试商户联盟" + System.nanoTime();
		var created = fixtures.as(fixtures.officer()).post("/api/v1/alliances", """
				{"name":"%s","regionCode":"%s","headMerchantId":%d,"memberIds":[%d],"rules":"门前三包，互查互督"}"""
			.formatted(name, fixtures.street(), head, member));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("alliance").get("id").asLong();
		assertThat(created.json().get("members")).hasSize(2);

		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		String inspection = "{\"inspectedOn\":\"" + today + "\",\"merchantsChecked\":2,\"problemsFound\":1,"
				+ "\"findings\":\"一家门前有纸箱\"}";
		assertThat(fixtures.as(memberOwner).post("/api/v1/alliances/" + id + "/self-inspections", inspection)
			.status()).isEqualTo(403);
		var recorded = fixtures.as(headOwner).post("/api/v1/alliances/" + id + "/self-inspections", inspection);
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

		JsonNode seen = fixtures.as(memberOwner).get("/api/v1/alliances/" + id).json();
		assertThat(seen.get("selfInspections").get(0).get("problemsFound").asInt()).isEqualTo(1);
		assertThat(seen.toString()).doesNotContain("13912345678");
		assertThat(fixtures.as(fixtures.officer()).get("/api/v1/merchants/" + member).json().get("allianceId").asLong())
			.isEqualTo(id);
	}

	@Test
	void ofTwoAlliancesTakingTheSameShopAtOnceOnlyOneGetsIt() throws Exception {
		long shared = fixtures.merchant("测试争抢成员店", null).get("id").asLong();
		long headA = fixtures.merchant("测试争抢盟长甲", null).get("id").asLong();
		long headB = fixtures.merchant("测试争抢盟长乙", null).get("id").asLong();
		var officer = fixtures.as(fixtures.officer());
		var start = new java.util.concurrent.CyclicBarrier(2);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
			for (long head : new long[] { headA, headB }) {
				String body = "{\"name\":\"测试争抢联盟" + head + "\",\"regionCode\":\"" + fixtures.street()
						+ "\",\"headMerchantId\":" + head + ",\"memberIds\":[" + shared + "]}";
				answers.add(pool.submit(() -> {
					start.await();
					return officer.post("/api/v1/alliances", body).status();
				}));
			}
			var statuses = new java.util.ArrayList<Integer>();
			for (var f : answers) {
				statuses.add(f.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode member = fixtures.as(fixtures.officer()).get("/api/v1/merchants/" + shared).json();
		long alliance = member.get("allianceId").asLong();
		long ofHead = fixtures.as(fixtures.officer()).get("/api/v1/alliances/" + alliance).json().get("alliance")
			.get("headMerchantId").asLong();
		assertThat(ofHead).isIn(headA, headB);
		long otherHead = ofHead == headA ? headB : headA;
		assertThat(fixtures.as(fixtures.officer()).get("/api/v1/merchants/" + otherHead).json().has("allianceId"))
			.as("the refused alliance left nothing behind").isFalse();
	}

	@Test
	void aMerchantInAnotherAllianceOrASelfInspectionWithoutADateIsRefused() {
		long head = fixtures.merchant("测试双盟店", null).get("id").asLong();
		String body = "{\"name\":\"%s\",\"regionCode\":\"" + fixtures.street() + "\",\"headMerchantId\":" + head + "}";
		var first = fixtures.as(fixtures.officer()).post("/api/v1/alliances", body.formatted("测试联盟甲" + System.nanoTime()));
		assertThat(first.status()).isEqualTo(201);
		assertThat(fixtures.as(fixtures.officer()).post("/api/v1/alliances", body.formatted("测试联盟乙" + System.nanoTime()))
			.status()).isEqualTo(409);
		long id = first.json().get("alliance").get("id").asLong();
		assertThat(fixtures.as(fixtures.officer()).post("/api/v1/alliances/" + id + "/self-inspections",
				"{\"merchantsChecked\":1,\"problemsFound\":0}").status()).isEqualTo(400);
	}
}
