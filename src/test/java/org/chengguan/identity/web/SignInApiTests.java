package org.chengguan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.identity.web.IdentityApiFixtures.assertProblem;
import static org.chengguan.identity.web.IdentityApiFixtures.auditOf;
import static org.chengguan.identity.web.IdentityApiFixtures.outcomes;
import static org.chengguan.identity.web.IdentityApiFixtures.signIn;
import static org.chengguan.identity.web.IdentityApiFixtures.uniqueName;

import java.time.Instant;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.identity.Actor;
import org.chengguan.identity.NewUser;
import org.chengguan.identity.Role;
import org.chengguan.identity.internal.PasswordSignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@PlatformTest
class SignInApiTests {

	static final String PASSWORD = "right-horse-7";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Api api;

	Api admin;

	TestUsers users;

	@BeforeEach
	void setUp() {
		users = new TestUsers(context);
		api = new Api(port);
		admin = api.as(users.admin());
	}

	@Test
	void signsInWithUsernameAndPasswordAndAnswersATokenThatExpiresInTwelveHours() {
		Actor user = operator(uniqueName("t-sign"));
		var response = signIn(api, user.username(), PASSWORD);

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		var body = response.json();
		assertThat(body.get("token").asString()).matches("[A-Za-z0-9_-]{43}");
		Instant expiresAt = Instant.parse(body.get("expiresAt").asString());
		assertThat(expiresAt).isBetween(Instant.now().plusSeconds(12 * 3600 - 60), Instant.now().plusSeconds(12 * 3600 + 60));
		assertThat(body.get("user").get("id").asLong()).isEqualTo(user.userId());
		assertThat(body.get("user").get("username").asString()).isEqualTo(user.username());
		assertThat(body.get("user").get("roles").get(0).asString()).isEqualTo("OPERATOR");
		assertThat(body.get("user").get("scope").asString()).isEqualTo("340603");
		assertThat(body.get("user").get("department").isNull()).isTrue();
	}

	@Test
	void theTokenSignsInLaterRequestsAsTheUser() {
		Actor user = operator(uniqueName("t-me"));
		String token = signIn(api, user.username().toUpperCase(), PASSWORD).json().get("token").asString();

		var me = api.as(token).get("/api/v1/auth/me");
		assertThat(me.status()).as(me.body()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo(user.username());
		assertThat(me.json().get("displayName").asString()).isEqualTo("测试受理员");
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameGenericAnswer() {
		Actor user = operator(uniqueName("t-generic"));
		var wrongPassword = signIn(api, user.username(), "wrong-password");
		var unknownUser = signIn(api, uniqueName("t-nobody"), PASSWORD);

		assertProblem(wrongPassword, 401, PasswordSignIn.WRONG_CREDENTIALS);
		assertProblem(unknownUser, 401, PasswordSignIn.WRONG_CREDENTIALS);
		assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownUser.json().get("detail"));
		assertThat(wrongPassword.json().get("title")).isEqualTo(unknownUser.json().get("title"));
	}

	@Test
	void fiveFailuresLockTheAccountAndTheRightPasswordIsThenRefusedWith423() {
		Actor user = operator(uniqueName("t-lock"));
		for (int i = 1; i <= 4; i++) {
			assertProblem(signIn(api, user.username(), "wrong-" + i), 401, PasswordSignIn.WRONG_CREDENTIALS);
		}
		var fifth = signIn(api, user.username(), "wrong-5");
		assertProblem(fifth, 423, "locked");
		Instant lockedUntil = Instant.parse(fifth.json().get("lockedUntil").asString());
		assertThat(lockedUntil).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(16 * 60));

		var right = signIn(api, user.username(), PASSWORD);
		assertProblem(right, 423, "locked");
		assertThat(right.json().get("lockedUntil").asString()).isEqualTo(lockedUntil.toString());
		assertThat(outcomes(auditOf(admin, user.username()))).startsWith("LOCKED", "LOCKED_OUT", "BAD_CREDENTIALS");
	}

