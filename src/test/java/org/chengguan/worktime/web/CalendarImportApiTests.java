package org.chengguan.worktime.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Imports years far ahead (2097–2099), which no other test reads, into the database all full-stack tests share. */
@PlatformTest
class CalendarImportApiTests {

	static final HttpClient http = HttpClient.newHttpClient();

	static final String NEW_YEAR_2099 = """
			{"source": "test", "days": [
			  {"date": "2099-01-01", "kind": "HOLIDAY", "name": "元旦"},
			  {"date": "2099-01-02", "kind": "HOLIDAY", "name": "元旦"},
			  {"date": "2099-01-04", "kind": "WORKDAY", "name": "元旦调休上班"}
			]}""";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Api api;

	String adminToken;

	@BeforeEach
	void connect() {
		api = new Api(port);
		adminToken = new TestUsers(context).admin();
	}

	@Test
	void importsAYearAndCountsDeadlinesWithItAtOnce() {
		var before = api.get("/api/v1/worktime/deadline?from=2098-12-31T10:00%2B08:00&amount=1&unit=WORK_DAYS");
		assertThat(before.json().get("dueLocal").asString()).isEqualTo("2099-01-01T10:00:00+08:00");

		var response = put("/api/v1/worktime/calendar/2099", "application/json", NEW_YEAR_2099);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("published").asBoolean()).isTrue();
		assertThat(response.json().get("holidays")).hasSize(2);

		var after = api.get("/api/v1/worktime/deadline?from=2098-12-31T10:00%2B08:00&amount=1&unit=WORK_DAYS");
		assertThat(after.json().get("dueLocal").asString()).isEqualTo("2099-01-04T10:00:00+08:00");
		assertThat(api.get("/api/v1/worktime/calendar/2099").body()).isEqualTo(response.body());
	}

	@Test
	void replacesAYearsArrangementRatherThanAddingToIt() {
		assertThat(put("/api/v1/worktime/calendar/2097", "application/json", """
				{"days": [{"date": "2097-01-01", "kind": "HOLIDAY", "name": "元旦"},
				          {"date": "2097-01-05", "kind": "WORKDAY"}]}""").status()).isEqualTo(200);
		var replaced = put("/api/v1/worktime/calendar/2097", "application/json", """
				{"days": [{"date": "2097-01-02", "kind": "HOLIDAY", "name": "元旦"}]}""");
		assertThat(replaced.status()).isEqualTo(200);
		var calendar = api.get("/api/v1/worktime/calendar/2097").json();
		assertThat(calendar.get("holidays")).hasSize(1);
		assertThat(calendar.get("holidays").get(0).get("date").asString()).isEqualTo("2097-01-02");
		assertThat(calendar.get("workdays")).isEmpty();
	}

	@Test
	void rejectsEveryBadArrangementWithAProblemAndChangesNothing() {
		String valid = """
				{"days": [{"date": "2098-01-01", "kind": "HOLIDAY", "name": "元旦"}]}""";
		assertThat(put("/api/v1/worktime/calendar/2098", "application/json", valid).status()).isEqualTo(200);
		String before = api.get("/api/v1/worktime/calendar/2098").body();

		assertProblem(put("/api/v1/worktime/calendar/2098", "application/json", "{\"days\": ["), 400, "");
		assertProblem(put("/api/v1/worktime/calendar/2098", "application/json", "{}"), 422, "days: required");
		assertProblem(put("/api/v1/worktime/calendar/2098", "application/json", "{\"days\": []}"), 422,
				"at least one holiday or make-up working day");
		assertProblem(put("/api/v1/worktime/calendar/2098", "application/json", """
				{"days": [{"date": "2098-01-02", "kind": "HOLIDAY"}, {"date": "2097-12-31", "kind": "HOLIDAY"}]}"""),
				422, "2097-12-31 is not in 2098");
		assertProblem(put("/api/v1/worktime/calendar/2098", "application/json", """
				{"days": [{"date": "2098-01-02", "kind": "HOLIDAY"}, {"date": "2098-01-02", "kind": "HOLIDAY"}]}"""),
				422, "2098-01-02 is listed more than once");
		assertProblem(put("/api/v1/worktime/calendar/2098", "application/json", """
				{"days": [{"date": "2098-01-02", "kind": "WORKDAY"}]}"""), 422,
				"2098-01-02 is a Thursday: a make-up working day (WORKDAY) falls on a Saturday or Sunday");
		assertProblem(put("/api/v1/worktime/calendar/2098", "application/json", """
				{"days": [{"date": "2098-02-30", "kind": "HOLIDAY"}, {"kind": "HOLIDAY"}, null]}"""), 422,
				"days[0].date: '2098-02-30' is not a date as yyyy-MM-dd; days[1].date: required; days[2]: missing");
		var mixed = put("/api/v1/worktime/calendar/2098", "application/json", """
				{"days": [{"date": "2098-01-02", "kind": "VACATION"}, {"date": "2098-01-01", "kind": "WORKDAY"}]}""");
		assertProblem(mixed, 422, "days[0].kind: 'VACATION' is not one of HOLIDAY, WORKDAY");
		assertThat(mixed.json().get("errors")).hasSize(2);
		assertProblem(put("/api/v1/worktime/calendar/2098", "text/plain", "2098-01-01"), 415, "");
		assertProblem(put("/api/v1/worktime/calendar/2101", "application/json", valid), 404, "covers 2000 to 2100");
		assertProblem(put("/api/v1/worktime/calendar/soon", "application/json", valid), 400, "");

		assertThat(api.get("/api/v1/worktime/calendar/2098").body()).isEqualTo(before);
	}

	static void assertProblem(Api.Response response, int status, String detail) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
		assertThat(response.json().get("detail").asString()).contains(detail);
	}

	Api.Response put(String path, String contentType, String body) {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", contentType)
			.header("Authorization", "Bearer " + adminToken)
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
