package org.chengguan.assessment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.chengguan.identity.PageErrors;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public scoreboard (公示, no sign-in): the city's closure rate, satisfaction rate and cases of the period (this
 * month by default) and each district's, as the city publishes them. Totals only, nothing personal.
 */
@PageErrors("as.error")
@Controller
class ScoreboardPage {

	private final Assessment assessment;

	private final RegionDirectory regions;

	ScoreboardPage(Assessment assessment, RegionDirectory regions) {
		this.assessment = assessment;
		this.regions = regions;
	}

	/** Every district of the city is published, those without cases in the period with zeros and no rates. */
	private Assessment.Scoreboard everyDistrict(Assessment.Scoreboard board) {
		Map<String, Assessment.ScoreLine> lines = new HashMap<>();
		board.districts().forEach(d -> lines.put(d.code(), d));
		List<Assessment.ScoreLine> all = new ArrayList<>();
		for (Region district : regions.children(board.city().code())) {
			all.add(lines.getOrDefault(district.code(), new Assessment.ScoreLine(district.code(), district.name(), 0, 0, 0,
					null, 0, 0, null, 0, 0, null)));
		}
		all.sort(Comparator.comparing(Assessment.ScoreLine::code));
		return new Assessment.Scoreboard(board.period(), board.asOf(), board.city(), all.isEmpty() ? board.districts() : all);
	}

	/** The bar chart's data: district names and their rates in percent (empty: nothing to divide by). */
	record Chart(String names, String closure, String satisfaction) {

		static Chart of(Assessment.Scoreboard board) {
			Figures fig = new Figures();
			return new Chart(String.join(",", board.districts().stream().map(Assessment.ScoreLine::name).toList()),
					String.join(",", board.districts().stream().map(d -> fig.chartValue(d.closureRate())).toList()),
					String.join(",",
							board.districts().stream().map(d -> fig.chartValue(d.satisfactionRate())).toList()));
		}
	}

	@GetMapping("/scoreboard")
	String scoreboard(@RequestParam(required = false) String period, Model model) {
		Period p = Readers.period(period, assessment.today(), model);
		Assessment.Scoreboard board = everyDistrict(assessment.scoreboard(p));
		model.addAttribute("board", board);
		model.addAttribute("chart", Chart.of(board));
		model.addAttribute("fig", new Figures());
		return "assessment/scoreboard";
	}
}
