package org.chengguan.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 考核排名: the leader's assessment page. A kind and a period are picked; the page shows the scope's headline figures,
 * the closure rate of the last 12 weeks, the heat map of the period's cases and of its late ones (drawn by
 * {@code static/js/assessment-heat.js} from {@link HeatMapController}), and the ranking, from which a region's row
 * drills down one level and every row leads to the unit's late cases.
 */
@PageErrors("as.error")
@Controller
class AssessmentPageController {

	private final Assessment assessment;

	private final ReportTables tables;

	private final RegionDirectory regions;

	private final Actors actors;

	private final AssessmentMap map;

	AssessmentPageController(Assessment assessment, ReportTables tables, RegionDirectory regions, Actors actors,
			AssessmentMap map) {
		this.map = map;
		this.assessment = assessment;
		this.tables = tables;
		this.regions = regions;
		this.actors = actors;
	}

	@GetMapping("/assessment")
	String page(@RequestParam(required = false) String kind, @RequestParam(required = false) String period,
			@RequestParam(required = false) String region, Model model, Locale locale) {
		Actor me = Readers.require(actors.require());
		Period p = Readers.period(period, assessment.today(), model);
		String within = region == null || region.isBlank() ? me.scopeRegionCode() : region.strip();
		String k = kind == null || kind.isBlank() ? childOf(within) : kind.strip();
		if (!Assessment.KINDS.contains(k)) {
			throw new InvalidInputException("'" + kind + "' is not an evaluated kind: one of " + Assessment.KINDS);
		}
		KindTable table = tables.table(me, k, p, region);
		String scope = table.report().region();
		model.addAttribute("kind", k);
		model.addAttribute("kinds", Assessment.KINDS);
		model.addAttribute("period", p);
		model.addAttribute("region", region == null ? "" : region.strip());
		model.addAttribute("table", table);
		model.addAttribute("scope", scope);
		model.addAttribute("scopeName", name(scope));
		model.addAttribute("map", map);
		model.addAttribute("kpi", Headline.of(headline(me, p, scope)));
		model.addAttribute("trend", Trend.of(assessment.weeklyTrend(me, scope, 12)));
		model.addAttribute("path", path(me.scopeRegionCode(), scope));
		model.addAttribute("fig", new Figures());
		model.addAttribute("labels", tables);
		return "assessment/ranking";
	}

	/** The scope's headline figures: 结案率, 按期结案率, 满意率 and the cases reported (null: none). */
	record Headline(Assessment.Indicator closure, Assessment.Indicator onTime, Assessment.Indicator satisfaction,
			long reported) {

		static Headline of(Assessment.Unit unit) {
			if (unit == null) {
				return null;
			}
			java.util.Map<String, Assessment.Indicator> byKey = new java.util.HashMap<>();
			unit.indicators().forEach(i -> byKey.put(i.key(), i));
			return new Headline(byKey.get("closureRate"), byKey.get("onTimeClosureRate"), byKey.get("satisfactionRate"),
					unit.counts().getOrDefault("reported", 0L));
		}
	}

	/** The trend line's data for the chart: week labels and rates in percent (empty: no cases that week). */
	record Trend(String weeks, String closure, String onTime) {

		static Trend of(List<Assessment.WeekPoint> points) {
			Figures fig = new Figures();
			return new Trend(String.join(",", points.stream().map(w -> w.week().label()).toList()),
					String.join(",", points.stream().map(w -> fig.chartValue(w.closureRate())).toList()),
					String.join(",", points.stream().map(w -> fig.chartValue(w.onTimeClosureRate())).toList()));
		}
	}

	/** The scope's own unit (the city, a district…), for the headline figures; null when it had no cases. */
	private Assessment.Unit headline(Actor me, Period period, String scope) {
		String level = levelOf(scope);
		return assessment.evaluate(me, level, period, scope).units().stream()
			.filter(u -> scope == null || u.code().equals(scope))
			.findFirst()
			.orElse(null);
	}

	/** The regions from the reader's scope down to the one shown, for the way back up. */
	private List<Region> path(String scope, String shown) {
		List<Region> path = new ArrayList<>();
		for (String code = shown; code != null && (scope == null || code.length() >= scope.length());) {
			regions.region(code).ifPresent(r -> path.add(0, r));
			code = regions.region(code).map(Region::parentCode).orElse(null);
		}
		return path;
	}

	private String name(String code) {
		return code == null ? null : regions.region(code).map(Region::name).orElse(code);
	}

	/** The kind of unit a region code is: by its length. */
	static String levelOf(String code) {
		if (code == null) {
			return "city";
		}
		return switch (code.length()) {
			case 4 -> "city";
			case 6 -> "district";
			case 9 -> "street";
			case 12 -> "community";
			default -> "grid";
		};
	}

	/** The units one level below a region: a city's districts, a district's streets… a grid's own grid. */
	static String childOf(String code) {
		return switch (levelOf(code)) {
			case "city" -> "district";
			case "district" -> "street";
			case "street" -> "community";
			default -> "grid";
		};
	}
}
