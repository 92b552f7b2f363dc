package org.chengguan.citizens.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.citizens.rewards.RewardReports;
import org.chengguan.citizens.rewards.RewardSummary;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 奖励统计, for administrators: what {@code GET /api/v1/rewards/summary} answers, as a page — rewards credited and
 * paid over a period and by day, what is still owed, and whether the ledger balances. The page chain lets only ADMIN
 * in. A period that cannot be read is told on the page, and the last 30 days are shown instead.
 */
@Controller
class RewardSummaryPage {

	private static final int DEFAULT_DAYS = 30;

	private final RewardReports reports;

	private final Actors actors;

	private final Clock clock;

	RewardSummaryPage(RewardReports reports, Actors actors, Clock clock) {
		this.reports = reports;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/admin/rewards")
	String summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model, HttpServletResponse response) {
		Actor me = actors.require();
		if (!me.has(Role.ADMIN)) {
			return "redirect:/home";
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), reports.zone());
		LocalDate last = today;
		LocalDate first = today.minusDays(DEFAULT_DAYS - 1L);
		try {
			last = blank(to) ? today : LocalDate.parse(to.strip());
			first = blank(from) ? last.minusDays(DEFAULT_DAYS - 1L) : LocalDate.parse(from.strip());
			if (last.isBefore(first) || first.plusDays(365).isBefore(last)) {
				throw new DateTimeParseException("not a period of 1 to 366 days", from + "–" + to, 0);
			}
		}
		catch (DateTimeParseException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("periodError", "citizens.summary.error.period");
			model.addAttribute("asked", (from == null ? "" : from) + " – " + (to == null ? "" : to));
			last = today;
			first = today.minusDays(DEFAULT_DAYS - 1L);
		}
		RewardSummary summary = reports.summary(first, last);
		model.addAttribute("summary", summary);
		List<RewardSummary.Day> active = new ArrayList<>(
				summary.byDay().stream().filter(d -> d.rewards() > 0 || d.payouts() > 0).toList());
		Collections.reverse(active);
		model.addAttribute("activeDays", active);
		return "citizens/reward-summary";
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
