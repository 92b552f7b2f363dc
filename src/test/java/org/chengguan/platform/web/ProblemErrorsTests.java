package org.chengguan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.chengguan.PageSession;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.identity.NewUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before any handler sees them still get an RFC 9457 problem: by Tomcat's parser (characters a URL
 * must encode, headers over the limit), by the security firewall, or by a path nothing serves; and text PostgreSQL
 * cannot store (the NUL character) is refused, not failed. Sent over a plain socket, since HTTP clients refuse to
 * send most of them.
 */
@PlatformTest
class ProblemErrorsTests {

	private static final NewUser CITIZEN = NewUser.citizen("t-problem-citizen", "测试市民", TestUsers.PASSWORD,
			"13800009902");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aUrlWithCharactersItMustEncodeIsAProblem() throws IOException {
		RawHttp.Raw raw = send("GET /api/v1/categories?q=[x]{y}|z HTTP/1.1\r\nHost: localhost\r\n");
		JsonNode problem = problem(raw, 400);
		assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
		assertThat(problem.get("detail").asString()).isNotBlank();
	}

	@Test
	void headersOverTheLimitAreAProblem() throws IOException {
		RawHttp.Raw raw = send("GET /api/v1/categories HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(10_000)
				+ "\r\n");
		assertThat(raw.status()).isBetween(400, 431);
		problem(raw, raw.status());
	}

	@Test
	void aPathTheFirewallRefusesIsAProblemThatSaysWhy() throws IOException {
		RawHttp.Raw raw = send("GET /api/v1/cases/%2525 HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n");
		JsonNode problem = problem(raw, 400);
		assertThat(problem.get("detail").asString()).contains("rejected");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/cases/%2525");
		assertThat(problem.has("timestamp")).isFalse();
	}

	@Test
	void aPageTheFirewallRefusesIsStillAnErrorPage() throws IOException {
		RawHttp.Raw raw = send("GET /cases/%2525 HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n");
		assertThat(raw.status()).isEqualTo(400);
		assertThat(raw.header("content-type")).startsWith("text/html");
		assertThat(new String(raw.body(), StandardCharsets.UTF_8)).contains("400");
	}

	@Test
	void anUnknownApiPathIsAProblem() throws IOException {
		RawHttp.Raw raw = send("GET /api/v1/no-such-thing HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n");
		assertThat(raw.status()).isIn(401, 404);
		problem(raw, raw.status());
	}

	@Test
	void aNulCharacterInAQueryIsAProblemNotAFailure() throws IOException {
		JsonNode problem = problem(send("GET /api/v1/facilities?q=a%00b HTTP/1.1\r\nHost: localhost\r\n"
				+ "Accept: application/json\r\n"), 400);
		assertThat(problem.get("detail").asString()).contains("U+0000");
	}

	@Test
	void aNulCharacterInAPageFormIsAnErrorPage() throws IOException {
		String form = "username=ad%00min&password=x";
		RawHttp.Raw raw = RawHttp.exchange(port, "POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n"
				+ "Connection: close\r\n\r\n" + form);
		assertThat(raw.status()).isEqualTo(400);
		assertThat(raw.header("content-type")).startsWith("text/html");
	}

	@Test
	void aNulCharacterInAJsonBodyIsAProblemNotAFailure() throws IOException {
		String body = "{\"username\":\"ad\\u0000min\",\"password\":\"x\"}";
		JsonNode problem = problem(RawHttp.exchange(port, "POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n"
				+ body), 400);
		assertThat(problem.get("detail").asString()).contains("U+0000");
	}

	@Test
	void anUploadThatIsNotMultipartIsRefusedNotFailed() {
		new TestUsers(context).ensure(CITIZEN);
		PageSession citizen = PageSession.signIn(port, CITIZEN.username(), TestUsers.PASSWORD);
		citizen.get("/citizen/vendor");
		PageSession.Page refused = citizen.post("/citizen/vendor/photo", Map.of("photo", "not a file"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("multipart");
	}

	@Test
	void aPageThatFailsIsAnErrorPageNotJson() {
		new TestUsers(context).ensure(CITIZEN);
		PageSession browser = PageSession.signIn(port, CITIZEN.username(), TestUsers.PASSWORD);
		PageSession.Page page = browser.get("/test-only/failing-page");
		assertThat(page.status()).isEqualTo(500);
		assertThat(page.body()).contains("id=\"page-error\"").contains("500")
			.doesNotContain("a failure nothing expected");
	}

	@Test
	void aListWithANullElementIsRefusedWhileTheBodyIsRead() throws IOException {
		String campaign = "{\"name\":\"测试\",\"categories\":[\"E0102\"],\"regions\":[\"340603\"],"
				+ "\"startDate\":\"2026-12-01\",\"endDate\":\"2026-12-31\",\"targets\":[null]}";
		String token = new TestUsers(context).admin();
		JsonNode problem = problem(RawHttp.exchange(port, "POST /api/v1/campaigns HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
				+ campaign.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + campaign), 400);
		assertThat(problem.get("detail").asString()).contains("null").contains("targets");
	}

	private RawHttp.Raw send(String requestAndHeaders) throws IOException {
		return RawHttp.exchange(port, requestAndHeaders + "Connection: close\r\n\r\n");
	}

	private static JsonNode problem(RawHttp.Raw raw, int status) {
		assertThat(raw.status()).isEqualTo(status);
		assertThat(raw.header("content-type")).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(raw.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		return problem;
	}
}
