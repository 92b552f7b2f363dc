package org.chengguan.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.catalogue.web.CategoryApiTests.encode;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class RoutingApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@Test
	void routesByTheRuleForTheRegionContainingTheCase() {
		var response = api.get("/api/v1/routing?category=E0102&region=340621100001001");

		assertThat(response.status()).isEqualTo(200);
		var routing = response.json();
		assertThat(routing.get("category").get("code").asString()).isEqualTo("E0102");
		assertThat(routing.get("category").get("name").asString()).isEqualTo("暴露垃圾");
		assertThat(routing.get("region").asString()).isEqualTo("340621100001001");
		assertThat(routing.get("lead").get("code").asString()).isEqualTo("SUIXI_SANITATION");
		assertThat(routing.get("lead").get("name").asString()).isEqualTo("濉溪县环卫所");
		assertThat(routing.get("assisting").size()).isZero();
		assertThat(routing.get("rule").get("regionCode").asString()).isEqualTo("340621");
		assertThat(routing.get("source").asString()).isEqualTo("RULE");
	}

	@Test
	void routesToTheCategorysDefaultDepartmentWhenNoRuleMatches() {
		var routing = api.get("/api/v1/routing?category=" + encode("事件0102") + "&region=340603001").json();

		assertThat(routing.get("category").get("code").asString()).isEqualTo("E0102");
		assertThat(routing.get("lead").get("code").asString()).isEqualTo("SANITATION");
		assertThat(routing.has("rule")).isTrue();
		assertThat(routing.get("rule").isNull()).isTrue();
		assertThat(routing.get("source").asString()).isEqualTo("CATEGORY_DEFAULT");
	}

	@Test
	void namesTheAssistingDepartmentsOfACityWideRule() {
		var routing = api.get("/api/v1/routing?category=e0401&region=340604001").json();

		assertThat(routing.get("lead").get("code").asString()).isEqualTo("MUNICIPAL_WORKS");
		assertThat(routing.get("assisting").valueStream().map(d -> d.get("code").asString()))
			.containsExactly("TRAFFIC_MANAGEMENT", "DRAINAGE");
		assertThat(routing.get("assisting").get(0).get("name").asString()).isEqualTo("公安交管");
		assertThat(routing.get("rule").get("regionCode").asString()).isEqualTo("3406");
	}

	@ParameterizedTest
	@ValueSource(strings = { "34060a", "34060", "3406030010020031", "340603-001", "abc" })
	void answersAMalformedRegionCodeWithAProblemNamingIt(String region) {
		var response = api.get("/api/v1/routing?category=E0102&region=" + encode(region));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("'" + region + "'")
			.contains("4, 6, 9, 12 or 15 digits");
	}

	@Test
	void answersAnUnknownCategoryWithAProblemNamingIt() {
		var response = api.get("/api/v1/routing?category=E9999&region=340603");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("'E9999'");
	}

	@Test
	void answersTextThatCannotBeACategoryCodeWithAProblemNamingIt() {
		var response = api.get("/api/v1/routing?category=" + encode("垃圾") + "&region=340603");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("'垃圾'");
	}

	@Test
	void answersAMissingParameterWithAProblemNamingIt() {
		var response = api.get("/api/v1/routing?category=E0102");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("region");
	}
}
