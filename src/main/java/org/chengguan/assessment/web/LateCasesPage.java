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
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CasePage;
import org.chengguan.cases.CaseQuery;
import org.chengguan.cases.CaseStatus;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.Department;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overdue cases behind a unit's score, so a leader sees why: the open cases past the deadline of their current
 * stage, the earliest deadline first, through the cases module's search (its {@code overdue} filter). A region's are
 * those within it; a department's those it leads within the reader's scope; a person's those within their scope.
 */
@Controller
class LateCasesPage {

	static final int LIMIT = 200;

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Set<CaseStatus> OPEN = EnumSet.copyOf(
			Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList());

	private final CaseManagement cases;

	private final CatalogueManagement catalogue;

	private final RegionDirectory regions;

	private final Actors actors;

	private final Clock clock;

	LateCasesPage(CaseManagement cases, CatalogueManagement catalogue, RegionDirectory regions, Actors actors,
			Clock clock) {
		this.cases = cases;
		this.catalogue = catalogue;
		this.regions = regions;
		this.actors = actors;
		this.clock = clock;
	}

	/** One overdue case as listed. */
	record LateCase(long id, String number, String category, CaseStatus status, String department, String deadline,
			long overdueHours) {
	}

	@GetMapping("/assessment/late")
	String late(@RequestParam String kind, @RequestParam String unit, Model model, Locale locale) {
		Actor me = Readers.require(actors.require());
		if (!Assessment.KINDS.contains(kind)) {
			throw new InvalidInputException("'" + kind + "' is not an evaluated kind: one of " + Assessment.KINDS);
		}
		String region;
		String department = null;
		String name;
		String note;
		if (ReportTables.levelLength(kind) < Integer.MAX_VALUE) {
			region = unit;
			name = regions.region(unit).map(Region::name).orElseThrow(() -> new NotFoundException("no region " + unit));
			note = "as.late.note";
		}
		else if (kind.equals("department")) {
			region = me.scopeRegionCode();
			department = unit;
			name = catalogue.department(unit).map(Department::name).orElse(unit);
			note = "as.late.noteDepartment";
		}
		else {
			Actor person = parse(unit).flatMap(actors::byId).orElseThrow(() -> new NotFoundException("no person " + unit));
			region = person.scopeRegionCode();
			name = person.displayName();
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
		model.addAttribute("unitName", name);
		model.addAttribute("kind", kind);
		model.addAttribute("note", note);
		model.addAttribute("cases", late);
		model.addAttribute("total", lead == null ? page.total() : late.size());
		return "assessment/late";
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

	private static java.util.Optional<Long> parse(String id) {
		try {
			return java.util.Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}
}
