package org.chengguan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@PlatformTest
class PlatformSmokeTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void reportsHealthUp() {
		var response = new Api(port).get("/actuator/health");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void describesTheApiInOpenApi() {
		var response = new Api(port).get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("openapi").asString()).startsWith("3.");
		assertThat(response.json().get("paths").propertyNames()).contains("/api/v1/locate", "/api/v1/regions/{code}",
				"/api/v1/regions/{code}/grids.geojson", "/api/v1/categories", "/api/v1/worktime/deadline",
				"/api/v1/auth/token", "/api/v1/cases", "/api/v1/cases/{id}/{action}", "/api/v1/cases/{id}/timeline",
				"/api/v1/photos");
	}

	@Test
	void answersAnUnknownPathWithAProblem() {
		var response = new Api(port).as(new TestUsers(context).admin()).get("/api/v1/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("status").asInt()).isEqualTo(404);
	}
}
