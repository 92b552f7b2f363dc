package org.chengguan.facilities.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.chengguan.facilities.stalls.PitchApplication;
import org.chengguan.facilities.stalls.PitchApplicationState;
import org.chengguan.facilities.stalls.PitchApplications;
import org.chengguan.facilities.stalls.PitchCalendar;
import org.chengguan.facilities.stalls.PitchCalendars;
import org.chengguan.facilities.stalls.StallArea;
import org.chengguan.facilities.stalls.VendorRegistration;
import org.chengguan.facilities.stalls.VendorRegistrations;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
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
 * The officer's side: the pending applications of the street's stall areas, oldest first, each with the pitches free
 * for its whole period to approve with, or a reason to reject; and the latest decisions. A decision that loses a race
 * (the pitch given meanwhile, the application decided by a colleague) is told on the page and changes nothing.
 */
@PageErrors("pitches.error")
@Controller
class OfficerPitchPages {

	static final int PENDING_SHOWN = 100;

	static final int RECENT_SHOWN = 20;

	private final PitchApplications applications;

	private final Actors actors;

	private final WorkingTime workingTime;

	private final VendorRegistrations vendors;

	private final PitchCalendars calendars;

	OfficerPitchPages(PitchApplications applications, Actors actors, WorkingTime workingTime,
			VendorRegistrations vendors, PitchCalendars calendars) {
		this.vendors = vendors;
		this.calendars = calendars;
		this.applications = applications;
		this.actors = actors;
		this.workingTime = workingTime;
	}

	@GetMapping("/officer/pitches")
	String review(Model model) {
		Actor me = officer();
		LongFunction<String> names = PitchApplicationJson.names(actors);
		List<PitchApplication> open = applications.toDecide(me, PitchApplicationState.PENDING, PENDING_SHOWN);
		Map<Long, VendorRegistration> registered = vendors
			.byUsers(open.stream().map(PitchApplication::applicantId).distinct().toList());
		List<PitchView> pending = open.stream()
			.map(a -> PitchView.forOfficer(a, workingTime, names.apply(a.applicantId()), applications.freePitches(a),
					registered.get(a.applicantId())))
			.toList();
		List<PitchView> recent = applications.toDecide(me, null, PENDING_SHOWN + RECENT_SHOWN).stream()
			.filter(a -> a.state() != PitchApplicationState.PENDING)
			.limit(RECENT_SHOWN)
			.map(a -> PitchView.forOfficer(a, workingTime, names.apply(a.applicantId()), List.of(), null))
			.toList();
		model.addAttribute("pending", pending);
		model.addAttribute("recent", recent);
		return "facilities/pitch-review";
	}

	/**
	 * 摊位日历: the area's pitches by day for a week (or {@code days} up to 31) from {@code from}, each taken one with
	 * who holds it (the registered name, the phone masked).
	 */
	@GetMapping("/officer/pitches/calendar")
	String calendar(@RequestParam long facility, @RequestParam(required = false) String from,
			@RequestParam(defaultValue = "7") int days, Model model) {
		Actor me = officer();
		StallArea area = applications.area(facility).orElseThrow(
				() -> new NotFoundException("There is no stall area " + facility + " that takes pitch applications."));
		LocalDate first;
		try {
			first = from == null || from.isBlank() ? applications.today() : LocalDate.parse(from.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("from: a date is yyyy-MM-dd");
		}
		int span = Math.max(1, Math.min(days, PitchCalendar.MAX_DAYS));
		PitchCalendar calendar = calendars.holders(me, area, first, first.plusDays(span - 1L),
				PitchApplicationJson.names(actors));
		model.addAttribute("area", area);
		model.addAttribute("calendar", calendar);
		model.addAttribute("span", span);
		model.addAttribute("previous", first.minusDays(span).toString());
		model.addAttribute("next", first.plusDays(span).toString());
		return "facilities/pitch-calendar";
	}

	@PostMapping("/officer/pitches/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer pitch, RedirectAttributes redirect) {
		Actor me = officer();
		return decided(redirect, () -> {
			PitchApplication a = applications.approve(me, id, pitch);
			redirect.addFlashAttribute("notice", "pitches.review.approved");
			redirect.addFlashAttribute("noticeArgs", List.of(a.area().name(), a.pitch()));
		});
	}

	@PostMapping("/officer/pitches/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Actor me = officer();
		return decided(redirect, () -> {
			PitchApplication a = applications.reject(me, id, reason);
			redirect.addFlashAttribute("notice", "pitches.review.rejected");
			redirect.addFlashAttribute("noticeArgs", List.of(a.area().name()));
		});
	}

	/** Runs the decision; a refusal becomes the page's message (in words, with the detail) and changes nothing. */
	private String decided(RedirectAttributes redirect, Runnable decision) {
		try {
			decision.run();
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("failure", e.properties().containsKey("currentState") ? "pitches.error.decided"
					: "pitches.error.taken");
			redirect.addFlashAttribute("failureDetail", e.getMessage());
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failure", "pitches.error.invalid");
			redirect.addFlashAttribute("failureDetail", e.getMessage());
		}
		return "redirect:/officer/pitches";
	}

	private Actor officer() {
		Actor me = actors.require();
		if (!me.has(Role.OFFICER)) {
			throw new ForbiddenException("pitch applications are decided by the officers (OFFICER, 社区城管队员) of the "
					+ "area's street");
		}
		return me;
	}
}
