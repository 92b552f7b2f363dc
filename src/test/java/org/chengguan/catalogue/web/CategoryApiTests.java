package org.chengguan.catalogue.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class CategoryApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@Test
	void listsEveryCategoryWithItsClassDefaultDepartmentAndLimit() {
		var response = api.get("/api/v1/categories");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.json().size()).isEqualTo(42);
		var garbage = withCode(response.json(), "E0102");
		assertThat(garbage.get("name").asString()).isEqualTo("暴露垃圾");
		assertThat(garbage.get("chineseCode").asString()).isEqualTo("事件0102");
		assertThat(garbage.get("kind").asString()).isEqualTo("EVENT");
		assertThat(garbage.get("classCode").asString()).isEqualTo("01");
		assertThat(garbage.get("className").asString()).isEqualTo("市容环境");
		assertThat(garbage.get("defaultDepartment").get("code").asString()).isEqualTo("SANITATION");
		assertThat(garbage.get("defaultDepartment").get("name").asString()).isEqualTo("环卫处");
		assertThat(garbage.get("defaultLimit").toString()).isEqualTo("{\"amount\":4,\"unit\":\"WORK_HOURS\"}");
		assertThat(garbage.get("urgent").asBoolean()).isFalse();
	}

	@Test
	void listsTheCategoriesOfOneKind() {
		var components = api.get("/api/v1/categories?kind=COMPONENT").json();
		var events = api.get("/api/v1/categories?kind=event").json();

		assertThat(components.size()).isEqualTo(16);
		assertThat(components.valueStream()).allMatch(c -> c.get("kind").asString().equals("COMPONENT"));
		assertThat(events.size()).isEqualTo(26);
		assertThat(events.valueStream()).allMatch(c -> c.get("kind").asString().equals("EVENT"));
	}

	@Test
	void findsCategoriesByTextInTheirNameOrCode() {
		assertThat(codes(api.get("/api/v1/categories?q=" + encode("垃圾")).json())).containsExactly("C0305", "E0102",
				"E0103");
		assertThat(codes(api.get("/api/v1/categories?q=c010").json())).containsExactly("C0101", "C0102", "C0103",
				"C0104", "C0105");
		assertThat(codes(api.get("/api/v1/categories?kind=COMPONENT&q=" + encode("井盖")).json())).hasSize(5);
		assertThat(api.get("/api/v1/categories?q=" + encode("没有这种")).json().size()).isZero();
	}

	@Test
	void answersAnUnknownKindWithAProblemNamingIt() {
		var response = api.get("/api/v1/categories?kind=THING");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("'THING'");
	}

	@Test
	void showsOneCategoryInFullWithItsRules() {
		var response = api.get("/api/v1/categories/E0102");

		assertThat(response.status()).isEqualTo(200);
		var garbage = response.json();
		assertThat(garbage.get("code").asString()).isEqualTo("E0102");
		assertThat(garbage.get("standard").asString()).isEqualTo("CJ/T 214-2007");
		assertThat(garbage.get("filingRule").asString()).contains("0.5㎡");
		assertThat(garbage.get("closingRule").asString()).isNotBlank();
		assertThat(garbage.get("active").asBoolean()).isTrue();
	}

	@Test
	void findsACategoryByItsChineseOrLowerCaseCode() {
		var chinese = api.get("/api/v1/categories/" + encode("部件0101"));
		var lower = api.get("/api/v1/categories/c0101");

		assertThat(chinese.status()).isEqualTo(200);
		assertThat(chinese.json().get("code").asString()).isEqualTo("C0101");
		assertThat(chinese.json().get("urgent").asBoolean()).isTrue();
		assertThat(chinese.json().get("defaultLimit").toString())
			.isEqualTo("{\"amount\":6,\"unit\":\"NATURAL_HOURS\"}");
		assertThat(lower.json().get("name").asString()).isEqualTo("上水井盖");
	}

	@Test
	void answersAnUnknownCategoryWithAProblemNamingTheCode() {
		for (var code : new String[] { "E9999", "事件9999", "nonsense" }) {
			var response = api.get("/api/v1/categories/" + encode(code));

			assertThat(response.status()).as(code).isEqualTo(404);
			assertThat(response.isProblem()).as(code).isTrue();
			assertThat(response.json().get("detail").asString()).contains("'" + code + "'");
		}
	}

	static JsonNode withCode(JsonNode categories, String code) {
		return categories.valueStream().filter(c -> c.get("code").asString().equals(code)).findFirst().orElseThrow();
	}

	static java.util.List<String> codes(JsonNode categories) {
		return categories.valueStream().map(c -> c.get("code").asString()).toList();
	}

	static String encode(String text) {
		return URLEncoder.encode(text, UTF_8).replace("+", "%20");
	}
}
