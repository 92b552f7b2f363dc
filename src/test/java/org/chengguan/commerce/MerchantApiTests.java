package org.chengguan.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.NewUser;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Merchants and their storefront agreements over HTTP: located at registration, refused outside the city or with
 * bad fields with nothing saved, the owner's personal data in full only on the record for staff of the region.
 */
@PlatformTest
class MerchantApiTests {

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
	void aRegisteredMerchantIsLocatedToItsGridCommunityAndStreet() {
		GeoPoint at = fixtures.spot();
		String licence = CommerceFixtures.licence();
		var created = fixtures.as(fixtures.officer()).post("/api/v1/merchants",
				CommerceFixtures.merchantJson("测试定位面馆", licence, at, null));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode m = created.json();
		assertThat(m.get("licenceNumber").asString()).isEqualTo(licence);
		assertThat(m.get("streetCode").asString()).isEqualTo(fixtures.street());
		assertThat(m.get("regionCode").asString()).startsWith(m.get("communityCode").asString())
			.hasSize(15);
		assertThat(m.get("frontageMetres").asInt()).isEqualTo(12);
		assertThat(m.get("owner").get("phone").asString()).isEqualTo("13912345678");
		assertThat(m.get("owner").get("masked").asBoolean()).isFalse();
	}

	@Test
	void aMerchantOutsideTheCityIsRefusedWith422AndNothingIsSaved() {
		String licence = CommerceFixtures.licence();
		var refused = fixtures.as(fixtures.officer()).post("/api/v1/merchants",
				CommerceFixtures.merchantJson("测试城外小店", licence, new GeoPoint(31.2304, 121.4737), null));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("outside the city");
		assertThat(count(licence)).isZero();
	}

	@Test
	void badFieldsAreAllNamedWith400() {
		var refused = fixtures.as(fixtures.officer()).post("/api/v1/merchants", """
				{"name":"","licenceNumber":"x","businessCategory":"餐饮","ownerName":"王","ownerPhone":"12345",
				 "address":"测试路","lat":33.97,"lon":116.81}""");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("name is required").contains("licenceNumber").contains("ownerPhone");
	}

	@Test
	void theOwnerMustBeACitizensAccount() {
		long staffId = fixtures.userId(fixtures.officer());
		String licence = CommerceFixtures.licence();
		var refused = fixtures.as(fixtures.officer()).post("/api/v1/merchants",
				CommerceFixtures.merchantJson("测试员工店主", licence, fixtures.spot(), staffId));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(count(licence)).isZero();
	}

	@Test
	void aSecondMerchantWithTheSameLicenceIsAConflict() {
		String licence = CommerceFixtures.licence();
		Api officer = fixtures.as(fixtures.officer());
		assertThat(officer.post("/api/v1/merchants", CommerceFixtures.merchantJson("测试执照一", licence,
				fixtures.spot(), null)).status()).isEqualTo(201);
		var again = officer.post("/api/v1/merchants", CommerceFixtures.merchantJson("测试执照二", licence,
				fixtures.spot(), null));
		assertThat(again.status()).isEqualTo(409);
		assertThat(count(licence)).isEqualTo(1);
	}

	@Test
	void anOfficerOfAnotherDistrictCannotRegisterOrReadTheMerchant() {
		var refused = fixtures.as(fixtures.stranger()).post("/api/v1/merchants",
				CommerceFixtures.merchantJson("测试越权小店", CommerceFixtures.licence(), fixtures.spot(), null));
		assertThat(refused.status()).isEqualTo(403);
		long id = fixtures.merchant("测试本区小店", null).get("id").asLong();
		assertThat(fixtures.as(fixtures.stranger()).get("/api/v1/merchants/" + id).status()).isEqualTo(403);
	}

