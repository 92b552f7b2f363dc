package org.chengguan.worktime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DeadlineOracleTests {

	@Test
	void agreesWithADayByDayWalkOnTenThousandRandomDeadlinesIn2025And2026() {
		HolidayArrangements arrangements = OfficialArrangements.of2025And2026();
		WorkingTime workingTime = new WorkingTime(WorktimeProperties.defaults(), arrangements);
		DayByDayDeadlines oracle = new DayByDayDeadlines(arrangements);
		Random random = new Random(2026);
		long from = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
		long span = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli() - from;
		List<String> disagreements = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			Instant start = Instant.ofEpochMilli(from + (long) (random.nextDouble() * span));
			TimeLimit limit = random.nextBoolean()
					? TimeLimit.of(String.valueOf((1 + random.nextInt(80)) / 2.0), TimeLimitUnit.WORK_HOURS)
					: TimeLimit.of(String.valueOf(1 + random.nextInt(10)), TimeLimitUnit.WORK_DAYS);
			Instant expected = oracle.due(start, workingTime.millis(limit));
			Instant actual = workingTime.due(start, limit);
			if (!expected.equals(actual)) {
				disagreements.add(start + " + " + limit + ": expected " + expected + ", was " + actual);
			}
		}
		assertThat(disagreements).isEmpty();
	}
}
