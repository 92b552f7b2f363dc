package org.chengguan.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.chengguan.Api;
import org.chengguan.TestUsers;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the engagement tests share: staff users in the demo geography (the city centre, 33.955 N 116.798 E, lies in
 * 翠峰社区 340603001006 of 相南街道 340603001), open days created over the API, and phone numbers no other test uses.
 */
public final class EngagementFixtures {

	/** The city centre, inside 相南街道. */
	public static final double LAT = 33.955;

	public static final double LON = 116.798;

	/** An officer of 相南街道, where the centre lies. */
	public static final NewUser OFFICER = NewUser.staff("t-eng-officer", "测试开放日队员", TestUsers.PASSWORD, "340603001",
			Role.OFFICER);

	/** An officer of another street (东街道), outside the centre. */
	public static final NewUser OTHER_OFFICER = NewUser.staff("t-eng-officer-2", "测试外街队员", TestUsers.PASSWORD,
			"340603002", Role.OFFICER);

	/** A hotline operator (受理员) of 相山区. */
	public static final NewUser OPERATOR = NewUser.staff("t-eng-operator", "测试热线受理员", TestUsers.PASSWORD, "340603",
			Role.OPERATOR);

	/** A leader of the city: reads calls, never a full phone. */
	public static final NewUser LEADER = NewUser.staff("t-eng-leader", "测试领导", TestUsers.PASSWORD, "3406", Role.LEADER);

	private static final AtomicLong phones = new AtomicLong(System.nanoTime() % 10_000_000L);

	private EngagementFixtures() {
	}

	/** A mobile number no other test of this run uses. */
	public static String phone() {
		return "139" + String.format("%08d", (phones.incrementAndGet() * 7919) % 100_000_000L);
	}

	/** Creates an open day at the centre over the API as the officer; answers its id. */
	public static long openDay(Api officer, String title, int capacity) {
		Instant start = Instant.now().plus(Duration.ofDays(7));
		var response = officer.post("/api/v1/open-days", """
				{"title":"%s","description":"走进城管指挥中心","startsAt":"%s","endsAt":"%s","place":"相山区城管指挥中心",
				 "lat":%s,"lon":%s,"capacity":%d}""".formatted(title, start, start.plus(Duration.ofHours(3)), LAT, LON,
				capacity));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

	/** Moves an open day into the past (it has started and ended): our own table, so tests need not wait. */
	public static void moveIntoThePast(ApplicationContext context, long openDayId) {
		context.getBean(JdbcClient.class).sql("""
				UPDATE engagement.open_day SET registration_opens_at = now() - interval '10 days',
				    registration_closes_at = now() - interval '3 hours', starts_at = now() - interval '3 hours',
				    ends_at = now() - interval '1 hour'
				WHERE id = ?""").param(openDayId).update();
	}

	static String registration(String name, String phone, String organisation, int party) {
		return """
				{"name":"%s","phone":"%s","organisation":%s,"partySize":%d}""".formatted(name, phone,
				organisation == null ? "null" : "\"" + organisation + "\"", party);
	}
}
