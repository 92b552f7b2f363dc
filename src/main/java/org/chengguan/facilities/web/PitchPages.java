package org.chengguan.facilities.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.facilities.stalls.NewPitchApplication;
import org.chengguan.facilities.stalls.PitchApplication;
import org.chengguan.facilities.stalls.PitchApplications;
import org.chengguan.facilities.stalls.PitchFault;
import org.chengguan.facilities.stalls.StallArea;
import org.chengguan.facilities.stalls.VendorRegistration;
import org.chengguan.facilities.stalls.VendorRegistrations;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.worktime.WorkingTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's side of the pitch applications (phone first): the form, reached from a stall area's card on the
 * convenience map, and "my applications" with the answers. A refused form is shown again with every fault in words
 * and nothing saved.
 */
@PageErrors("pitches.error")
@Controller
class PitchPages {

	/** The days a new form proposes: a week from today. */
	static final int PROPOSED_DAYS = 7;

	private final PitchApplications applications;

	private final Actors actors;

	private final WorkingTime workingTime;

	private final VendorRegistrations vendors;

	PitchPages(PitchApplications applications, Actors actors, WorkingTime workingTime, VendorRegistrations vendors) {
		this.vendors = vendors;
		this.applications = applications;
		this.actors = actors;
		this.workingTime = workingTime;
	}

	/** What the form shows and sends back, as typed. */
	record PitchForm(List<String> goods, String from, String to, String preferredPitch, String contactPhone) {
	}

	@GetMapping("/citizen/pitches/apply")
	String form(@RequestParam(required = false) Long facility, Model model) {
		Actor me = citizen();
		StallArea area = area(facility);
		LocalDate today = applications.today();
		String phone = vendors.mine(me).map(VendorRegistration::phone).orElse("");
		fill(model, area, new PitchForm(List.of(), today.toString(), today.plusDays(PROPOSED_DAYS - 1).toString(), "",
				phone), List.of());
		model.addAttribute("vendorState", vendors.mine(me).map(v -> v.state().name()).orElse("NONE"));
		return "facilities/pitch-apply";
	}

	/**
	 * The form's pitch picker for the days chosen (htmx, on a change of either date): the pitches free on every day
	 * of the period, as the public calendar has them; none to pick from for a period the form would refuse anyway.
	 */
	@GetMapping("/citizen/pitches/free")
	String freePitches(@RequestParam long facility, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String preferredPitch,
			Model model) {
		citizen();
		StallArea area = area(facility);
		model.addAttribute("free", free(area, date(from), date(to)));
		model.addAttribute("form", new PitchForm(List.of(), from, to, preferredPitch, ""));
		return "facilities/pitch-apply :: picker";
	}

	private List<Integer> free(StallArea area, LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from) || from.plusDays(92).isBefore(to)) {
			return List.of();
		}
		return applications.freePitches(area, from, to);
	}

	@PostMapping("/citizen/pitches/apply")
	String apply(@RequestParam(required = false) Long facility, @RequestParam(required = false) List<String> goods,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String preferredPitch, @RequestParam(required = false) String contactPhone,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor me = citizen();
		StallArea area = area(facility);
		var form = new PitchForm(goods == null ? List.of() : goods, from, to, preferredPitch, contactPhone);
		var request = new NewPitchApplication(form.goods(), date(from), date(to), pitch(preferredPitch), contactPhone);
		List<PitchFault> faults = applications.check(area, request);
		if (!faults.isEmpty()) {
			response.setStatus(faults.get(0).malformed() ? 400 : 422);
			fill(model, area, form, faults);
			return "facilities/pitch-apply";
		}
		try {
			PitchApplication created = applications.apply(me, area.id(), request);
			redirect.addFlashAttribute("notice", "pitches.mine.applied");
			return "redirect:/citizen/pitches#pitch-" + created.id();
		}
		catch (ConflictException e) {
			response.setStatus(409);
			fill(model, area, form, List.of());
			model.addAttribute("conflict", "pitches.error.open");
			return "facilities/pitch-apply";
		}
	}

	@GetMapping("/citizen/pitches")
	String mine(Model model) {
		Actor me = citizen();
		model.addAttribute("applications", applications.mine(me, PitchApplications.MAX_LIST).stream()
			.map(a -> PitchView.forApplicant(a, workingTime))
			.toList());
		return "facilities/pitch-mine";
	}

	/** Withdraws a pending application; one decided meanwhile is told so, and nothing changes. */
	@PostMapping("/citizen/pitches/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		Actor me = citizen();
		try {
			applications.withdraw(me, id);
			redirect.addFlashAttribute("notice", "pitches.mine.withdrawn");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("failure", "pitches.error.decided");
		}
		return "redirect:/citizen/pitches";
	}

	private Actor citizen() {
		Actor me = actors.require();
		if (!me.isCitizen()) {
			throw new ForbiddenException("pitch applications are made by citizens (as vendors); staff decide them on "
					+ "/officer/pitches");
		}
		return me;
	}

	private StallArea area(Long facility) {
		if (facility == null) {
			throw new NotFoundException("Name the stall area: /citizen/pitches/apply?facility=<id>.");
		}
		return applications.area(facility).orElseThrow(
				() -> new NotFoundException("There is no stall area " + facility + " that takes pitch applications."));
	}

	private void fill(Model model, StallArea area, PitchForm form, List<PitchFault> faults) {
		LocalDate today = applications.today();
		model.addAttribute("area", area);
		model.addAttribute("form", form);
		model.addAttribute("faults", faults);
		model.addAttribute("today", today.toString());
		model.addAttribute("freeToday", applications.freePitches(area, today, today).size());
		model.addAttribute("free", free(area, date(form.from()), date(form.to())));
		model.addAttribute("vendorState", "VERIFIED");
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** A typed pitch number; one that is no number counts as 0, which the rules refuse. */
	private static Integer pitch(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}
}
