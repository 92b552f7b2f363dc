package org.chengguan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;

import org.chengguan.PlatformTest;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * What goes over the socket, read byte by byte (a JDK client hides the framing): a JSON answer that fits Tomcat's
 * buffer comes with its Content-Length, a larger one still arrives whole.
 */
@PlatformTest
class JsonResponseFramingTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoDataLoader regions;

	@BeforeEach
	void setUp() {
		regions.loadIfAbsent();
	}

	@Test
	void sendsASmallJsonAnswerWithItsLength() throws IOException {
		RawHttp.Raw raw = RawHttp.exchange(port, "GET /api/v1/locate?lat=33.955&lon=116.798 HTTP/1.1\r\n"
				+ "Host: localhost\r\nConnection: close\r\n\r\n");
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.header("content-type")).startsWith("application/json");
		assertThat(raw.header("transfer-encoding")).isNull();
		assertThat(raw.header("content-length")).isEqualTo(String.valueOf(raw.body().length));
		assertThat(JsonMapper.builder().build().readTree(raw.body()).get("district")).isNotNull();
	}

	@Test
	void sendsAProblemWithItsLength() throws IOException {
		String body = "{\"username\": ";
		RawHttp.Raw raw = RawHttp.exchange(port, "POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
		assertThat(raw.status()).isEqualTo(400);
		assertThat(raw.header("content-type")).startsWith("application/problem+json");
		assertThat(raw.header("transfer-encoding")).isNull();
		assertThat(raw.header("content-length")).isEqualTo(String.valueOf(raw.body().length));
		assertThat(JsonMapper.builder().build().readTree(raw.body()).get("status").asInt()).isEqualTo(400);
	}

	@Test
	void streamsAJsonAnswerLargerThanTheBufferWhole() throws IOException {
		RawHttp.Raw raw = RawHttp.exchange(port,
				"GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.body().length).isGreaterThan(8192);
		assertThat(raw.header("transfer-encoding")).isEqualTo("chunked");
		assertThat(JsonMapper.builder().build().readTree(raw.body()).size()).isPositive();
	}

	@Test
	void holdsOnlyJsonDocuments() {
		assertThat(JsonResponseFraming.isJson("application/json")).isTrue();
		assertThat(JsonResponseFraming.isJson("application/json;charset=UTF-8")).isTrue();
		assertThat(JsonResponseFraming.isJson("application/problem+json")).isTrue();
		assertThat(JsonResponseFraming.isJson("Application/Geo+JSON")).isTrue();
		assertThat(JsonResponseFraming.isJson("text/event-stream")).isFalse();
		assertThat(JsonResponseFraming.isJson("text/html;charset=UTF-8")).isFalse();
		assertThat(JsonResponseFraming.isJson("application/x-ndjson")).isFalse();
		assertThat(JsonResponseFraming.isJson(null)).isFalse();
	}
}
