package org.chengguan.assessment.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.cases.Action;
import org.chengguan.cases.CaseFigures;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Department;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * The late cases behind a unit's score, for the page and the API alike: the cases reported in the period whose steps
 * that count in the unit's indicators were taken after their deadline, worst first, through the cases module's
 * {@link CaseFigures}. A region's are every late step of its cases and the ones still overdue; a department's its
 * late handlings and what it is still handling past the deadline; an inspector's their late verifications and
 * checks, an operator's those of the reports they took in, a shift leader's their late filings, voidings and
 * closings, a dispatcher's their late dispatches.
 */
@Component
class UnitLateCases {

	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final Set<Action> INSPECTION = EnumSet.of(Action.VERIFY, Action.CHECK_PASS, Action.CHECK_FAIL);

	private final CaseFigures figures;

	private final CatalogueManagement catalogue;

	private final RegionDirectory regions;

	private final Actors actors;

	UnitLateCases(CaseFigures figures, CatalogueManagement catalogue, RegionDirectory regions, Actors actors) {
		this.figures = figures;
		this.catalogue = catalogue;
		this.regions = regions;
		this.actors = actors;
	}

	/** A unit of a kind, by its name, with the query for its late cases and the key of the note that explains it. */
	record Unit(String kind, String code, String name, String note, CaseFigures.LateQuery query) {
	}

	/**
	 * The unit and what counts as its late cases in the period, at most {@code limit}.
	 *
	 * @throws InvalidInputException for a kind that is not evaluated
	 * @throws NotFoundException for a region or person that does not exist
	 */
	Unit unit(String kind, String code, Period period, int limit) {
		if (kind == null || !Assessment.KINDS.contains(kind)) {
			throw new InvalidInputException("'" + kind + "' is not an evaluated kind: one of " + Assessment.KINDS);
		}
		if (code == null || code.isBlank()) {
			throw new InvalidInputException("which unit? unit= is its code (a region or department code, a user id)");
		}
		Instant from = start(period);
		Instant to = end(period);
		if (ReportTables.levelLength(kind) < Integer.MAX_VALUE) {
			String name = regions.region(code).map(Region::name)
				.orElseThrow(() -> new NotFoundException("no region has the code " + code));
			return new Unit(kind, code, name, "as.late.period.noteRegion", new CaseFigures.LateQuery(code, null, null,
					null, CaseFigures.STAGE_STEPS, true, from, to, limit));
		}
		if (kind.equals("department")) {
			String name = catalogue.department(code).map(Department::name)
				.orElseThrow(() -> new NotFoundException("no department has the code " + code));
			return new Unit(kind, code, name, "as.late.period.noteDepartment",
					new CaseFigures.LateQuery(null, code, null, null, EnumSet.of(Action.HANDLE), true, from, to, limit));
		}
		Actor person = parse(code).flatMap(actors::byId)
			.orElseThrow(() -> new NotFoundException("no person has the id " + code));
		Long id = person.userId();
		CaseFigures.LateQuery query = switch (kind) {
			case "inspector" -> new CaseFigures.LateQuery(null, null, id, null, INSPECTION, false, from, to, limit);
			case "operator" -> new CaseFigures.LateQuery(null, null, null, id, INSPECTION, false, from, to, limit);
			case "shift-leader" -> new CaseFigures.LateQuery(null, null, id, null,
					EnumSet.of(Action.FILE, Action.VOID, Action.CLOSE), false, from, to, limit);
			default -> new CaseFigures.LateQuery(null, null, id, null, EnumSet.of(Action.DISPATCH), false, from, to,
					limit);
		};
		return new Unit(kind, code, person.displayName(), "as.late.period.note." + kind, query);
	}

	/** The unit's late cases that the reader may see (within their scope). */
	CaseFigures.LateCases late(Actor reader, Unit unit) {
		return figures.late(reader, unit.query());
	}

	/** The first instant of the period's first day in the city. */
	static Instant start(Period period) {
		return period.from().atStartOfDay(CITY).toInstant();
	}

	/** The first instant after the period's last day in the city. */
	static Instant end(Period period) {
		return period.to().plusDays(1).atStartOfDay(CITY).toInstant();
	}

	private static Optional<Long> parse(String id) {
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
