package org.chengguan.cases;

import java.time.Instant;

import org.chengguan.worktime.TimeLimit;
import org.chengguan.worktime.WorkingTime;
import org.springframework.stereotype.Component;

/** The lifecycle's clock: the configured stage limits on the working calendar of {@code worktime}. */
@Component
class CaseDeadlines implements Deadlines {

	private final StageLimits limits;

	private final WorkingTime workingTime;

	CaseDeadlines(StageLimits limits, WorkingTime workingTime) {
		this.limits = limits;
		this.workingTime = workingTime;
	}

	@Override
	public TimeLimit limitOf(Stage stage) {
		return limits.of(stage);
	}

	@Override
	public Instant due(Instant start, TimeLimit limit) {
		return workingTime.due(start, limit);
	}
}
