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
	}

	@Test
	void answersAnUnknownPathWithAProblem() {
		var response = new Api(port).as(new TestUsers(context).admin()).get("/api/v1/no-such-thing");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("status").asInt()).isEqualTo(404);
	}
}
