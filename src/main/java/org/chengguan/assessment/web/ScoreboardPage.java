package org.chengguan.assessment.web;

import org.chengguan.assessment.Assessment;
import org.chengguan.assessment.Period;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public scoreboard (公示, no sign-in): the city's closure rate, satisfaction rate and cases of the period (this
 * month by default) and each district's, as the city publishes them. Totals only, nothing personal.
 */
@Controller
class ScoreboardPage {

	private final Assessment assessment;

	ScoreboardPage(Assessment assessment) {
		this.assessment = assessment;
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
		Assessment.Scoreboard board = assessment.scoreboard(p);
		model.addAttribute("board", board);
		model.addAttribute("chart", Chart.of(board));
		model.addAttribute("fig", new Figures());
		return "assessment/scoreboard";
	}
}
