package org.chengguan.cases.web.workbench;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CaseQuery;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.PendingRequest;
import org.chengguan.cases.WarningLevel;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 部门: a handler's cases — those dispatched to their department — or a community officer's — those of their
 * community — nearest deadline first, with the after-photo upload to report one handled right in the list. Requests
 * (return, extension, shelving) are made on the case page.
 */
@Controller
class DepartmentPageController {

	private static final int LIMIT = 100;

	private final CaseManagement cases;

	private final CaseViews views;

	private final Names names;

	private final Actors actors;

	DepartmentPageController(CaseManagement cases, CaseViews views, Names names, Actors actors) {
		this.cases = cases;
		this.views = views;
		this.names = names;
		this.actors = actors;
	}

	@GetMapping("/department")
	String page(@RequestParam(required = false) String done, Model model, Locale locale) {
		Actor me = PageAccess.DEPARTMENT.require(actors.require());
		Names.Lookup lookup = names.lookup(locale);
		List<CaseRow> handling = rows(me, Set.of(CaseStatus.DISPATCHED, CaseStatus.SHELVED), lookup);
		List<CaseRow> mine = handling.stream().filter(r -> isMine(me, r)).toList();
		List<CaseRow> others = handling.stream().filter(r -> !mine.contains(r)).toList();
		model.addAttribute("mine", mine);
		model.addAttribute("others", others);
		model.addAttribute("handled", rows(me, Set.of(CaseStatus.HANDLED, CaseStatus.CHECKED), lookup));
		model.addAttribute("overdue", handling.stream().filter(r -> r.deadline() != null && r.deadline().overdue()).count());
		model.addAttribute("yellow", handling.stream()
			.filter(r -> r.deadline() != null && r.deadline().colour() == WarningLevel.YELLOW).count());
		model.addAttribute("waiting", handling.stream().filter(r -> r.pending() != PendingRequest.NONE).count());
		model.addAttribute("department", lookup.department(me.departmentCode()));
		model.addAttribute("community", lookup.region(me.scopeRegionCode()));
		model.addAttribute("done", Action.ofPath(done == null ? "" : done).orElse(null));
		return "workbench/department";
	}

	/** The handler's department leads it, or (for an officer) it was reopened to the community team. */
	private static boolean isMine(Actor me, CaseRow row) {
		if (me.has(Role.HANDLER) && me.departmentCode() != null && me.departmentCode().equals(row.leadDepartmentCode())) {
			return true;
		}
		return me.has(Role.OFFICER) && row.communityTeam() || row.can("handle");
	}

	private List<CaseRow> rows(Actor me, Set<CaseStatus> statuses, Names.Lookup lookup) {
		var page = cases.search(me, new CaseQuery(statuses, null, null, null, null, null, CaseQuery.Sort.DEADLINE, 0,
				LIMIT));
		return views.rows(me, page.cases(), lookup);
	}
}
