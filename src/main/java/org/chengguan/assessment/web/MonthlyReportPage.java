package org.chengguan.assessment.web;

import java.util.Locale;

import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 考核月报: the monthly report of the reader's scope, ready to print — per kind of unit a table of every indicator as
 * numerator/denominator, the formulas and weights, and the rules version used. Any period is accepted; the month
 * is the default.
 */
@PageErrors("as.error")
@Controller
class MonthlyReportPage {

	private final Assessment assessment;

	private final ReportTables tables;

	private final RegionDirectory regions;

	private final Actors actors;

	MonthlyReportPage(Assessment assessment, ReportTables tables, RegionDirectory regions, Actors actors) {
		this.assessment = assessment;
		this.tables = tables;
		this.regions = regions;
		this.actors = actors;
	}

	@GetMapping("/assessment/report")
	String report(@RequestParam(required = false) String period, Model model, Locale locale) {
		Actor me = Readers.require(actors.require());
		Period p = Readers.period(period, assessment.today(), model);
		model.addAttribute("period", p);
		model.addAttribute("report", tables.monthly(me, p, scopeName(regions, me)));
		model.addAttribute("fig", new Figures());
		model.addAttribute("labels", tables);
		return "assessment/report";
	}

	static String scopeName(RegionDirectory regions, Actor me) {
		String scope = me.scopeRegionCode() == null ? "3406" : me.scopeRegionCode();
		return regions.region(scope).map(Region::name).orElse(scope);
	}
}
