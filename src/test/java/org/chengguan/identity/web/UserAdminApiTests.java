package org.chengguan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.identity.web.IdentityApiFixtures.assertProblem;
import static org.chengguan.identity.web.IdentityApiFixtures.uniqueName;
import static org.chengguan.identity.web.IdentityApiFixtures.uniquePhone;

import java.util.List;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

@PlatformTest
class UserAdminApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RegionDirectory regions;

	Api admin;

	Location centre;

	@BeforeEach
	void setUp() {
		admin = new Api(port).as(new TestUsers(context).admin());
		centre = regions.locate(new GeoPoint(33.955, 116.798)).orElseThrow();
	}

	@Test
	void createsAnInspectorWithGridsOfTheirCommunity() {
		String community = centre.community().orElseThrow().code();
		String grid = centre.grid().orElseThrow().code();
		String name = uniqueName("t-inspector");
		var response = admin.post("/api/v1/users", """
				{"username": "%s", "displayName": "测试网格员", "password": "%s", "roles": ["INSPECTOR"],
				 "scope": "%s", "grids": ["%s"]}""".formatted(name.toUpperCase(), TestUsers.PASSWORD, community, grid));

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		long id = response.json().get("id").asLong();
		assertThat(response.header("Location")).contains("/api/v1/users/" + id);
		assertThat(response.json().get("username").asString()).isEqualTo(name);
		assertThat(response.json().get("grids").get(0).asString()).isEqualTo(grid);
		assertThat(response.body()).doesNotContain("password").doesNotContain("$2a$");
		assertThat(admin.get("/api/v1/users/" + id).json().get("scope").asString()).isEqualTo(community);
		assertThat(new TestUsers(context).signIn(name, TestUsers.PASSWORD)).isNotBlank();
	}

	@Test
	void refusesAnUnknownScopeAHandlerWithoutDepartmentAndAGridOutsideTheScopeListingEach() {
		String otherStreetsCommunity = regions.children(centre.district().code()).stream()
			.filter(s -> !s.code().equals(centre.street().code()))
			.flatMap(s -> regions.children(s.code()).stream())
			.findFirst().orElseThrow().code();
		String grid = centre.grid().orElseThrow().code();

		assertErrors(create("[\"OPERATOR\"]", "\"340699\"", null, null), "scope: no region has the code '340699'");
		assertErrors(create("[\"HANDLER\"]", "\"3406\"", null, null), "department: a HANDLER");
		assertErrors(create("[\"HANDLER\"]", "\"3406\"", "\"NO_SUCH_DEPT\"", null),
				"department: no department has the code 'NO_SUCH_DEPT'");
		assertErrors(create("[\"INSPECTOR\"]", "\"" + otherStreetsCommunity + "\"", null, "[\"" + grid + "\"]"),
				"grids: grid " + grid + " lies outside the scope " + otherStreetsCommunity);
		assertErrors(create("[]", "\"3406\"", null, null), "roles: at least one");
		assertErrors(create("[\"MAYOR\"]", "\"3406\"", null, null), "role: 'MAYOR' is not one of");
	}

	@Test
	void aTakenUsernameOrPhoneIsAConflict() {
		String name = uniqueName("t-twice");
		String phone = uniquePhone();
		String body = """
				{"username": "%s", "displayName": "两次", "password": "%s", "phone": "%s", "roles": ["OPERATOR"],
				 "scope": "340603"}""";
		assertThat(admin.post("/api/v1/users", body.formatted(name, TestUsers.PASSWORD, phone)).status()).isEqualTo(201);
		assertProblem(admin.post("/api/v1/users", body.formatted(name, TestUsers.PASSWORD, uniquePhone())), 409,
				"is taken");
		assertProblem(admin.post("/api/v1/users", body.formatted(uniqueName("t-other"), TestUsers.PASSWORD, phone)), 409,
				"belongs to another account");
	}

	@Test
	void listsUsersByRoleAndRegionAPageAtATime() {
		String district = "340604";
		for (int i = 0; i < 3; i++) {
			admin.post("/api/v1/users", """
					{"username": "%s", "displayName": "烈山区派遣员", "password": "%s", "roles": ["DISPATCHER"],
					 "scope": "%s"}""".formatted(uniqueName("t-dispatch"), TestUsers.PASSWORD, district));
		}
		var page = admin.get("/api/v1/users?role=dispatcher&region=" + district + "&size=2").json();
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(page.get("content")).hasSize(2);
		assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
		for (JsonNode user : page.get("content")) {
			assertThat(user.get("roles").toString()).contains("DISPATCHER");
			assertThat(user.get("scope").asString()).startsWith(district);
		}
		assertProblem(admin.get("/api/v1/users?role=MAYOR"), 400, "MAYOR");
		assertProblem(admin.get("/api/v1/users?region=34x"), 400, "region");
		assertProblem(admin.get("/api/v1/users?size=1000"), 400, "size");
		assertProblem(admin.get("/api/v1/users/999999999"), 404, "999999999");
	}

	@Test
	void phonesAreShownInFullToAdministratorsAndToTheUserThemselfButMaskedInTheAudit() {
		String phone = uniquePhone();
		String name = uniqueName("t-phone");
		var created = admin.post("/api/v1/users", """
				{"username": "%s", "displayName": "有手机", "password": "%s", "phone": "%s", "roles": ["OFFICER"],
				 "scope": "340603"}""".formatted(name, TestUsers.PASSWORD, phone));
		assertThat(created.json().get("phone").asString()).isEqualTo(phone);

		var own = new Api(port).as(new TestUsers(context).signIn(name, TestUsers.PASSWORD)).get("/api/v1/auth/me");
		assertThat(own.json().get("phone").asString()).isEqualTo(phone);

		new Api(port).post("/api/v1/auth/otp", "{\"phone\":\"" + phone + "\"}");
		var audit = admin.get("/api/v1/auth/audit?size=200");
		assertThat(audit.body()).doesNotContain(phone).contains(phone.substring(0, 3) + "****" + phone.substring(7));
	}

	@Test
	void theAuditListsTheNewestFirst() {
		var rows = admin.get("/api/v1/auth/audit?size=50").json().get("content");
		assertThat(rows.size()).isGreaterThan(1);
		List<String> times = rows.valueStream().map(r -> r.get("at").asString()).toList();
		assertThat(times).isSortedAccordingTo((a, b) -> java.time.Instant.parse(b).compareTo(java.time.Instant.parse(a)));
	}

	private Api.Response create(String roles, String scope, String department, String grids) {
		return admin.post("/api/v1/users", """
				{"username": "%s", "displayName": "校验", "password": "%s", "roles": %s, "scope": %s,
				 "department": %s, "grids": %s}""".formatted(uniqueName("t-invalid"), TestUsers.PASSWORD, roles, scope,
				department, grids));
	}

	private static void assertErrors(Api.Response response, String error) {
		assertProblem(response, 400, error);
		assertThat(response.json().get("errors").valueStream().map(JsonNode::asString))
			.anyMatch(e -> e.startsWith(error));
	}
}
