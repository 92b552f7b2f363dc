package org.chengguan.worktime.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PlatformTest
class DeadlineApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void connect() {
		api = new Api(port);
	}

	Api.Response deadline(String query) {
		return api.get("/api/v1/worktime/deadline?" + query);
	}

	@Test
	void answersWhenAWorkingDayLimitRunsOut() {
		var response = deadline("from=2026-11-23T02:00:00Z&amount=1&unit=WORK_DAYS");
		assertThat(response.status()).isEqualTo(200);
		var body = response.json();
		assertThat(body.get("due").asString()).isEqualTo("2026-11-24T02:00:00Z");
		assertThat(body.get("dueLocal").asString()).isEqualTo("2026-11-24T10:00:00+08:00");
		assertThat(body.get("from").asString()).isEqualTo("2026-11-23T02:00:00Z");
		assertThat(body.get("amount").asInt()).isEqualTo(1);
		assertThat(body.get("unit").asString()).isEqualTo("WORK_DAYS");
	}

	@Test
	void takesTheStartAsAnOffsetDateTimeEvenWithAnUnencodedPlus() {
		assertThat(deadline("from=2026-11-23T10:00%2B08:00&amount=0.5&unit=WORK_HOURS").json().get("due").asString())
			.isEqualTo("2026-11-23T02:30:00Z");
		assertThat(deadline("from=2026-11-23T10:00+08:00&amount=0.5&unit=WORK_HOURS").json().get("due").asString())
			.isEqualTo("2026-11-23T02:30:00Z");
	}

	@Test
	void countsTheOfficialHolidaysFromTheDatabase() {
		assertThat(deadline("from=2026-09-30T10:00%2B08:00&amount=1&unit=WORK_DAYS").json().get("dueLocal").asString())
			.isEqualTo("2026-10-08T10:00:00+08:00");
		assertThat(deadline("from=2026-02-13T16:00%2B08:00&amount=4&unit=WORK_HOURS").json().get("dueLocal").asString())
			.isEqualTo("2026-02-14T11:00:00+08:00");
	}

	@Test
	void countsNaturalHoursOnTheWallClock() {
		assertThat(deadline("from=2026-10-01T02:00:00Z&amount=48&unit=NATURAL_HOURS").json().get("due").asString())
			.isEqualTo("2026-10-03T02:00:00Z");
	}

	@Test
	void saysWhichParameterIsMissing() {
		var response = deadline("amount=1&unit=WORK_DAYS");
		assertBadRequest(response, "from");
	}

	@Test
	void saysWhatIsWrongWithAMalformedStart() {
		assertBadRequest(deadline("from=yesterday&amount=1&unit=WORK_DAYS"),
				"from: 'yesterday' is not an ISO-8601 instant or offset date-time");
		assertBadRequest(deadline("from=2026-11-23T10:00&amount=1&unit=WORK_DAYS"), "from: '2026-11-23T10:00'");
	}

	@Test
	void rejectsAnAmountThatIsNotANumberOrNegative() {
		assertBadRequest(deadline("from=2026-11-23T02:00:00Z&amount=abc&unit=WORK_DAYS"), "amount: 'abc' is not a number");
		assertBadRequest(deadline("from=2026-11-23T02:00:00Z&amount=-1&unit=WORK_DAYS"),
				"amount: must not be negative, was -1");
	}

	@Test
	void namesTheAllowedUnitsWhenTheUnitIsUnknown() {
		assertBadRequest(deadline("from=2026-11-23T02:00:00Z&amount=1&unit=FORTNIGHTS"),
				"unit: 'FORTNIGHTS' is not one of NATURAL_HOURS, WORK_HOURS, WORK_DAYS");
	}

	@Test
	void listsEveryBadParameterAtOnce() {
		var response = deadline("from=x&amount=y&unit=z");
		assertBadRequest(response, "from: 'x'");
		assertThat(response.json().get("errors")).hasSize(3);
	}

	@Test
	void rejectsAStartOutsideTheCalendar() {
		assertBadRequest(deadline("from=1999-06-01T02:00:00Z&amount=1&unit=WORK_DAYS"),
				"outside the working-time calendar, which covers 2000-01-01 to 2100-12-31");
		assertBadRequest(deadline("from=2026-11-23T02:00:00Z&amount=1e300&unit=WORK_DAYS"), "too large");
	}

	static void assertBadRequest(Api.Response response, String detail) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
		assertThat(response.json().get("detail").asString()).contains(detail);
	}
}
