package org.chengguan.engagement.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.engagement.NewRegistration;
import org.chengguan.engagement.OpenDay;
import org.chengguan.engagement.OpenDays;
import org.chengguan.engagement.Registration;
import org.chengguan.engagement.RegistrationState;
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
 * The public's open-day pages (phone first, no sign-in): the list with the seats left, one open day with its
 * registration form, and a registration seen through its code, where it is cancelled or rated. A refused form comes
 * back with every fault in words and nothing saved.
 */
@PageErrors("engagement.error")
@Controller
class PublicOpenDayPages {

	private final OpenDays openDays;

	PublicOpenDayPages(OpenDays openDays) {
		this.openDays = openDays;
	}

	/** The registration form as typed. */
	record RegistrationForm(String name, String phone, String organisation, String partySize) {
	}

	@GetMapping("/public/open-days")
	String list(Model model) {
		Instant now = openDays.now();
		model.addAttribute("openDays", openDays.upcoming().stream().map(d -> OpenDayView.of(d, now)).toList());
		return "engagement/open-days";
	}

	@GetMapping("/public/open-days/{id}")
	String openDay(@PathVariable long id, Model model) {
		fill(model, openDays.get(id), new RegistrationForm("", "", "", "1"), List.of(), null);
		return "engagement/open-day";
	}

	@PostMapping("/public/open-days/{id}/register")
	String register(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String partySize, HttpServletRequest http, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		OpenDay day = openDays.get(id);
		var form = new RegistrationForm(name, phone, organisation, partySize);
		var request = new NewRegistration(name, phone, organisation, number(partySize));
		List<String> faults = OpenDays.faults(request);
		if (!faults.isEmpty()) {
			response.setStatus(400);
			fill(model, day, form, faults, null);
			return "engagement/open-day";
		}
		try {
			Registration made = openDays.register(id, request, http.getRemoteAddr());
			redirect.addFlashAttribute("notice", "engagement.registration.made");
			return "redirect:/public/open-days/registrations/" + made.code();
		}
		catch (ConflictException e) {
			response.setStatus(409);
			fill(model, openDays.get(id), form, List.of(), String.valueOf(e.properties().get(OpenDays.REASON)));
			return "engagement/open-day";
		}
	}

	/** Finds a registration by the code a registrant typed. */
	@GetMapping("/public/open-days/registration")
	String find(@RequestParam(required = false) String code) {
		return "redirect:/public/open-days/registrations/" + (code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
	}

	@GetMapping("/public/open-days/registrations/{code}")
	String registration(@PathVariable String code, Model model) {
		Registration r = openDays.byCode(code);
		OpenDay day = openDays.get(r.openDayId());
		Instant now = openDays.now();
		boolean live = r.state() == RegistrationState.REGISTERED;
		model.addAttribute("registration", r);
		model.addAttribute("registeredAt", Times.format(r.registeredAt()));
		model.addAttribute("openDay", OpenDayView.of(day, now));
		model.addAttribute("mayCancel", live && !day.startedAt(now));
		model.addAttribute("mayRate", live && day.endedAt(now) && r.feedbackAt() == null);
		return "engagement/registration";
	}

	@PostMapping("/public/open-days/registrations/{code}/cancel")
	String cancel(@PathVariable String code, RedirectAttributes redirect) {
		try {
			openDays.cancel(code);
			redirect.addFlashAttribute("notice", "engagement.registration.cancelled");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("failure", "engagement.refused." + e.properties().get(OpenDays.REASON));
		}
		return "redirect:/public/open-days/registrations/" + code;
	}

	@PostMapping("/public/open-days/registrations/{code}/feedback")
	String feedback(@PathVariable String code, @RequestParam(required = false) String rating,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			openDays.feedback(code, number(rating), comment);
			redirect.addFlashAttribute("notice", "engagement.feedback.thanks");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("failure", "engagement.refused." + e.properties().get(OpenDays.REASON));
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failure", "engagement.feedback.invalid");
		}
		return "redirect:/public/open-days/registrations/" + code;
	}

	private void fill(Model model, OpenDay day, RegistrationForm form, List<String> faults, String refusal) {
		model.addAttribute("openDay", OpenDayView.of(day, openDays.now()));
		model.addAttribute("form", form);
		model.addAttribute("faults", faults);
		model.addAttribute("refusal", refusal);
	}

	static Integer number(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
