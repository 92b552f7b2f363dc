package org.chengguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Rules that an evaluation could not use are refused with every reason, before they are stored. */
class AssessmentRulesTests {

	private static final AssessmentRules DEFAULTS = AssessmentRules.defaults();

	@Test
	void theDefaultsCanBeUsed() {
		assertThat(DEFAULTS.problems()).isEmpty();
	}

	@Test
	void everyKindNeedsItsKnownIndicatorsWeighingOneTogether() {
		Map<String, Map<String, Double>> weights = new HashMap<>(DEFAULTS.weights());
		weights.remove("inspector");
		weights.put("测试", Map.of("测试", 1.0));
		weights.put("dispatcher", Map.of("dispatchScore", 0.5, "onTimeDispatchRate", 0.4, "made-up", 0.1));
		weights.put("operator", Map.of("intakeScore", 0.7, "onTimeVerificationDispatchRate", 0.7));
		weights.put("region", Map.of("closureRate", -0.5, "onTimeClosureRate", 1.5));
		assertThat(with(weights, DEFAULTS.filedCeilings(), DEFAULTS.filedScores(), DEFAULTS.volumeBands(), 20)
			.problems()).containsExactlyInAnyOrder("weights.测试: not an evaluated kind "
					+ "[department, dispatcher, inspector, operator, region, shift-leader]",
					"weights.dispatcher.made-up: not an indicator of dispatcher",
					"weights.inspector: required, of [notMissedRate, onTimeCheckRate, onTimeVerificationRate, "
							+ "validReportRate]",
					"weights.operator: must add up to 1, not 1.4", "weights.region.closureRate: must be within [0, 1]",
					"weights.region.onTimeClosureRate: must be within [0, 1]", "weights.region: must add up to 1, not 0.0");
	}

	@Test
	void bandsCeilingsScoresAndPointsMustFitTogether() {
		Map<String, List<Long>> ceilings = new HashMap<>(DEFAULTS.filedCeilings());
		ceilings.remove("district");
		ceilings.put("grid", List.of(5L, 2L));
		ceilings.put("street", List.of(1L, 2L, 3L));
		AssessmentRules broken = with(DEFAULTS.weights(), ceilings, DEFAULTS.filedScores(),
				List.of(new AssessmentRules.Band(100, 50), new AssessmentRules.Band(200, 120)), 0);
		assertThat(broken.problems()).containsExactlyInAnyOrder("volumeBands[1]: min at least 0, score within [0, 100]",
				"filedCeilings.district: required, ascending, none below 0",
				"filedCeilings.grid: required, ascending, none below 0",
				"filedCeilings.street: one fewer than the filedScores (6)", "points: within (0, 100]");
		AssessmentRules unordered = with(DEFAULTS.weights(), DEFAULTS.filedCeilings(), DEFAULTS.filedScores(),
				List.of(new AssessmentRules.Band(100, 50), new AssessmentRules.Band(200, 60)), 20);
		assertThat(unordered.problems()).containsExactly("volumeBands[1]: the bands go from the highest min down");
	}

	@Test
	void nothingRequiredMayBeMissing() {
		assertThat(new AssessmentRules(0, null, null, null, null, null, null, 20).problems()).hasSize(6);
	}

	private static AssessmentRules with(Map<String, Map<String, Double>> weights, Map<String, List<Long>> ceilings,
			List<Double> scores, List<AssessmentRules.Band> bands, double points) {
		return new AssessmentRules(0, LocalDate.of(2999, 1, 1), weights, bands, ceilings, scores, DEFAULTS.grades(),
				points);
	}
}