	@Test
	void staffListsMaskTheOwnerAndTheOwnerAndOtherCitizensNeverSeeIt() {
		NewUser owner = CommerceFixtures.owner();
		long ownerId = fixtures.userId(owner);
		long id = fixtures.merchant("测试脱敏烧烤", ownerId).get("id").asLong();

		JsonNode list = fixtures.as(fixtures.officer()).get("/api/v1/merchants?q=测试脱敏烧烤").json();
		JsonNode listed = list.get("items").get(0);
		assertThat(listed.get("owner").get("phone").asString()).isEqualTo("139****5678");
		assertThat(listed.get("owner").get("idNumber").asString()).isEqualTo("340***********1234");
		assertThat(listed.get("owner").get("name").asString()).isEqualTo("王**");
		assertThat(listed.get("owner").get("masked").asBoolean()).isTrue();

		var mine = fixtures.as(owner).get("/api/v1/merchants/" + id);
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().get("name").asString()).isEqualTo("测试脱敏烧烤");
		assertThat(mine.json().has("owner")).as("no owner data for the owner either").isFalse();
		assertThat(mine.body()).doesNotContain("13912345678").doesNotContain("5678");
		assertThat(fixtures.as(owner).get("/api/v1/merchants/mine").body()).contains("测试脱敏烧烤")
			.doesNotContain("13912345678");

		NewUser other = NewUser.citizen("t-com-other", "测试路人", TestUsers.PASSWORD, "13700009902");
		assertThat(fixtures.as(other).get("/api/v1/merchants/" + id).status()).isEqualTo(403);
		assertThat(fixtures.as(other).get("/api/v1/merchants").status()).isEqualTo(403);
	}

	@Test
	void anAgreementWithoutASignatureDateIsRefusedAndNothingIsSaved() {
		long id = fixtures.merchant("测试无日期责任书", null).get("id").asLong();
		var refused = fixtures.as(fixtures.officer()).put("/api/v1/merchants/" + id + "/agreement",
				"application/json", "{\"duties\":[\"CLEAN\",\"ORDERLY\"]}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asString()).contains("signature date");
		assertThat(jdbc.sql("SELECT count(*) FROM commerce.storefront_agreement WHERE merchant_id = ?").param(id)
			.query(Long.class).single()).isZero();
		var unknownDuty = fixtures.as(fixtures.officer()).put("/api/v1/merchants/" + id + "/agreement",
				"application/json", "{\"signedOn\":\"2026-03-01\",\"duties\":[\"SING\"]}");
		assertThat(unknownDuty.status()).isEqualTo(400);
	}

	@Test
	void aSignedAgreementIsOnTheMerchantsRecordWithItsDuties() {
		long id = fixtures.merchant("测试签约水果店", null).get("id").asLong();
		var signed = fixtures.as(fixtures.officer()).put("/api/v1/merchants/" + id + "/agreement",
				"application/json", "{\"signedOn\":\"2026-03-01\",\"duties\":[\"CLEAN\",\"NO_GOODS_OUTSIDE\"]}");
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		JsonNode agreement = fixtures.as(fixtures.officer()).get("/api/v1/merchants/" + id).json().get("agreement");
		assertThat(agreement.get("signedOn").asString()).isEqualTo("2026-03-01");
		assertThat(agreement.get("duties").toString()).isEqualTo("[\"CLEAN\",\"NO_GOODS_OUTSIDE\"]");
	}

	@Test
	void anEditAtAStaleVersionIsAConflict() {
		JsonNode m = fixtures.merchant("测试改版本", null);
		long id = m.get("id").asLong();
		String body = CommerceFixtures.merchantJson("测试改版本二", m.get("licenceNumber").asString(),
				new GeoPoint(m.get("lat").asDouble(), m.get("lon").asDouble()), null);
		String edit = body.replaceFirst("\\{", "{\"version\":" + m.get("version").asInt() + ",");
		Api officer = fixtures.as(fixtures.officer());
		assertThat(officer.put("/api/v1/merchants/" + id, "application/json", edit).status()).isEqualTo(200);
		var stale = officer.put("/api/v1/merchants/" + id, "application/json", edit);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(officer.get("/api/v1/merchants/" + id).json().get("name").asString()).isEqualTo("测试改版本二");
	}

	@Test
	void theCommerceApiIsDescribedInOpenApi() {
		var docs = fixtures.anonymous().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/merchants/{id}/agreement").contains("/api/v1/merchants/{id}/joint-visits")
			.contains("/api/v1/rating-periods/{id}/close").contains("/api/v1/public/stars")
			.contains("/api/v1/alliances/{id}/self-inspections").contains("/api/v1/commissioners/{id}/visits");
	}

	private long count(String licence) {
		return jdbc.sql("SELECT count(*) FROM commerce.merchant WHERE licence_number = ?").param(licence)
			.query(Long.class).single();
	}
}
