package org.chengguan.cases.web.workbench;

import java.util.Locale;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 领导驾驶舱: the leader's first dashboard. The page carries the headline figures and the table by area; its script
 * draws the map and the ECharts charts from {@code /dashboard/figures}.
 */
@Controller
class DashboardPageController {

	private final DashboardFigures figures;

	private final Actors actors;

	private final MapSettings map;

	DashboardPageController(DashboardFigures figures, Actors actors, MapSettings map) {
		this.figures = figures;
		this.actors = actors;
		this.map = map;
	}

	@GetMapping("/dashboard")
	String page(Model model, Locale locale) {
		Actor me = PageAccess.DASHBOARD.require(actors.require());
		model.addAttribute("figures", figures.summary(me, locale));
		model.addAttribute("map", map);
		return "workbench/dashboard";
	}

	@GetMapping("/dashboard/figures")
	@ResponseBody
	DashboardFigures.Figures data(Locale locale) {
		return figures.all(PageAccess.DASHBOARD.require(actors.require()), locale);
	}
}
