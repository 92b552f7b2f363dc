package org.chengguan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.chengguan.identity.NewUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the API's OpenAPI description, sent malformed input by an administrator, a citizen and nobody:
 * path variables no record has (or that are not numbers, or that the firewall refuses), query parameters of the
 * wrong kind or carrying a NUL, bodies that are not JSON. None may fail with a 5xx, and every refusal is an RFC 9457
 * problem. The inputs write nothing (no id exists, no body parses, a NUL is refused first; a write with neither a
 * body nor an id is left out), so the sweep leaves the shared database as it found it.
 */
@PlatformTest
class ApiSweepTests {

	private static final NewUser CITIZEN = NewUser.citizen("t-sweep-citizen", "测试市民", TestUsers.PASSWORD,
			"13800009901");

	private static final List<String> PATH_VALUES = List.of("0", "-1", "abc", "99999999999999999999", "%2525",
			"%20");

	private static final List<String> QUERY_VALUES = List.of("", "abc", "-1", "0", "99999999999999999999", "1e400",
			"NaN", "<script>", "2026-13-45", "null", "'; DROP TABLE x;--", "中".repeat(300), "true", "[]", "..%2F");

	private static final List<String> BODIES = List.of("{", "[1,", "{\"a\":", "");

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noOperationFailsOnMalformedInputAndEveryRefusalIsAProblem() {
		TestUsers users = new TestUsers(context);
		Api api = new Api(port);
		Map<String, Api> callers = Map.of("admin", api.as(users.admin()), "citizen", api.as(users.token(CITIZEN)),
				"anonymous", api.anonymous());
		JsonNode paths = api.get("/v3/api-docs").json().get("paths");
		Random random = new Random(2026);
		List<String> wrong = new ArrayList<>();
		int sent = 0;
		for (var path : paths.properties()) {
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
				if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
					continue;
				}
				boolean writes = !method.equals("GET");
				if (writes && !operation.getValue().has("requestBody") && !path.getKey().contains("{")) {
					// no body to break and no id to miss (sign-out, rebuild, payout): the request would be valid
					continue;
				}
				List<String> query = new ArrayList<>();
				for (JsonNode parameter : operation.getValue().path("parameters")) {
					if ("query".equals(parameter.path("in").asString())) {
						query.add(parameter.get("name").asString());
					}
				}
				// a round per path value with random query values, then one per query parameter carrying a NUL alone
				// (with the others absent, so that nothing else is refused first)
				List<String> targets = new ArrayList<>();
				for (String pathValue : PATH_VALUES) {
					String target = VARIABLE.matcher(path.getKey()).replaceAll(Matcher.quoteReplacement(pathValue));
					StringBuilder q = new StringBuilder();
					for (String name : query) {
						q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(URLEncoder
							.encode(QUERY_VALUES.get(random.nextInt(QUERY_VALUES.size())), StandardCharsets.UTF_8));
					}
					targets.add(target + q);
				}
				for (String name : query) {
					targets.add(VARIABLE.matcher(path.getKey()).replaceAll("0") + "?" + name + "=a%00b");
				}
				for (String target : targets) {
					String body = BODIES.get(random.nextInt(BODIES.size()));
					for (var caller : callers.entrySet()) {
						Api.Response response = caller.getValue().send(target, request -> {
							request.header("Accept", "application/json");
							return switch (method) {
								case "GET" -> request.GET();
								case "DELETE" -> request.DELETE();
								default -> request.header("Content-Type", "application/json")
									.method(method, HttpRequest.BodyPublishers.ofString(body));
							};
						});
						sent++;
						boolean fails = response.status() >= 500;
						boolean notAProblem = response.status() >= 400 && !response.isProblem();
						if (fails || notAProblem) {
							wrong.add(method + " " + target + " as " + caller.getKey() + " -> " + response.status() + " "
									+ response.contentType() + " " + response.body().lines().findFirst().orElse(""));
						}
					}
				}
			}
		}
		assertThat(sent).as("requests sent").isGreaterThan(1_000);
		assertThat(wrong).as("answers that failed or were not problems, of %d requests", sent).isEmpty();
	}
}
