package org.chengguan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.identity.web.IdentityApiFixtures.assertProblem;
import static org.chengguan.identity.web.IdentityApiFixtures.auditOf;
import static org.chengguan.identity.web.IdentityApiFixtures.outcomes;
import static org.chengguan.identity.web.IdentityApiFixtures.signInByCode;
import static org.chengguan.identity.web.IdentityApiFixtures.uniqueName;
import static org.chengguan.identity.web.IdentityApiFixtures.uniquePhone;

import java.time.Instant;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.identity.Role;
import org.chengguan.identity.codes.LoggingCodeSender;
import org.chengguan.identity.internal.PhoneSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class PhoneSignInApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	LoggingCodeSender sender;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Api admin;

	@BeforeEach
	void setUp() {
		api = new Api(port);
		admin = api.as(new TestUsers(context).admin());
	}

	@Test
	void aFirstSignInByPhoneCreatesTheCitizenAndALaterOneFindsThem() {
		String phone = uniquePhone();
		var sent = api.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}");
		assertThat(sent.status()).as(sent.body()).isEqualTo(202);
		assertThat(sent.json().get("sentTo").asString()).isEqualTo(PhoneNumber.mask(phone)).contains("****");
		assertThat(Instant.parse(sent.json().get("expiresAt").asString()))
			.isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));

		var first = signInByCode(api, phone, sender.lastCode(phone).orElseThrow());
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		var user = first.json().get("user");
		assertThat(user.get("roles").get(0).asString()).isEqualTo("CITIZEN");
		assertThat(user.get("username").asString()).startsWith("citizen.");
		assertThat(user.get("scope").isNull()).isTrue();

		var me = api.as(first.json().get("token").asString()).get("/api/v1/auth/me");
		assertThat(me.json().get("phone").asString()).as("the user sees their own phone in full").isEqualTo(phone);

		jdbc.sql("UPDATE identity.one_time_code SET sent_at = sent_at - interval '2 minutes' WHERE phone = ?")
			.param(phone).update();
		assertThat(api.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}").status()).isEqualTo(202);
		var second = signInByCode(api, phone, sender.lastCode(phone).orElseThrow());
		assertThat(second.json().get("user").get("id").asLong()).isEqualTo(user.get("id").asLong());
		assertThat(outcomes(auditOf(admin, PhoneNumber.mask(phone)))).startsWith("SUCCESS", "CODE_SENT", "SUCCESS",
				"CODE_SENT");
	}

	@Test
	void aCodeWorksOnlyOnce() {
		String phone = uniquePhone();
		api.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}");
		String code = sender.lastCode(phone).orElseThrow();
		assertThat(signInByCode(api, phone, code).status()).isEqualTo(200);
		assertProblem(signInByCode(api, phone, code), 401, PhoneSignIn.BAD_CODE);
	}

	@Test
	void afterFiveWrongTriesEvenTheRightCodeIsRefused() {
		String phone = uniquePhone();
		api.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}");
		String code = sender.lastCode(phone).orElseThrow();
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			assertProblem(signInByCode(api, phone, wrong), 401, PhoneSignIn.BAD_CODE);
		}
		assertProblem(signInByCode(api, phone, code), 401, PhoneSignIn.BAD_CODE);
		var rows = auditOf(admin, PhoneNumber.mask(phone));
		assertThat(outcomes(rows)).startsWith("BAD_CODE", "BAD_CODE");
		assertThat(rows.get(0).get("detail").asString()).contains("too often");
		assertThat(rows.get(1).get("detail").asString()).contains("wrong");
	}

	@Test
	void anExpiredCodeIsRefused() {
		String phone = uniquePhone();
		api.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}");
		jdbc.sql("UPDATE identity.one_time_code SET expires_at = now() - interval '1 second' WHERE phone = ?")
			.param(phone).update();
		assertProblem(signInByCode(api, phone, sender.lastCode(phone).orElseThrow()), 401, PhoneSignIn.BAD_CODE);
		assertThat(auditOf(admin, PhoneNumber.mask(phone)).get(0).get("detail").asString()).contains("expired");
	}

	@Test
	void aSecondCodeWithinSixtySecondsIsRefusedWith429AndRetryAfter() {
		String phone = uniquePhone();
		assertThat(api.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}").status()).isEqualTo(202);
		String first = sender.lastCode(phone).orElseThrow();

		var again = api.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}");
		assertProblem(again, 429, "ask for another in");
		long retryAfter = Long.parseLong(again.header("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(55L, 60L);
		assertThat(sender.lastCode(phone)).contains(first);
		assertThat(outcomes(auditOf(admin, PhoneNumber.mask(phone)))).startsWith("CODE_RATE_LIMITED", "CODE_SENT");
	}

	@Test
	void aPhoneThatIsNoMainlandMobileNumberIsA400() {
		assertProblem(api.post("/api/v1/auth/otp", "{\"phone\":\"12345\"}"), 400, "mainland mobile number");
		assertProblem(api.post("/api/v1/auth/otp", "{\"phone\":\"23800000001\"}"), 400, "mainland mobile number");
		assertProblem(api.post("/api/v1/auth/otp", "{}"), 400, "mainland mobile number");
	}

	@Test
	void aStaffPhoneCannotSignInByCode() {
		String phone = uniquePhone();
		new TestUsers(context).ensure(NewUser.staff(uniqueName("t-staff-phone"), "有手机的受理员", TestUsers.PASSWORD,
				"340603", Role.OPERATOR).withPhone(phone));
		api.post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}");
		assertProblem(signInByCode(api, phone, sender.lastCode(phone).orElseThrow()), 401, "for citizens");
		assertThat(outcomes(auditOf(admin, PhoneNumber.mask(phone)))).startsWith("NOT_A_CITIZEN", "CODE_SENT");
	}
}
