package org.chengguan.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class DepartmentApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@Test
	void listsEveryDepartmentWithItsContactData() {
		var response = api.get("/api/v1/departments");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(response.json().size()).isEqualTo(17);
		assertThat(response.json().valueStream()).allSatisfy(d -> {
			assertThat(d.get("code").asString()).matches("[A-Z_]+");
			assertThat(d.get("phone").asString()).startsWith("0561-31");
			assertThat(d.get("contactPerson").asString()).isNotBlank();
			assertThat(d.get("address").asString()).isNotBlank();
			assertThat(d.get("duties").asString()).isNotBlank();
		});
	}

	@Test
	void showsOneDepartment() {
		var response = api.get("/api/v1/departments/SUIXI_SANITATION");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("name").asString()).isEqualTo("濉溪县环卫所");
		assertThat(response.json().get("englishName").asString()).isEqualTo("Suixi County Sanitation Station");
	}

	@Test
	void findsADepartmentByItsCodeInLowerCase() {
		assertThat(api.get("/api/v1/departments/sanitation").json().get("name").asString()).isEqualTo("环卫处");
	}

	@Test
	void answersAnUnknownDepartmentWithAProblemNamingTheCode() {
		var response = api.get("/api/v1/departments/NO_SUCH_DEPT");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("'NO_SUCH_DEPT'");
	}
}
