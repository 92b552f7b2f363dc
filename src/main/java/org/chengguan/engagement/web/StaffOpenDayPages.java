package org.chengguan.engagement.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.engagement.NewOpenDay;
import org.chengguan.engagement.OpenDay;
import org.chengguan.engagement.OpenDays;
import org.chengguan.engagement.Registration;
import org.chengguan.engagement.RegistrationState;
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
 * The staff's open-day pages (OFFICER, LEADER, ADMIN of the region): the open days of their scope with a form to
 * create one, and one open day's registrations — names, phones masked — where attendance is marked.
 */
@PageErrors("engagement.error")
@Controller
class StaffOpenDayPages {

	private final OpenDays openDays;

	private final Actors actors;

	StaffOpenDayPages(OpenDays openDays, Actors actors) {
		this.openDays = openDays;
		this.actors = actors;
	}

	/** The creation form as typed. */
	record OpenDayForm(String title, String description, String date, String startTime, String endTime, String place,
			String lat, String lon, String capacity) {
	}

	/** One registration as staff see it: the phone masked, the code never shown. */
	record RegistrationRow(long id, String name, String phone, String organisation, int partySize, String state,
			String registeredAt, Boolean attended, Integer rating, String comment) {

		static RegistrationRow of(Registration r) {
			return new RegistrationRow(r.id(), r.name(), r.maskedPhone(), r.organisation(), r.partySize(),
					r.state().name(), Times.format(r.registeredAt()), r.attended(), r.rating(), r.comment());
		}
	}

	@GetMapping("/engagement/open-days")
	String list(Model model) {
		Actor me = actors.require();
		fill(model, me, new OpenDayForm("", "", "", "09:00", "11:30", "", "", "", "30"), null);
		return "engagement/staff-open-days";
	}

	@PostMapping("/engagement/open-days")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
			@RequestParam(required = false) String date, @RequestParam(required = false) String startTime,
			@RequestParam(required = false) String endTime, @RequestParam(required = false) String place,
			@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
			@RequestParam(required = false) String capacity, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor me = actors.require();
		var form = new OpenDayForm(title, description, date, startTime, endTime, place, lat, lon, capacity);
		try {
			OpenDay created = openDays.create(me, new NewOpenDay(title, description, Times.parse(date, startTime),
					Times.parse(date, endTime), place, decimal(lat), decimal(lon), null,
					PublicOpenDayPages.number(capacity), null, null));
			redirect.addFlashAttribute("notice", "engagement.staff.created");
			return "redirect:/engagement/open-days/" + created.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(e instanceof org.chengguan.platform.UnprocessableException ? 422 : 400);
			fill(model, me, form, e.errors().isEmpty() ? List.of(e.getMessage()) : e.errors());
			return "engagement/staff-open-days";
		}
	}

	@GetMapping("/engagement/open-days/{id}")
	String openDay(@PathVariable long id, Model model) {
		Actor me = actors.require();
		List<Registration> all = openDays.registrations(me, id);
		OpenDay day = openDays.get(id);
		Instant now = openDays.now();
		model.addAttribute("openDay", OpenDayView.of(day, now));
		model.addAttribute("registrations", all.stream().map(RegistrationRow::of).toList());
		model.addAttribute("registered", all.stream().filter(r -> r.state() == RegistrationState.REGISTERED).count());
		model.addAttribute("attended", all.stream().filter(r -> Boolean.TRUE.equals(r.attended())).count());
		model.addAttribute("mayMark", OpenDays.marksAttendanceAt(day, now));
		return "engagement/staff-open-day";
	}

	@PostMapping("/engagement/open-days/{id}/registrations/{registrationId}/attendance")
	String attendance(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(defaultValue = "true") boolean attended, RedirectAttributes redirect) {
		try {
			openDays.markAttendance(actors.require(), id, registrationId, attended);
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("failure", "engagement.refused." + e.properties().get(OpenDays.REASON));
		}
		return "redirect:/engagement/open-days/" + id;
	}

	private void fill(Model model, Actor me, OpenDayForm form, List<String> faults) {
		Instant now = openDays.now();
		List<OpenDay> mine = openDays.ofScope(me);
		model.addAttribute("openDays", mine.stream().map(d -> OpenDayView.of(d, now)).toList());
		model.addAttribute("form", form);
		model.addAttribute("faults", Fault.of(faults == null ? List.of() : faults));
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