	@Test
	void anAdministratorUnlocksALockedAccount() {
		Actor user = operator(uniqueName("t-unlock"));
		for (int i = 1; i <= 5; i++) {
			signIn(api, user.username(), "wrong-" + i);
		}
		assertThat(admin.get("/api/v1/users/" + user.userId()).json().get("lockedUntil")).isNotNull();

		var unlocked = admin.post("/api/v1/users/" + user.userId() + "/unlock", "");
		assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
		assertThat(unlocked.json().get("lockedUntil")).isNull();
		assertThat(unlocked.json().get("failedAttempts").asInt()).isZero();
		assertThat(signIn(api, user.username(), PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aSuccessResetsTheCountOfFailures() {
		Actor user = operator(uniqueName("t-reset"));
		for (int i = 1; i <= 4; i++) {
			signIn(api, user.username(), "wrong-" + i);
		}
		assertThat(signIn(api, user.username(), PASSWORD).status()).isEqualTo(200);
		for (int i = 1; i <= 4; i++) {
			assertThat(signIn(api, user.username(), "wrong-" + i).status()).isEqualTo(401);
		}
		assertThat(signIn(api, user.username(), PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void signingOutRevokesTheTokenAtOnce() {
		Actor user = operator(uniqueName("t-logout"));
		Api signedIn = api.as(signIn(api, user.username(), PASSWORD).json().get("token").asString());
		assertThat(signedIn.get("/api/v1/auth/me").status()).isEqualTo(200);

		assertThat(signedIn.post("/api/v1/auth/logout", "").status()).isEqualTo(204);

		var after = signedIn.get("/api/v1/auth/me");
		assertProblem(after, 401, "revoked");
		assertThat(after.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
		assertThat(outcomes(auditOf(admin, user.username()))).startsWith("SIGNED_OUT", "SUCCESS");
	}

	@Test
	void aDeactivatedUserCannotSignInAndTheirTokensStopWorking() {
		Actor user = operator(uniqueName("t-gone"));
		Api signedIn = api.as(signIn(api, user.username(), PASSWORD).json().get("token").asString());

		var deactivated = admin.post("/api/v1/users/" + user.userId() + "/deactivate", "");
		assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
		assertThat(deactivated.json().get("active").asBoolean()).isFalse();

		assertProblem(signedIn.get("/api/v1/auth/me"), 401, "revoked");
		assertProblem(signIn(api, user.username(), PASSWORD), 401, PasswordSignIn.WRONG_CREDENTIALS);
		assertThat(outcomes(auditOf(admin, user.username()))).startsWith("INACTIVE");
	}

	@Test
	void anAdministratorCannotDeactivateThemself() {
		long self = users.ensure(TestUsers.ADMIN).userId();
		assertProblem(admin.post("/api/v1/users/" + self + "/deactivate", ""), 409, "own account");
	}

	@Test
	void aTokenRequestNeedsBothHalvesOfAPair() {
		assertProblem(api.post("/api/v1/auth/token", "{\"username\":\"t-admin\"}"), 400, "password: required");
		assertProblem(api.post("/api/v1/auth/token", "{\"phone\":\"13900000000\"}"), 400, "code: required");
		assertProblem(api.post("/api/v1/auth/token", "{}"), 400, "username: required");
	}

	@Test
	void everySignInAndFailureIsAuditedWithTheClient() {
		Actor user = operator(uniqueName("t-audit"));
		signIn(api, user.username(), "wrong-1");
		api.send("/api/v1/auth/token", request -> request.header("Content-Type", "application/json")
			.header("User-Agent", "audit-test/1.0")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + user.username() + "\",\"password\":\"" + PASSWORD + "\"}")));

		var rows = auditOf(admin, user.username());
		assertThat(outcomes(rows)).containsExactly("SUCCESS", "BAD_CREDENTIALS");
		var success = rows.get(0);
		assertThat(success.get("method").asString()).isEqualTo("PASSWORD");
		assertThat(success.get("userId").asLong()).isEqualTo(user.userId());
		assertThat(success.get("remoteAddress").asString()).isNotBlank();
		assertThat(success.get("userAgent").asString()).isEqualTo("audit-test/1.0");
		assertThat(rows.get(1).get("detail").asString()).contains("failure 1 of 5");

		String nobody = uniqueName("t-nobody");
		signIn(api, nobody, "whatever-1");
		var unknown = auditOf(admin, nobody);
		assertThat(outcomes(unknown)).containsExactly("BAD_CREDENTIALS");
		assertThat(unknown.get(0).get("userId")).isNull();
	}

	private Actor operator(String username) {
		return users.ensure(new NewUser(username, "测试受理员", PASSWORD, null, java.util.Set.of(Role.OPERATOR), "340603",
				null, null));
	}
}
