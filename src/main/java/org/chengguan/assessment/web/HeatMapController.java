package org.chengguan.assessment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.cases.CaseFigures;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The heat map of the leader's dashboard: the cases reported in a period, or only the late ones, counted per square
 * cell inside the database ({@link CaseFigures#heat}). For the API (bearer token) and for the page (its session).
 */
@RestController
@Tag(name = "Assessment")
class HeatMapController {

	static final int MIN_CELL = 50;

	static final int MAX_CELL = 20_000;

	private final CaseFigures figures;

	private final Assessment assessment;

	private final RegionDirectory regions;

	private final AssessmentMap map;

	private final Actors actors;

	private final Clock clock;

	HeatMapController(CaseFigures figures, Assessment assessment, RegionDirectory regions, AssessmentMap map,
			Actors actors, Clock clock) {
		this.figures = figures;
		this.assessment = assessment;
		this.regions = regions;
		this.map = map;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * The counted cells, the most cases first: WGS-84 bounds and the count of each; {@code total} is the cases in all
	 * cells, {@code max} the fullest cell's, {@code truncated} whether cells were left out (the emptiest ones).
	 */
	record Heat(String layer, Period period, String region, String regionName, int cellMetres, long total, long max,
			boolean truncated, Instant asOf, List<CaseFigures.HeatCell> cells) {
	}

	@GetMapping({ "/api/v1/assessment/heat", "/assessment/heat" })
	@Operation(summary = "The heat map of a period's cases (layer=cases) or of its late ones (layer=overdue: closed or "
			+ "passed a stage after the deadline, or still open past it), counted per square cell",
			description = "Cells are squares of cell metres on a lattice anchored at 0°/0°, so a cell is the same in "
					+ "both layers and every period. Counted in the database over the period's cases only.")
	Heat heat(
			@Parameter(description = "2026-W47, 2026-11, 2026-Q4, 2026 or 2026-11-03..2026-11-20; default this month")
			@RequestParam(required = false) String period,
			@Parameter(description = "a region code; default your scope (or the city)")
			@RequestParam(required = false) String region,
			@Parameter(description = "cases (default) or overdue") @RequestParam(required = false) String layer,
			@Parameter(description = "the side of a cell in metres, 50 to 20000; default 500")
			@RequestParam(required = false) Integer cell,
			@Parameter(description = "only this part of the map: west,south,east,north in WGS-84 degrees")
			@RequestParam(required = false) String bbox) {
		Actor me = Readers.require(actors.require());
		Period p = Period.parse(period, assessment.today());
		String l = layer == null || layer.isBlank() ? "cases" : layer.strip().toLowerCase(Locale.ROOT);
		if (!l.equals("cases") && !l.equals("overdue")) {
			throw new InvalidInputException("layer is 'cases' or 'overdue', not '" + layer + "'");
		}
		int metres = cell == null ? 500 : cell;
		if (metres < MIN_CELL || metres > MAX_CELL) {
			throw new InvalidInputException("cell is " + MIN_CELL + " to " + MAX_CELL + " metres, not " + metres);
		}
		String within = region(me, region);
		CaseFigures.Heat heat = figures.heat(me, new CaseFigures.HeatQuery(within, UnitLateCases.start(p),
				UnitLateCases.end(p), l.equals("overdue"), map.cellLat(metres), map.cellLon(metres), box(bbox)));
		long max = heat.cells().stream().mapToLong(CaseFigures.HeatCell::cases).max().orElse(0);
		String shown = within == null ? "3406" : within;
		return new Heat(l, p, shown, regions.region(shown).map(Region::name).orElse(shown), metres, heat.total(), max,
				heat.truncated(), clock.instant(), heat.cells());
	}

	/** The region asked for if the reader may see it, else their scope; null: the whole city. */
	private String region(Actor me, String region) {
		String scope = me.scopeRegionCode();
		String within = region == null || region.isBlank() ? scope : region.strip();
		if (within != null && scope != null && !within.startsWith(scope)) {
			throw new ForbiddenException("the region " + within + " lies outside your scope " + scope);
		}
		if (within != null && regions.region(within).isEmpty()) {
			throw new InvalidInputException("'" + within + "' is not a region code (see GET /api/v1/regions)");
		}
		return within;
	}

	private static CaseFigures.Box box(String bbox) {
		if (bbox == null || bbox.isBlank()) {
			return null;
		}
		String[] parts = bbox.split(",");
		try {
			if (parts.length == 4) {
				double west = Double.parseDouble(parts[0].strip());
				double south = Double.parseDouble(parts[1].strip());
				double east = Double.parseDouble(parts[2].strip());
				double north = Double.parseDouble(parts[3].strip());
				if (west < east && south < north && south >= -90 && north <= 90 && west >= -180 && east <= 180) {
					return new CaseFigures.Box(west, south, east, north);
				}
			}
		}
		catch (NumberFormatException e) {
			// answered below
		}
		throw new InvalidInputException("bbox is west,south,east,north in degrees with west < east and south < north, "
				+ "not '" + bbox + "'");
	}
}
