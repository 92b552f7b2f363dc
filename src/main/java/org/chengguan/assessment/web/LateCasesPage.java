package org.chengguan.assessment.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseFigures;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CasePage;
import org.chengguan.cases.CaseQuery;
import org.chengguan.cases.CaseStatus;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.Department;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The late cases behind a unit's score, so a leader sees why. First the period's: its cases closed, or that passed
 * a stage, after the deadline (and still open past it), worst first by working time ({@link UnitLateCases}). Then
 * those overdue now whatever their period: the open cases past the deadline of their current stage, the earliest
 * deadline first, through the cases module's search (its {@code overdue} filter) — a region's within it, a
 * department's those it leads within the reader's scope, a person's those within their scope.
 */
@PageErrors("as.error")
@Controller
class LateCasesPage {

	static final int LIMIT = 200;

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Set<CaseStatus> OPEN = EnumSet.copyOf(
			Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList());

	private final CaseManagement cases;

	private final UnitLateCases periodLate;

	private final Assessment assessment;

	private final CatalogueManagement catalogue;

	private final Actors actors;

	private final Clock clock;

	LateCasesPage(CaseManagement cases, UnitLateCases periodLate, Assessment assessment, CatalogueManagement catalogue,
			Actors actors, Clock clock) {
		this.cases = cases;
		this.periodLate = periodLate;
		this.assessment = assessment;
		this.catalogue = catalogue;
		this.actors = actors;
		this.clock = clock;
	}

	/** One overdue case as listed. */
	record LateCase(long id, String number, String category, CaseStatus status, String department, String deadline,
			long overdueHours) {
	}

	@GetMapping("/assessment/late")
	String late(@RequestParam String kind, @RequestParam String unit, @RequestParam(required = false) String period,
			Model model, Locale locale) {
		Actor me = Readers.require(actors.require());
		if (!Assessment.KINDS.contains(kind)) {
			throw new InvalidInputException("'" + kind + "' is not an evaluated kind: one of " + Assessment.KINDS);
		}
		Period p = Readers.period(period, assessment.today(), model);
		UnitLateCases.Unit scored = periodLate.unit(kind, unit, p, LIMIT);
		CaseFigures.LateCases ofPeriod = periodLate.late(me, scored);
		model.addAttribute("period", p);
		model.addAttribute("unit", unit);
		model.addAttribute("periodNote", scored.note());
		model.addAttribute("periodCases", ofPeriod.cases().stream().map(c -> LateRow.of(c, catalogue)).toList());
		model.addAttribute("periodTotal", ofPeriod.total());
		model.addAttribute("fig", new Figures());
		model.addAttribute("unitName", scored.name());
		model.addAttribute("kind", kind);
		overdueNow(me, kind, unit, model);
		return "assessment/late";
	}

	/** The unit's cases overdue now, whatever their period. */
	private void overdueNow(Actor me, String kind, String unit, Model model) {
		String region;
		String department = null;
		String note;
		if (ReportTables.levelLength(kind) < Integer.MAX_VALUE) {
			region = unit;
			note = "as.late.note";
		}
		else if (kind.equals("department")) {
			region = me.scopeRegionCode();
			department = unit;
			note = "as.late.noteDepartment";
		}
		else {
			region = actors.byId(Long.parseLong(unit)).map(Actor::scopeRegionCode).orElse(null);
			note = "as.late.notePerson";
		}
		// the search narrows to the reader's scope and refuses a region outside it
		CasePage page = cases.search(me, new CaseQuery(OPEN, region, null, true, null, null, CaseQuery.Sort.DEADLINE, 0,
				department == null ? LIMIT : 1000));
		String lead = department;
		List<LateCase> late = page.cases().stream()
			.filter(c -> lead == null || lead.equals(c.leadDepartment()))
			.limit(LIMIT)
			.map(this::row)
			.toList();
		model.addAttribute("note", note);
		model.addAttribute("cases", late);
		model.addAttribute("total", lead == null ? page.total() : late.size());
	}

	private LateCase row(Case c) {
		Instant deadline = c.clock().deadline();
		long hours = deadline == null ? 0 : Math.max(0, Duration.between(deadline, clock.instant()).toHours());
		return new LateCase(c.id(), c.number(),
				catalogue.category(c.categoryCode()).map(Category::name).orElse(c.categoryCode()), c.status(),
				c.leadDepartment() == null ? ""
						: catalogue.department(c.leadDepartment()).map(Department::name).orElse(c.leadDepartment()),
				deadline == null ? "" : WHEN.format(deadline.atZone(CITY)), hours);
	}
}
