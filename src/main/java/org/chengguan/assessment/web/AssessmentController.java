package org.chengguan.assessment.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.AssessmentRules;
import org.chengguan.assessment.Period;
import org.chengguan.assessment.Slice;
import org.chengguan.assessment.internal.RollupMaintenance;
import org.chengguan.assessment.internal.RulesStore;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assessment")
class AssessmentController {

	private final Assessment assessment;

	private final RollupMaintenance maintenance;

	private final RulesStore rules;

	private final Actors actors;

	AssessmentController(Assessment assessment, RollupMaintenance maintenance, RulesStore rules, Actors actors) {
		this.assessment = assessment;
		this.maintenance = maintenance;
		this.rules = rules;
		this.actors = actors;
	}

	@GetMapping("/api/v1/assessment/{kind}")
	@Operation(summary = "Indicators, composite, grade, 20-point score and rank of every unit of a kind (考核)",
			description = "kind: inspector, operator, shift-leader, dispatcher, department, grid, community, street, "
					+ "district or city. Every rate with its numerator and denominator; the rank in the previous period "
					+ "of the same kind beside it. Current as of the last committed transition.")
	Assessment.Report evaluate(@PathVariable String kind,
			@Parameter(description = "2026-W47, 2026-11, 2026-Q4, 2026 or 2026-11-03..2026-11-20; default this month")
			@RequestParam(required = false) String period,
			@Parameter(description = "a region code; default your scope (or the city)") @RequestParam(
					required = false) String region,
			@Parameter(description = "count only cases of these category codes, comma-separated (a campaign's); "
					+ "region and department kinds") @RequestParam(required = false) String categories,
			@Parameter(description = "count only cases inside any of these region codes, comma-separated (a "
					+ "campaign's); region kinds, and people by their scope") @RequestParam(
							required = false) String regions) {
		return assessment.evaluate(actors.require(), kind, Period.parse(period, assessment.today()), region,
				new Slice(codes(categories), codes(regions)));
	}

	private static Set<String> codes(String list) {
		if (list == null || list.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(list.split(",")).map(String::strip).filter(c -> !c.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	@GetMapping("/api/v1/public/scoreboard")
	@Operation(summary = "The public scoreboard (no sign-in): cases, 结案率, 满意率 and the hotline's 办结率 of the city "
			+ "and each district over a period (default this month)")
	Assessment.Scoreboard scoreboard(@RequestParam(required = false) String period) {
		return assessment.scoreboard(Period.parse(period, assessment.today()));
	}

	@GetMapping("/api/v1/assessment/rules")
	@Operation(summary = "Every version of the assessment rules (weights, bands, grades), oldest first")
	List<AssessmentRules> rules() {
		actors.require();
		rules.inForceOn(assessment.today());
		return rules.all();
	}

	@PostMapping("/api/v1/assessment/rules")
	@Operation(summary = "New assessment rules, in force from their effectiveFrom day (ADMIN); stored as the next "
			+ "version, old reports keep theirs")
	AssessmentRules addRules(@RequestBody AssessmentRules proposed) {
		Actor admin = requireAdmin();
		List<String> problems = proposed.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException("These rules cannot be used (see GET /api/v1/assessment/rules for the "
					+ "current ones): " + String.join("; ", problems), problems);
		}
		return rules.add(proposed, admin.userId());
	}

	@PostMapping("/api/v1/assessment/rebuild")
	@Operation(summary = "Recompute every rollup from the audit trail (ADMIN); the figures must not change")
	Map<String, Long> rebuild() {
		requireAdmin();
		return Map.of("cases", maintenance.rebuild());
	}

	private Actor requireAdmin() {
		Actor actor = actors.require();
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException("only an administrator (ADMIN) may do this");
		}
		return actor;
	}
}
