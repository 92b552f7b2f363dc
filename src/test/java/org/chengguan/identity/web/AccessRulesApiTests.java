package org.chengguan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.identity.web.IdentityApiFixtures.assertProblem;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Which endpoints need what: public, any signed-in user, administrators only. */
@PlatformTest
class AccessRulesApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Api api;

	TestUsers users;

	@BeforeEach
	void setUp() {
		users = new TestUsers(context);
		users.ensure(TestUsers.ADMIN);
		api = new Api(port);
	}

	@Test
	void theReadingEndpointsStayPublic() {
		for (String path : new String[] { "/api/v1/locate?lat=33.955&lon=116.798", "/api/v1/regions",
				"/api/v1/regions/3406", "/api/v1/categories", "/api/v1/departments", "/api/v1/departments/SANITATION",
				"/api/v1/routing?category=E0102&region=340621100", "/api/v1/worktime/calendar/2026",
				"/api/v1/worktime/deadline?from=2026-09-30T09:00:00%2B08:00&amount=2&unit=WORK_DAYS",
				"/actuator/health", "/actuator/health/liveness", "/v3/api-docs" }) {
			var response = api.get(path);
			assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
		}
	}

	@Test
	void everythingElseUnderTheApiNeedsAToken() {
		var response = api.get("/api/v1/auth/me");
		assertProblem(response, 401, "Authorization: Bearer");
		assertThat(response.header("WWW-Authenticate")).contains("Bearer");
		assertProblem(api.get("/api/v1/no-such-thing"), 401, "Bearer");
		assertProblem(api.get("/api/v1/users"), 401, "Bearer");
	}

	@Test
	void aTokenThisServerNeverIssuedIsA401SayingSo() {
		var response = api.as("not-a-token-of-ours").get("/api/v1/auth/me");
		assertProblem(response, 401, "not valid");
		assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
	}

	@Test
	void aBadTokenDoesNotSpoilAPublicEndpoint() {
		assertThat(api.as("not-a-token-of-ours").get("/api/v1/regions/3406").status()).isEqualTo(200);
	}

	@Test
	void nonAdministratorsAreRefusedTheUsersApiAndTheAuditWith403() {
		Api operator = api.as(users.token(TestUsers.OPERATOR));
		var response = operator.get("/api/v1/users");
		assertProblem(response, 403, "This needs the role ADMIN (系统管理员); t-operator has OPERATOR.");
		assertProblem(operator.get("/api/v1/users/1"), 403, "ADMIN");
		assertProblem(operator.post("/api/v1/users", "{}"), 403, "ADMIN");
		assertProblem(operator.get("/api/v1/auth/audit"), 403, "ADMIN");
		assertThat(operator.get("/api/v1/auth/me").status()).isEqualTo(200);
	}

	@Test
	void importsNeedAnAdministrator() {
		Api operator = api.as(users.token(TestUsers.OPERATOR));
		assertProblem(operator.post("/api/v1/regions/import", "application/geo+json", "{}"), 403, "ADMIN");
		assertProblem(operator.put("/api/v1/worktime/calendar/2099", "application/json", "{}"), 403, "ADMIN");
		assertProblem(api.post("/api/v1/regions/import", "application/geo+json", "{}"), 401, "Bearer");
		assertProblem(api.put("/api/v1/worktime/calendar/2099", "application/json", "{}"), 401, "Bearer");
		assertProblem(api.as(users.admin()).post("/api/v1/regions/import", "application/geo+json", "{}"), 400,
				"FeatureCollection");
	}

	@Test
	void theApiDescriptionNamesTheBearerSchemeWhereItIsNeeded() {
		var docs = api.get("/v3/api-docs").json();
		var scheme = docs.get("components").get("securitySchemes").get("bearer");
		assertThat(scheme.get("type").asString()).isEqualTo("http");
		assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
		var paths = docs.get("paths");
		assertThat(paths.get("/api/v1/auth/me").get("get").get("security").get(0).has("bearer")).isTrue();
		assertThat(paths.get("/api/v1/users").get("get").get("description").asString()).contains("ADMIN");
		assertThat(paths.get("/api/v1/auth/token").get("post").has("security")).isFalse();
		assertThat(paths.get("/api/v1/locate").get("get").has("security")).isFalse();
	}
}
