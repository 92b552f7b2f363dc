package org.chengguan.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The configurable part of the assessment (DOMAIN.md §4's defaults in {@link #defaults()}): each evaluated kind's
 * indicator weights, the volume bands (受理数, 派遣数: more is better), the filed-count bands per unit level (立案数:
 * fewer is better), both per 30 days of the period, the grade thresholds and the points of the efficiency score.
 * Versioned: a report names the version it was computed with, and the version in force at a period's end is used.
 */
public record AssessmentRules(int version, LocalDate effectiveFrom, Map<String, Map<String, Double>> weights,
		List<Band> volumeBands, Map<String, List<Long>> filedCeilings, List<Double> filedScores,
		Map<String, Double> grades, double points) {

	/** At least {@code min} in 30 days scores {@code score}. */
	public record Band(long min, double score) {
	}

	/** The defaults of DOMAIN.md §4 (filed-count bands are the platform's own: the standard leaves them open). */
	public static AssessmentRules defaults() {
		return new AssessmentRules(1, LocalDate.of(2000, 1, 1), Map.of(
				"inspector", Map.of("validReportRate", 0.4, "notMissedRate", 0.2, "onTimeVerificationRate", 0.2,
						"onTimeCheckRate", 0.2),
				"operator", Map.of("intakeScore", 0.25, "onTimeVerificationDispatchRate", 0.4,
						"onTimeCheckDispatchRate", 0.35),
				"shift-leader", Map.of("onTimeFilingRate", 0.25, "accurateFilingRate", 0.4, "onTimeClosingRate", 0.35),
				"dispatcher", Map.of("dispatchScore", 0.2, "onTimeDispatchRate", 0.4, "accurateDispatchRate", 0.4),
				"department", Map.of("filedScore", 0.1, "closureRate", 0.3, "onTimeHandlingRate", 0.3,
						"notReworkedRate", 0.3),
				"region", Map.of("supervisionReportRate", 0.1, "closureRate", 0.3, "onTimeClosureRate", 0.3,
						"filedScore", 0.3)),
				List.of(new Band(2001, 100), new Band(1201, 90), new Band(501, 75), new Band(301, 60), new Band(101, 40),
						new Band(0, 0)),
				Map.of("grid", List.of(2L, 5L, 10L, 20L, 40L), "community", List.of(20L, 50L, 100L, 200L, 400L),
						"street", List.of(60L, 150L, 300L, 600L, 1200L), "district",
						List.of(500L, 1000L, 2000L, 4000L, 8000L), "city", List.of(2000L, 4000L, 8000L, 16000L, 32000L),
						"department", List.of(100L, 200L, 400L, 800L, 1600L)),
				List.of(100.0, 90.0, 75.0, 60.0, 40.0, 0.0), Map.of("A", 90.0, "B", 75.0, "C", 60.0, "D", 40.0), 20);
	}

	/** The score of a volume (per 30 days): the first band it reaches. */
	public double volumeScore(double per30Days) {
		return volumeBands.stream().filter(b -> per30Days >= b.min()).findFirst().map(Band::score).orElse(0.0);
	}

	/** The score of a filed count (per 30 days) for units of the level: fewer is better. */
	public double filedScore(String level, double per30Days) {
		List<Long> ceilings = filedCeilings.getOrDefault(level, filedCeilings.get("district"));
		for (int i = 0; i < ceilings.size(); i++) {
			if (per30Days <= ceilings.get(i)) {
				return filedScores.get(i);
			}
		}
		return filedScores.get(filedScores.size() - 1);
	}

	/** The grade of a composite score. */
	public String grade(double composite) {
		return grades.entrySet().stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.filter(g -> composite >= g.getValue())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("E");
	}
}
