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

	/**
	 * What keeps these rules from being used, in words; empty if they can be. Every evaluated kind needs its weights
	 * (the defaults' indicators only, each from 0 to 1, together 1), every unit level its filed-count ceilings
	 * (ascending, one fewer than the scores), the volume bands descending, every score from 0 to 100 and the points
	 * above 0 and at most 100. Rules that break one of these would fail every evaluation that uses them.
	 */
	public List<String> problems() {
		List<String> problems = new java.util.ArrayList<>();
		AssessmentRules known = defaults();
		if (effectiveFrom == null) {
			problems.add("effectiveFrom: required");
		}
		if (weights == null) {
			problems.add("weights: required, for " + sorted(known.weights().keySet()));
		}
		else {
			unknownKeys(problems, "weights", weights, known.weights(),
					"not an evaluated kind " + sorted(known.weights().keySet()));
			known.weights().keySet().stream().sorted().forEach(kind -> {
				Map<String, Double> w = weights.get(kind);
				if (w == null || w.isEmpty()) {
					problems.add("weights." + kind + ": required, of " + sorted(known.weights().get(kind).keySet()));
					return;
				}
				double sum = 0;
				for (Map.Entry<String, Double> e : w.entrySet()) {
					if (!known.weights().get(kind).containsKey(e.getKey())) {
						problems.add("weights." + kind + "." + e.getKey() + ": not an indicator of " + kind);
					}
					if (!within(e.getValue(), 0, 1)) {
						problems.add("weights." + kind + "." + e.getKey() + ": must be within [0, 1]");
					}
					else {
						sum += e.getValue();
					}
				}
				if (Math.abs(sum - 1) > 0.001) {
					problems.add("weights." + kind + ": must add up to 1, not " + Math.round(sum * 1000) / 1000.0);
				}
			});
		}
		if (volumeBands == null || volumeBands.isEmpty()) {
			problems.add("volumeBands: at least one band");
		}
		else {
			for (int i = 0; i < volumeBands.size(); i++) {
				Band b = volumeBands.get(i);
				if (b == null || b.min() < 0 || !within(b.score(), 0, 100)) {
					problems.add("volumeBands[" + i + "]: min at least 0, score within [0, 100]");
				}
				else if (i > 0 && volumeBands.get(i - 1) != null && volumeBands.get(i - 1).min() <= b.min()) {
					problems.add("volumeBands[" + i + "]: the bands go from the highest min down");
				}
			}
		}
		if (filedScores == null || filedScores.isEmpty() || filedScores.stream().anyMatch(x -> !within(x, 0, 100))) {
			problems.add("filedScores: at least one, each within [0, 100]");
		}
		if (filedCeilings == null) {
			problems.add("filedCeilings: required, for " + sorted(known.filedCeilings().keySet()));
		}
		else {
			unknownKeys(problems, "filedCeilings", filedCeilings, known.filedCeilings(), "not a unit level");
			known.filedCeilings().keySet().stream().sorted().forEach(level -> {
				List<Long> ceilings = filedCeilings.get(level);
				boolean ascending = ceilings != null && !ceilings.isEmpty();
				for (int i = 0; ascending && i < ceilings.size(); i++) {
					ascending = ceilings.get(i) != null && ceilings.get(i) >= 0
							&& (i == 0 || ceilings.get(i) > ceilings.get(i - 1));
				}
				if (!ascending) {
					problems.add("filedCeilings." + level + ": required, ascending, none below 0");
				}
				else if (filedScores != null && ceilings.size() != filedScores.size() - 1) {
					problems.add("filedCeilings." + level + ": one fewer than the filedScores (" + filedScores.size()
							+ ")");
				}
			});
		}
		if (grades == null || grades.isEmpty() || grades.entrySet().stream()
			.anyMatch(g -> g.getKey() == null || g.getKey().isBlank() || !within(g.getValue(), 0, 100))) {
			problems.add("grades: at least one, each a name and a threshold within [0, 100]");
		}
		if (!(points > 0 && points <= 100)) {
			problems.add("points: within (0, 100]");
		}
		return problems;
	}

	/** A problem for each key of {@code given} that {@code known} does not have. */
	private static void unknownKeys(List<String> problems, String field, Map<String, ?> given, Map<String, ?> known,
			String why) {
		given.keySet().stream().filter(key -> !known.containsKey(key)).sorted()
			.forEach(key -> problems.add(field + "." + key + ": " + why));
	}

	private static List<String> sorted(java.util.Collection<String> keys) {
		return keys.stream().sorted().toList();
	}

	private static boolean within(Double x, double low, double high) {
		return x != null && x >= low && x <= high;
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
