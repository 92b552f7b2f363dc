package org.chengguan.assessment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.cases.CaseFigures;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The late cases behind a unit's score, as JSON ({@link UnitLateCases} says which count for each kind). */
@RestController
@Tag(name = "Assessment")
class LateCasesApi {

	private final UnitLateCases late;

	private final Assessment assessment;

	private final CatalogueManagement catalogue;

	private final Actors actors;

	LateCasesApi(UnitLateCases late, Assessment assessment, CatalogueManagement catalogue, Actors actors) {
		this.late = late;
		this.assessment = assessment;
		this.catalogue = catalogue;
		this.actors = actors;
	}

	/** The unit, the period, how many late cases it has in all, and the worst ones first. */
	record LateCases(String kind, String unit, String name, Period period, long total, List<LateRow> cases) {
	}

	@GetMapping("/api/v1/assessment/late")
	@Operation(summary = "The late cases behind a unit's score: the period's cases closed, or that passed a stage, "
			+ "after the deadline (and, for regions and departments, those still open past it), worst first by "
			+ "working time")
	LateCases late(@Parameter(description = "an evaluated kind, as in GET /api/v1/assessment/{kind}") @RequestParam(
			required = false) String kind,
			@Parameter(description = "the unit's code: a region or department code, a person's user id") @RequestParam(
					required = false) String unit,
			@Parameter(description = "2026-W47, 2026-11, 2026-Q4, 2026 or 2026-11-03..2026-11-20; default this month")
			@RequestParam(required = false) String period,
			@Parameter(description = "at most this many, 1 to 1000; default 200") @RequestParam(
					required = false) Integer limit) {
		Actor me = Readers.require(actors.require());
		Period p = Period.parse(period, assessment.today());
		int max = limit == null ? LateCasesPage.LIMIT : limit;
		if (max < 1 || max > CaseFigures.MAX_LATE) {
			throw new InvalidInputException("limit is 1 to " + CaseFigures.MAX_LATE + ", not " + max);
		}
		UnitLateCases.Unit u = late.unit(kind, unit, p, max);
		CaseFigures.LateCases found = late.late(me, u);
		return new LateCases(u.kind(), u.code(), u.name(), p, found.total(),
				found.cases().stream().map(c -> LateRow.of(c, catalogue)).toList());
	}
}
