package org.chengguan.cases;

import java.util.EnumMap;
import java.util.Map;

import org.chengguan.worktime.TimeLimit;
import org.chengguan.worktime.TimeLimitUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Each stage's time limit (DOMAIN.md §1), configurable under {@code chengguan.cases.stage-limits}; the handling
 * stage's limit comes from the category, with {@code HANDLE} here only as the fallback for a reopened case.
 */
@ConfigurationProperties("chengguan.cases")
public record StageLimits(Map<Stage, TimeLimit> stageLimits) {

	public StageLimits {
		Map<Stage, TimeLimit> merged = new EnumMap<>(Stage.class);
		merged.put(Stage.VERIFY, TimeLimit.of("1", TimeLimitUnit.WORK_HOURS));
		merged.put(Stage.FILE, TimeLimit.of("0.5", TimeLimitUnit.WORK_HOURS));
		merged.put(Stage.DISPATCH, TimeLimit.of("0.5", TimeLimitUnit.WORK_HOURS));
		merged.put(Stage.HANDLE, TimeLimit.of("1", TimeLimitUnit.WORK_DAYS));
		merged.put(Stage.CHECK, TimeLimit.of("1", TimeLimitUnit.WORK_HOURS));
		merged.put(Stage.CLOSE, TimeLimit.of("0.5", TimeLimitUnit.WORK_HOURS));
		merged.put(Stage.ANSWER_BACK, TimeLimit.of("2", TimeLimitUnit.WORK_DAYS));
		if (stageLimits != null) {
			merged.putAll(stageLimits);
		}
		stageLimits = Map.copyOf(merged);
	}

	public static StageLimits defaults() {
		return new StageLimits(null);
	}

	public TimeLimit of(Stage stage) {
		TimeLimit limit = stageLimits.get(stage);
		if (limit == null) {
			throw new IllegalArgumentException("the stage " + stage + " has no time limit");
		}
		return limit;
	}
}
