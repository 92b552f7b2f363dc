package org.chengguan.cases;

import java.time.Instant;

import org.chengguan.worktime.OfficialArrangements;
import org.chengguan.worktime.TimeLimit;
import org.chengguan.worktime.TimeLimitUnit;
import org.chengguan.worktime.WorkingTime;
import org.chengguan.worktime.WorktimeProperties;

/** DOMAIN.md §1's stage limits on the real 2025–2026 calendar, without Spring. */
final class TestDeadlines implements Deadlines {

	static final TestDeadlines INSTANCE = new TestDeadlines();

	private final WorkingTime workingTime = new WorkingTime(WorktimeProperties.defaults(),
			OfficialArrangements.of2025And2026());

	@Override
	public TimeLimit limitOf(Stage stage) {
		return StageLimits.defaults().of(stage);
	}

	@Override
	public Instant due(Instant start, TimeLimit limit) {
		return workingTime.due(start, limit);
	}

	static TimeLimit workHours(String amount) {
		return TimeLimit.of(amount, TimeLimitUnit.WORK_HOURS);
	}
}
