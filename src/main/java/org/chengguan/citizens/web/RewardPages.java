package org.chengguan.citizens.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.citizens.Money;
import org.chengguan.citizens.rewards.JournalKind;
import org.chengguan.citizens.rewards.LedgerLine;
import org.chengguan.citizens.rewards.PayoutStatus;
import org.chengguan.citizens.rewards.RewardPayouts;
import org.chengguan.citizens.rewards.RewardReports;
import org.chengguan.citizens.rewards.RewardStatement;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的奖励: the signed-in citizen's balance, totals and history, and the request to pay the balance out (提现). The
 * form carries a key made when the page was shown, so a second press of the button (or the form sent again from
 * the browser's history) answers with the first payout instead of asking for another.
 */
@Controller
class RewardPages {

	static final int PAGE_SIZE = 20;

	private static final int MAX_KEY_LENGTH = 200;

	private final RewardReports reports;

	private final RewardPayouts payouts;

	private final Actors actors;

	private final PageTimes times;

	RewardPages(RewardReports reports, RewardPayouts payouts, Actors actors, PageTimes times) {
		this.reports = reports;
		this.payouts = payouts;
		this.actors = actors;
		this.times = times;
	}

	/** A line of the history as the page shows it, the amount signed: in (+) or out (−). */
	record LineView(String at, JournalKind kind, String amount, boolean in, String caseNumber, String tariff,
			PayoutStatus payoutStatus) {
	}

	@GetMapping("/citizen/rewards")
	String rewards(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor me = actors.require();
		if (!me.has(Role.CITIZEN)) {
			return "redirect:/home";
		}
		fill(me, Math.max(0, page), model);
		return "citizens/rewards";
	}

	/**
	 * Pays the whole balance out. A balance below the minimum, or a form without a proper key, is told on the page
	 * and changes nothing; a request made already is told so.
	 */
	@PostMapping("/citizen/rewards/payout")
	String payout(@RequestParam(name = "key", required = false) String key, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Actor me = actors.require();
		if (!me.has(Role.CITIZEN)) {
			return "redirect:/home";
		}
		if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("payoutError", "citizens.rewards.error.form");
			fill(me, 0, model);
			return "citizens/rewards";
		}
		try {
			var requested = payouts.request(me.userId(), key);
			redirect.addFlashAttribute("payoutDone", requested.created() ? "citizens.rewards.payout.requested"
					: "citizens.rewards.payout.already");
			redirect.addFlashAttribute("payoutAmount", requested.payout().amount().toString());
			return "redirect:/citizen/rewards";
		}
		catch (ConflictException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("payoutError", "citizens.rewards.error.tooLittle");
			fill(me, 0, model);
			return "citizens/rewards";
		}
	}

	private void fill(Actor me, int page, Model model) {
		RewardStatement statement = reports.statement(me.userId(), page, PAGE_SIZE);
		var history = statement.history().map(this::view);
		model.addAttribute("balance", statement.balance().toString());
		model.addAttribute("credited", statement.credited().toString());
		model.addAttribute("paid", statement.paid().toString());
		model.addAttribute("inPayment", statement.inPayment().toString());
		model.addAttribute("minimumPayout", statement.minimumPayout().toString());
		model.addAttribute("canPayOut", statement.balance().fen() > 0
				&& !statement.balance().isLessThan(statement.minimumPayout()));
		model.addAttribute("history", history.items());
		model.addAttribute("total", history.total());
		model.addAttribute("previousPage", page > 0 ? page - 1 : null);
		model.addAttribute("nextPage", (long) (page + 1) * PAGE_SIZE < history.total() ? page + 1 : null);
		model.addAttribute("payoutKey", UUID.randomUUID().toString());
	}

	private LineView view(LedgerLine line) {
		Money amount = line.amount();
		boolean in = amount.fen() >= 0;
		String shown = (in ? "+" : "−") + new Money(Math.abs(amount.fen()));
		return new LineView(times.format(line.at()), line.kind(), shown, in, line.caseNumber(), line.tariff(),
				line.payoutStatus());
	}
}
