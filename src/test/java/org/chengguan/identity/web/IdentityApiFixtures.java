package org.chengguan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.chengguan.Api;
import tools.jackson.databind.JsonNode;

/** Helpers shared by the identity API tests: unique names and phones, sign-in requests, audit look-ups. */
final class IdentityApiFixtures {

	private static final AtomicInteger sequence = new AtomicInteger();

	private IdentityApiFixtures() {
	}

	/** A username no other test uses, e.g. {@code t-lock-3-417}. */
	static String uniqueName(String prefix) {
		return prefix + "-" + sequence.incrementAndGet() + "-" + ThreadLocalRandom.current().nextInt(1000);
	}

	/** A mobile number in the 139 range that no other test uses (the demo users have 1380000000x). */
	static String uniquePhone() {
		return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	static Api.Response signIn(Api api, String username, String password) {
		return api.post("/api/v1/auth/token",
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	static Api.Response signInByCode(Api api, String phone, String code) {
		return api.post("/api/v1/auth/token", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}");
	}

	static void assertProblem(Api.Response response, int status, String detail) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
		assertThat(response.json().get("detail").asString()).contains(detail);
	}

	/** The audit rows naming the username or masked phone, newest first (from the admin API). */
	static List<JsonNode> auditOf(Api admin, String usernameOrMaskedPhone) {
		var response = admin.get("/api/v1/auth/audit?size=200");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("content").valueStream()
			.filter(row -> usernameOrMaskedPhone.equals(text(row, "username"))
					|| usernameOrMaskedPhone.equals(text(row, "phoneMasked")))
			.toList();
	}

	static List<String> outcomes(List<JsonNode> rows) {
		return rows.stream().map(row -> row.get("outcome").asString()).toList();
	}

	private static String text(JsonNode row, String field) {
		JsonNode value = row.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}
}
