package org.chengguan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.chengguan.Api;
import org.chengguan.PageSession;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.commerce.CommerceFixtures;
import org.chengguan.identity.NewUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The commerce pages as each audience gets them over HTTP: staff lists mask the owner while the record shows them;
 * the owner's page and the public list of starred shops show no personal data; a period still open cannot be closed
 * from the page, and the refusal is in words; citizens do not get the staff pages.
 */
@PlatformTest
class CommercePagesTests {

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
	void staffSeeTheOwnerMaskedInTheListAndInFullOnTheRecord() {
		long id = fixtures.merchant("测试页面脱敏店", null).get("id").asLong();
		fixtures.userId(fixtures.officer());
		PageSession officer = PageSession.signIn(port, "t-com-officer", TestUsers.PASSWORD);
		var list = officer.get("/commerce/merchants?q=测试页面脱敏店");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("测试页面脱敏店").contains("139****5678").doesNotContain("13912345678");
		var record = officer.get("/commerce/merchants/" + id);
		assertThat(record.status()).isEqualTo(200);
		assertThat(record.body()).contains("13912345678").contains("340603199001011234");
	}

	@Test
	void theOwnerSeesTheirShopWithoutPersonalDataAndNotTheStaffPages() {
		NewUser owner = NewUser.citizen("t-com-page-owner", "测试页面店主", TestUsers.PASSWORD, "13700009905");
		long id = fixtures.merchant("测试我的店铺", fixtures.userId(owner)).get("id").asLong();
		PageSession session = PageSession.signIn(port, owner.username(), TestUsers.PASSWORD);
		var shop = session.get("/citizen/shop");
		assertThat(shop.status()).isEqualTo(200);
		assertThat(shop.body()).contains("测试我的店铺").contains("东至隔壁店门").doesNotContain("13912345678")
			.doesNotContain("340603199001011234");
		assertThat(session.get("/commerce/merchants/" + id).status()).isEqualTo(403);
	}

	@Test
	void theHeadMerchantsOwnerRecordsTheAlliancesSelfInspectionOnTheirShopPage() {
		NewUser owner = NewUser.citizen("t-com-page-head", "测试页面盟长", TestUsers.PASSWORD, "13700009906");
		long head = fixtures.merchant("测试页面盟长店", fixtures.userId(owner)).get("id").asLong();
		var alliance = fixtures.as(fixtures.officer()).post("/api/v1/alliances", "{\"name\":\"测试页面联盟"
				+ System.nanoTime() + "\",\"regionCode\":\"" + fixtures.street() + "\",\"headMerchantId\":" + head + "}");
		long id = alliance.json().get("alliance").get("id").asLong();
		PageSession session = PageSession.signIn(port, owner.username(), TestUsers.PASSWORD);
		assertThat(session.get("/citizen/shop").body()).contains("shop-self-inspection").contains("联盟自查");
		var recorded = session.post("/citizen/shop/alliances/" + id + "/self-inspections",
				Map.of("inspectedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "merchantsChecked", "3",
						"problemsFound", "0", "findings", "均已落实门前三包"));
		assertThat(session.follow(recorded).body()).contains("自查记录已提交");
		var list = fixtures.as(fixtures.officer()).get("/api/v1/alliances/" + id).json().get("selfInspections");
		assertThat(list.get(0).get("findings").asString()).isEqualTo("均已落实门前三包");
	}

	@Test
	void thePublicListShowsStarredShopsNamesAndStarsWithoutSigningIn() {
		long id = fixtures.merchant("测试公开星级店", null).get("id").asLong();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Api leader = fixtures.as(fixtures.leader());
		var period = leader.post("/api/v1/rating-periods", "{\"name\":\"测试页面周期" + System.nanoTime()
				+ "\",\"startsOn\":\"" + today.minusDays(9) + "\",\"endsOn\":\"" + today.minusDays(1) + "\"}");
		assertThat(leader.post("/api/v1/rating-periods/" + period.json().get("id").asLong() + "/close", "{}").status())
			.isEqualTo(200);
		var page = PageSession.anonymous(port).get("/public/stars");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("星级文明户榜").contains("测试公开星级店").contains("star-" + id)
			.contains("/api/v1/public/stars/" + id + "/certificate.pdf").doesNotContain("13912345678")
			.doesNotContain("王小明");
	}

