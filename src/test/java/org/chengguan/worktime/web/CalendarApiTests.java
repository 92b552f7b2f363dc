package org.chengguan.worktime.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.worktime.DayKind;
import org.chengguan.worktime.OfficialArrangements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class CalendarApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	@Test
	void describes2026WithTheOfficialArrangementOfDomainMd() {
		var response = api.get("/api/v1/worktime/calendar/2026");
		assertThat(response.status()).isEqualTo(200);
		var body = response.json();
		assertThat(body.get("year").asInt()).isEqualTo(2026);
		assertThat(body.get("published").asBoolean()).isTrue();
		assertThat(body.get("zone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(body.get("periods")).hasSize(1);
		assertThat(body.get("periods").get(0).get("hours").toString()).isEqualTo("[\"08:30-12:00\",\"14:00-17:30\"]");
		assertThat(days(body.get("holidays"))).containsExactlyElementsOf(expected(2026, DayKind.HOLIDAY));
		assertThat(days(body.get("workdays"))).containsExactlyElementsOf(expected(2026, DayKind.WORKDAY));
		assertThat(body.get("holidays").get(0).get("name").asString()).isEqualTo("元旦");
	}

	@Test
	void describes2025WithTheOfficialArrangementOfDomainMd() {
		var body = api.get("/api/v1/worktime/calendar/2025").json();
		assertThat(body.get("published").asBoolean()).isTrue();
		assertThat(days(body.get("holidays"))).containsExactlyElementsOf(expected(2025, DayKind.HOLIDAY));
		assertThat(days(body.get("workdays"))).containsExactlyElementsOf(expected(2025, DayKind.WORKDAY));
	}

	@Test
	void saysWhenAYearHasNoPublishedArrangement() {
		var body = api.get("/api/v1/worktime/calendar/2040").json();
		assertThat(body.get("published").asBoolean()).isFalse();
		assertThat(body.get("holidays")).isEmpty();
		assertThat(body.get("workdays")).isEmpty();
		assertThat(body.get("periods").get(0).get("from").asString()).isEqualTo("2040-01-01");
	}

	@Test
	void answersAYearOutsideTheCalendarWithNotFound() {
		for (String year : List.of("1999", "2101")) {
			var response = api.get("/api/v1/worktime/calendar/" + year);
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.isProblem()).isTrue();
			assertThat(response.json().get("detail").asString()).contains("covers 2000 to 2100");
		}
	}

	@Test
	void answersAYearThatIsNotANumberWithBadRequest() {
		var response = api.get("/api/v1/worktime/calendar/next");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
	}

	/** Each day as "2026-01-01 元旦". */
	static List<String> days(JsonNode days) {
		return StreamSupport.stream(days.spliterator(), false)
			.map(d -> d.get("date").asString() + " " + d.get("name").asString())
			.toList();
	}

	static List<String> expected(int year, DayKind kind) {
		return OfficialArrangements.days(year, kind).stream().map(d -> d.date() + " " + d.name()).toList();
	}
}
