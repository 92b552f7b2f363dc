package org.chengguan.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.engagement.EngagementFixtures.registration;

import java.time.Duration;
import java.time.Instant;

import org.chengguan.Api;
import org.chengguan.PageSession;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff's side of the open days: who creates them where, what they see of registrants, attendance. */
@PlatformTest
class OpenDayStaffTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	Api anonymous;

	Api officer;

	Api otherOfficer;

	Api operator;

	@BeforeEach
	void signIn() {
		var users = new TestUsers(context);
		anonymous = new Api(port);
		officer = anonymous.as(users.token(EngagementFixtures.OFFICER));
		otherOfficer = anonymous.as(users.token(EngagementFixtures.OTHER_OFFICER));
		operator = anonymous.as(users.token(EngagementFixtures.OPERATOR));
	}

	@Test
	void anOfficerCreatesAnOpenDayInTheirRegionWithItsRegistrationWindow() {
		long id = EngagementFixtures.openDay(officer, "开放日-创建", 40);
		var created = anonymous.get("/api/v1/public/open-days/" + id).json();
		assertThat(created.get("regionCode").asString()).isEqualTo("340603001006");
		assertThat(created.get("capacity").asInt()).isEqualTo(40);
		assertThat(created.get("registrationOpen").asBoolean()).isTrue();
		assertThat(created.get("registrationClosesAt").asString()).isEqualTo(created.get("startsAt").asString());
		assertThat(officer.get("/api/v1/open-days").json().get("items").toString()).contains("开放日-创建");
		assertThat(otherOfficer.get("/api/v1/open-days").json().get("items").toString()).doesNotContain("开放日-创建");
	}

	@Test
	void otherRolesAndOtherRegionsMayNotCreateOne() {
		String body = body("开放日-越权", 10, EngagementFixtures.LAT, EngagementFixtures.LON);
		var outside = otherOfficer.post("/api/v1/open-days", body);
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.json().get("detail").asString()).contains("outside your scope");
		assertThat(operator.post("/api/v1/open-days", body).status()).isEqualTo(403);
		assertThat(anonymous.post("/api/v1/open-days", body).status()).isEqualTo(401);
		assertThat(count("开放日-越权")).isZero();
	}

	@Test
	void faultyOpenDaysAreRefusedWithEveryFault() {
		var refused = officer.post("/api/v1/open-days", """
				{"title":"","startsAt":"2030-01-02T02:00:00Z","endsAt":"2030-01-02T01:00:00Z","place":"","capacity":0}""");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").toString()).contains("title:", "place:", "capacity:", "startsAt, endsAt:",
				"lat, lon:");
		var outsideCity = officer.post("/api/v1/open-days", body("开放日-城外", 10, 31.2, 121.5));
		assertThat(outsideCity.status()).isEqualTo(422);
		assertThat(count("开放日-城外")).isZero();
	}

	@Test
	void staffSeeNamesAndMaskedPhonesButNeverTheCodesAndMarkAttendanceOnceItStarts() {
		long id = EngagementFixtures.openDay(officer, "开放日-到场", 10);
		String phone = EngagementFixtures.phone();
		var made = anonymous.post("/api/v1/public/open-days/" + id + "/registrations",
				registration("赵到场", phone, "淮北师范大学", 2));
		String code = made.json().get("code").asString();
		var list = officer.get("/api/v1/open-days/" + id + "/registrations");
		assertThat(list.status()).isEqualTo(200);
		var row = list.json().get("items").get(0);
		assertThat(row.get("name").asString()).isEqualTo("赵到场");
		assertThat(row.get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(list.body()).doesNotContain(phone, code);
		assertThat(list.json().get("seatsTaken").asInt()).isEqualTo(2);
		assertThat(otherOfficer.get("/api/v1/open-days/" + id + "/registrations").status()).isEqualTo(403);
		long registrationId = row.get("id").asLong();
		String attendance = "/api/v1/open-days/" + id + "/registrations/" + registrationId + "/attendance";
		var early = officer.post(attendance, "{\"attended\":true}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("reason").asString()).isEqualTo("NOT_STARTED");
		EngagementFixtures.moveIntoThePast(context, id);
		var marked = officer.post(attendance, "{\"attended\":true}");
		assertThat(marked.status()).as(marked.body()).isEqualTo(200);
		assertThat(marked.json().get("attended").asBoolean()).isTrue();
		assertThat(officer.get("/api/v1/open-days/" + id + "/registrations").json().get("attended").asInt()).isEqualTo(1);
	}

	@Test
	void theStaffPageListsRegistrantsWithMaskedPhones() {
		long id = EngagementFixtures.openDay(officer, "开放日-页面", 10);
		String phone = EngagementFixtures.phone();
		anonymous.post("/api/v1/public/open-days/" + id + "/registrations", registration("钱页面", phone, null, 1));
		var session = PageSession.signIn(port, EngagementFixtures.OFFICER.username(), TestUsers.PASSWORD);
		var page = session.get("/engagement/open-days/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("钱页面", phone.substring(0, 3) + "****" + phone.substring(7)).doesNotContain(phone);
		var list = session.get("/engagement/open-days");
		assertThat(list.body()).contains("开放日-页面");
		var created = session.post("/engagement/open-days", java.util.Map.of("title", "开放日-表单", "description", "",
				"date", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(3).toString(), "startTime", "09:00", "endTime",
				"11:00", "place", "翠峰社区工作站", "lat", "33.955", "lon", "116.798", "capacity", "20"));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.redirectPath()).startsWith("/engagement/open-days/");
		assertThat(count("开放日-表单")).isEqualTo(1);
		var refused = session.post("/engagement/open-days", java.util.Map.of("title", "开放日-表单错", "date", "",
				"startTime", "09:00", "endTime", "11:00", "place", "", "lat", "33.955", "lon", "116.798", "capacity", "0"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("开放日未创建", "名额须为 1–10000 人", "请填写地点");
		var otherSession = PageSession.signIn(port, EngagementFixtures.OTHER_OFFICER.username(), TestUsers.PASSWORD);
		assertThat(otherSession.get("/engagement/open-days/" + id).status()).isEqualTo(403);
	}

	private static String body(String title, int capacity, double lat, double lon) {
		Instant start = Instant.now().plus(Duration.ofDays(3));
		return """
				{"title":"%s","startsAt":"%s","endsAt":"%s","place":"某地","lat":%s,"lon":%s,"capacity":%d}"""
			.formatted(title, start, start.plus(Duration.ofHours(2)), lat, lon, capacity);
	}

	private int count(String title) {
		return jdbc.sql("SELECT count(*) FROM engagement.open_day WHERE title = ?").param(title).query(Integer.class)
			.single();
	}
}