	@Test
	void closingAPeriodStillOpenFromThePageIsRefusedInWords() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		var period = fixtures.as(fixtures.leader()).post("/api/v1/rating-periods", "{\"name\":\"测试页面未完周期"
				+ System.nanoTime() + "\",\"startsOn\":\"" + today.minusDays(3) + "\",\"endsOn\":\"" + today.plusDays(3)
				+ "\"}");
		long id = period.json().get("id").asLong();
		PageSession leader = PageSession.signIn(port, "t-com-leader", TestUsers.PASSWORD);
		assertThat(leader.get("/commerce/stars").body()).contains("period-" + id).contains("关闭并评定");
		var closed = leader.post("/commerce/stars/periods/" + id + "/close", Map.of());
		var back = leader.follow(closed);
		assertThat(back.body()).contains("未保存：").contains("still open");
	}

	@Test
	void aPlanMadeOnThePlansPageIsOfferedOnTheVisitFormOfAMerchantItCovers() {
		long id = fixtures.merchant("测试计划页面店", null).get("id").asLong();
		fixtures.userId(fixtures.officer());
		PageSession officer = PageSession.signIn(port, "t-com-officer", TestUsers.PASSWORD);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String name = "测试页面检查计划" + System.nanoTime();
		var created = officer.post("/commerce/plans", java.util.List.of(Map.entry("name", name),
				Map.entry("regionCode", fixtures.street()), Map.entry("bodyCodes", "ENFORCEMENT"),
				Map.entry("bodyCodes", "FIRE_SAFETY"), Map.entry("startsOn", today.toString()),
				Map.entry("endsOn", today.plusDays(7).toString())));
		assertThat(officer.follow(created).body()).contains(name).contains("城管执法").contains("消防");
		assertThat(officer.get("/commerce/merchants/" + id).body()).contains("visit-plan").contains(name);
		var oneBody = officer.post("/commerce/plans", java.util.List.of(Map.entry("name", name + "单"),
				Map.entry("regionCode", fixtures.street()), Map.entry("bodyCodes", "ENFORCEMENT"),
				Map.entry("startsOn", today.toString()), Map.entry("endsOn", today.toString())));
		assertThat(officer.follow(oneBody).body()).contains("未保存：").contains("at least two bodies");
	}

	@Test
	void aMerchantRegisteredAndEditedThroughTheFormsIsLocatedAndAStaleEditIsRefused() {
		fixtures.userId(fixtures.officer());
		PageSession officer = PageSession.signIn(port, "t-com-officer", TestUsers.PASSWORD);
		var at = fixtures.spot();
		String licence = CommerceFixtures.licence();
		var fields = new java.util.LinkedHashMap<String, String>();
		fields.put("name", "测试表单登记店");
		fields.put("licenceNumber", licence);
		fields.put("businessCategory", "餐饮");
		fields.put("ownerName", "赵六");
		fields.put("ownerPhone", "13611112222");
		fields.put("address", "测试路 5 号");
		fields.put("lat", Double.toString(at.lat()));
		fields.put("lon", Double.toString(at.lon()));
		fields.put("frontage", "门前 6 米");
		var created = officer.post("/commerce/merchants/new", fields);
		assertThat(created.status()).isEqualTo(302);
		var record = officer.follow(created);
		assertThat(record.body()).contains("测试表单登记店").contains("商户已登记").contains(fixtures.street());
		String path = created.redirectPath();
		fields.put("name", "测试表单改名店");
		fields.put("version", "1");
		var edited = officer.post(path + "/edit", fields);
		assertThat(officer.follow(edited).body()).contains("测试表单改名店");
		var stale = officer.post(path + "/edit", fields);
		assertThat(stale.status()).isEqualTo(409);
		fields.put("lat", "31.23");
		fields.put("lon", "121.47");
		fields.put("licenceNumber", CommerceFixtures.licence());
		var outside = officer.post("/commerce/merchants/new", fields);
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.body()).contains("未能保存").contains("outside the city");
	}

	@Test
	void theAlliancesAndCommissionersPagesAreForStaff() {
		fixtures.userId(fixtures.officer());
		PageSession officer = PageSession.signIn(port, "t-com-officer", TestUsers.PASSWORD);
		assertThat(officer.get("/commerce/alliances").body()).contains("商户自治联盟");
		assertThat(officer.get("/commerce/commissioners").body()).contains("城管服务专员");
		assertThat(officer.get("/commerce/stars").body()).contains("评分规则").doesNotContain("关闭并评定");
	}
}
