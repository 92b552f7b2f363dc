package org.chengguan.citizens.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.citizens.rewards.RewardReports;
import org.chengguan.citizens.rewards.RewardSummary;
import org.chengguan.identity.Actors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rewards' totals for administrators (奖励统计), by day. Amounts are in fen (分). */
@RestController
@RequestMapping("/api/v1/rewards/summary")
@Tag(name = "citizens")
class RewardSummaryController {

	private final RewardReports reports;

	private final Actors actors;

	private final Clock clock;

	RewardSummaryController(RewardReports reports, Actors actors, Clock clock) {
		this.reports = reports;
		this.actors = actors;
		this.clock = clock;
	}

	record DayResponse(LocalDate day, long creditedFen, long rewards, long paidFen, long payouts) {
	}

	record SummaryResponse(LocalDate from, LocalDate to, String zone, long creditedFen, long rewards, long paidFen,
			long payouts, long outstandingFen, boolean ledgerBalanced, List<DayResponse> byDay) {

		static SummaryResponse of(RewardSummary s) {
			return new SummaryResponse(s.from(), s.to(), s.zone().getId(), s.credited().fen(), s.rewards(),
					s.paid().fen(), s.payouts(), s.outstanding().fen(), s.ledgerBalanced(),
					s.byDay().stream().map(d -> new DayResponse(d.day(), d.credited().fen(), d.rewards(),
							d.paid().fen(), d.payouts())).toList());
		}
	}

	@Operation(summary = "Rewards credited, paid and outstanding over a period, with every day of it",
			description = "ADMIN only. from and to are days (yyyy-MM-dd) in the city's zone, inclusive, at most 366 "
					+ "days apart; by default the last 30 days. outstanding is what citizens are owed at the end of the "
					+ "period.")
	@GetMapping
	SummaryResponse summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Administrators.require(actors, "the rewards' summary");
		LocalDate last = to != null ? to : LocalDate.ofInstant(clock.instant(), reports.zone());
		LocalDate first = from != null ? from : last.minusDays(29);
		return SummaryResponse.of(reports.summary(first, last));
	}
}
