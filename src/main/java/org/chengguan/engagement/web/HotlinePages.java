package org.chengguan.engagement.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.cases.Satisfaction;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.engagement.AnswerBack;
import org.chengguan.engagement.CallKind;
import org.chengguan.engagement.Hotline;
import org.chengguan.engagement.HotlineCall;
import org.chengguan.engagement.NewAnswerBack;
import org.chengguan.engagement.NewCall;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's hotline pages (热线受理): the form that registers a call (with a key made when the form is shown, so a
 * form sent twice registers one call), the calls of the scope (phones masked), the complaints waiting for their
 * answer-back; and one call's screen — the only place the caller's full number appears, to an operator of its region
 * — with the reply to a suggestion and the answer-back log.
 */
@PageErrors("engagement.error")
@Controller
class HotlinePages {

	private final Hotline hotline;

	private final Actors actors;

	private final CatalogueManagement catalogue;

	HotlinePages(Hotline hotline, Actors actors, CatalogueManagement catalogue) {
		this.hotline = hotline;
		this.actors = actors;
		this.catalogue = catalogue;
	}

	/** The call form as typed. */
	record CallForm(String kind, String callerName, String callerPhone, String content, String answer,
			String categoryCode, String lat, String lon, String formKey) {
	}

	/** A call in a list: the phone always masked. */
	record CallRow(long id, String kind, String state, String callerName, String phone, String content, String takenAt,
			String caseNumber, String caseStatus) {

		static CallRow of(HotlineCall c) {
			return new CallRow(c.id(), c.kind().name(), c.state().name(), c.callerName(), c.maskedPhone(),
					c.content().length() > 40 ? c.content().substring(0, 40) + "…" : c.content(), Times.format(c.takenAt()),
					c.caseNumber(), c.caseStatus());
		}
	}

	/** An answer-back in the log. */
	record AnswerRow(String at, boolean reached, int attempts, String satisfaction, String comment, boolean recorded) {

		static AnswerRow of(AnswerBack a) {
			return new AnswerRow(Times.format(a.at()), a.reached(), a.attempts(),
					a.satisfaction() == null ? null : a.satisfaction().name(), a.comment(), a.recordedOnCase());
		}
	}

	@GetMapping("/engagement/hotline")
	String hotline(Model model) {
		Actor me = actors.require();
		fill(model, me, new CallForm("CONSULTATION", "", "", "", "", "", "", "", UUID.randomUUID().toString()),
				List.of());
		return "engagement/hotline";
	}

	@PostMapping("/engagement/hotline")
	String register(@RequestParam(required = false) String kind, @RequestParam(required = false) String callerName,
			@RequestParam(required = false) String callerPhone, @RequestParam(required = false) String content,
			@RequestParam(required = false) String answer, @RequestParam(required = false) String categoryCode,
			@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
			@RequestParam(required = false) String formKey, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor me = actors.require();
		var form = new CallForm(kind, callerName, callerPhone, content, answer, categoryCode, lat, lon, formKey);
		try {
			HotlineCall call = hotline.register(me, new NewCall(HotlineController.parse(CallKind.class, kind, "kind"),
					callerName, callerPhone, content, answer, blank(categoryCode), decimal(lat), decimal(lon), null,
					null), formKey);
			redirect.addFlashAttribute("notice", "engagement.hotline.registered." + call.kind());
			return "redirect:/engagement/hotline/calls/" + call.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(e instanceof org.chengguan.platform.UnprocessableException ? 422 : 400);
			fill(model, me, form, e.errors().isEmpty() ? List.of(e.getMessage()) : e.errors());
			return "engagement/hotline";
		}
	}

	@GetMapping("/engagement/hotline/calls/{id}")
	String call(@PathVariable long id, Model model) {
		Actor me = actors.require();
		HotlineCall call = hotline.get(me, id);
		boolean full = Hotline.seesPhone(me, call);
		model.addAttribute("call", call);
		model.addAttribute("phone", full ? call.callerPhone() : call.maskedPhone());
		model.addAttribute("phoneMasked", !full);
		model.addAttribute("takenAt", Times.format(call.takenAt()));
		model.addAttribute("repliedAt", Times.format(call.repliedAt()));
		model.addAttribute("answerBacks", hotline.answerBacks(me, id).stream().map(AnswerRow::of).toList());
		model.addAttribute("isOperator", full);
		model.addAttribute("satisfactions", Satisfaction.values());
		return "engagement/hotline-call";
	}

	@PostMapping("/engagement/hotline/calls/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(required = false) String answer,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		try {
			hotline.reply(actors.require(), id, answer, version);
			redirect.addFlashAttribute("notice", "engagement.hotline.replied");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("failure", "engagement.hotline.replyConflict");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failure", "engagement.hotline.replyInvalid");
		}
		return "redirect:/engagement/hotline/calls/" + id;
	}

	@PostMapping("/engagement/hotline/calls/{id}/answer-back")
	String answerBack(@PathVariable long id, @RequestParam(required = false) String reached,
			@RequestParam(required = false) String attempts, @RequestParam(required = false) String satisfaction,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			boolean wasReached = "true".equals(reached);
			hotline.answerBack(actors.require(), id, new NewAnswerBack(reached == null ? null : wasReached,
					PublicOpenDayPages.number(attempts), wasReached ? HotlineController.satisfaction(satisfaction) : null,
					comment));
			redirect.addFlashAttribute("notice", "engagement.hotline.answerBackLogged");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("failure", "engagement.hotline.answerBackConflict");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failure", "engagement.hotline.answerBackInvalid");
		}
		return "redirect:/engagement/hotline/calls/" + id;
	}

	private void fill(Model model, Actor me, CallForm form, List<String> faults) {
		model.addAttribute("form", form);
		model.addAttribute("faults", Fault.of(faults));
		model.addAttribute("categories", catalogue.categories().stream().filter(Category::active).toList());
		model.addAttribute("calls", hotline.list(me, null, null, false, 50).stream().map(CallRow::of).toList());
		model.addAttribute("awaiting", hotline.list(me, null, null, true, 50).stream().map(CallRow::of).toList());
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static Double decimal(String text) {
		try {
			return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
