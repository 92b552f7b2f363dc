package org.chengguan.cases.web.mobile;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CasePage;
import org.chengguan.cases.CaseQuery;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.QueueCounts;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The grid inspector's pages (网格员): my tasks — cases to verify (核实) and to check (核查) in my scope, the nearest
 * deadline first — the patrol report, and my grids on the map. Other roles are sent to their own start page.
 */
@Controller
class InspectorPages {

	private static final int PAGE_SIZE = 30;

	private final CaseManagement cases;

	private final CaseCards cards;

	private final ReportFormModel form;

	private final MapProperties map;

	private final Actors actors;

	InspectorPages(CaseManagement cases, CaseCards cards, ReportFormModel form, MapProperties map, Actors actors) {
		this.cases = cases;
		this.cards = cards;
		this.form = form;
		this.map = map;
		this.actors = actors;
	}

	/** Which tasks a tab shows. */
	enum Show {
		ALL(Set.of(CaseStatus.REPORTED, CaseStatus.HANDLED)), VERIFY(Set.of(CaseStatus.REPORTED)),
		CHECK(Set.of(CaseStatus.HANDLED));

		final Set<CaseStatus> statuses;

		Show(Set<CaseStatus> statuses) {
			this.statuses = statuses;
		}

		static Show of(String name) {
			for (Show show : values()) {
				if (show.name().equalsIgnoreCase(name)) {
					return show;
				}
			}
			return ALL;
		}
	}

	/** My tasks (我的任务). */
	@GetMapping("/inspector")
	String tasks(@RequestParam(defaultValue = "all") String show, Model model) {
		Actor me = actors.require();
		if (!me.has(Role.INSPECTOR)) {
			return "redirect:/home";
		}
		QueueCounts counts = cases.queueCounts(me, null);
		model.addAttribute("verifyCount", counts.of(CaseStatus.REPORTED));
		model.addAttribute("checkCount", counts.of(CaseStatus.HANDLED));
		addTasks(me, Show.of(show), 0, model);
		return "mobile/inspector-tasks";
	}

	/** The task list alone: refreshed every minute, and the "more" button's next page. */
	@GetMapping("/inspector/tasks")
	String taskList(@RequestParam(defaultValue = "all") String show, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor me = actors.require();
		if (!me.has(Role.INSPECTOR)) {
			return "redirect:/home";
		}
		addTasks(me, Show.of(show), Math.max(0, page), model);
		return "mobile/inspector-tasks :: taskCards";
	}

	/** 巡查上报: the citizen's form plus 自处理. */
	@GetMapping("/inspector/report")
	String report(Model model) {
		if (!actors.require().has(Role.INSPECTOR)) {
			return "redirect:/home";
		}
		form.fill(model, "/inspector", true);
		return "mobile/inspector-report";
	}

	/** My grids (我的网格) on the map, with my open tasks. */
	@GetMapping("/inspector/grids")
	String grids(Model model) {
		Actor me = actors.require();
		if (!me.has(Role.INSPECTOR)) {
			return "redirect:/home";
		}
		List<String> grids = new TreeSet<>(me.gridCodes()).stream().toList();
		Set<String> communities = new TreeSet<>();
		grids.forEach(code -> communities.add(code.substring(0, Math.min(12, code.length()))));
		if (communities.isEmpty() && me.scopeRegionCode() != null) {
			communities.add(me.scopeRegionCode());
		}
		model.addAttribute("map", map);
		model.addAttribute("gridCodes", grids);
		model.addAttribute("areas", communities.stream()
			.map(code -> new GridArea(code, cards.name(code).orElse(code)))
			.toList());
		model.addAttribute("scopeName", cards.name(me.scopeRegionCode()).orElse(""));
		addTasks(me, Show.ALL, 0, model);
		return "mobile/inspector-grids";
	}

	private void addTasks(Actor me, Show show, int page, Model model) {
		CaseQuery query = CaseQuery.of(show.statuses, page, PAGE_SIZE).sortedBy(CaseQuery.Sort.DEADLINE);
		CasePage found = cases.search(me, query);
		model.addAttribute("show", show.name().toLowerCase(Locale.ROOT));
		model.addAttribute("tasks", found.cases().stream().map(cards::task).toList());
		model.addAttribute("total", found.total());
		model.addAttribute("nextPage", (long) (page + 1) * PAGE_SIZE < found.total() ? page + 1 : null);
	}
}
