package org.chengguan.facilities.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.facilities.displays.NewOutdoorDisplay;
import org.chengguan.facilities.displays.OutdoorDisplay;
import org.chengguan.facilities.displays.OutdoorDisplayState;
import org.chengguan.facilities.displays.OutdoorDisplays;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.worktime.WorkingTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outdoor display (特色外摆) pages: the shop's form (phone first; a tap on the map places the shop, the zone is a
 * rectangle in front of it) and list, and the officers' review. A refused form is shown again with the faults, nothing
 * saved; a decision that came second is told and changes nothing.
 */
@PageErrors("pitches.error")
@Controller
class DisplayPages {

	private final OutdoorDisplays displays;

	private final Actors actors;

	private final WorkingTime workingTime;

	private final MapPageController.MapView map;

	DisplayPages(OutdoorDisplays displays, Actors actors, WorkingTime workingTime,
			@Value("${chengguan.map.tile-url:}") String tileUrl, @Value("${chengguan.map.centre-lat:33.955}") double lat,
			@Value("${chengguan.map.centre-lon:116.798}") double lon) {
		this.displays = displays;
		this.actors = actors;
		this.workingTime = workingTime;
		this.map = new MapPageController.MapView(tileUrl, "", 19, lat, lon);
	}

	/** The form as typed. */
	record DisplayForm(String shopName, String licenceNumber, String shopAddress, String shopLat, String shopLon,
			String width, String depth, String facing, String from, String to, String dailyHours, String displayed,
			String contactPhone) {
	}

	/** An application as the pages list it. */
	record DisplayView(long id, String shopName, String licenceNumber, String shopAddress, String contactPhone,
			String from, String to, String dailyHours, String displayed, double area, String state, String reason,
			String appliedAt, String decidedAt, Long facilityId, int version) {

		static DisplayView of(OutdoorDisplay d, WorkingTime time) {
			return new DisplayView(d.id(), d.shopName(), d.licenceNumber(), d.shopAddress(), d.contactPhone(),
					d.from().toString(), d.to().toString(), d.dailyHours(), d.displayed(),
					Math.round(d.areaSquareMetres() * 10) / 10.0, d.state().name(), d.reason(),
					PitchView.format(d.appliedAt(), time), PitchView.format(d.decidedAt(), time), d.facilityId(),
					d.version());
		}
	}

	@GetMapping("/citizen/displays")
	String mine(Model model) {
		Actor me = citizen();
		model.addAttribute("displays", displays.mine(me, 100).stream().map(d -> DisplayView.of(d, workingTime)).toList());
		return "facilities/display-mine";
	}

	@GetMapping("/citizen/displays/apply")
	String form(Model model) {
		citizen();
		LocalDate today = displays.today();
		fill(model, new DisplayForm("", "", "", "", "", "4", "2", "0", today.plusDays(1).toString(),
				today.plusDays(30).toString(), "10:00-22:00", "", ""), List.of());
		return "facilities/display-apply";
	}

	@PostMapping("/citizen/displays/apply")
	String apply(DisplayForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Actor me = citizen();
		var request = new NewOutdoorDisplay(form.shopName(), form.licenceNumber(), form.shopAddress(),
				number(form.shopLat()), number(form.shopLon()), "wgs84", null,
				new NewOutdoorDisplay.Rectangle(number(form.width()), number(form.depth()), number(form.facing())),
				date(form.from()), date(form.to()), form.dailyHours(), form.displayed(), form.contactPhone());
		try {
			OutdoorDisplay created = displays.apply(me, request);
			redirect.addFlashAttribute("notice", "displays.mine.applied");
			return "redirect:/citizen/displays#display-" + created.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(e instanceof org.chengguan.platform.UnprocessableException ? 422 : 400);
			fill(model, form, e.errors().stream().map(f -> f.substring(0, Math.max(0, f.indexOf(':'))).split(",")[0].strip()).distinct()
				.toList());
		}
		catch (ConflictException e) {
			response.setStatus(409);
			fill(model, form, List.of("overlap"));
		}
		return "facilities/display-apply";
	}

	@GetMapping("/officer/displays")
	String review(Model model) {
		Actor me = officer();
		model.addAttribute("pending", displays.toDecide(me, OutdoorDisplayState.PENDING, 100).stream()
			.map(d -> DisplayView.of(d, workingTime)).toList());
		model.addAttribute("recent", displays.toDecide(me, null, 120).stream()
			.filter(d -> d.state() != OutdoorDisplayState.PENDING)
			.limit(20)
			.map(d -> DisplayView.of(d, workingTime))
			.toList());
		return "facilities/display-review";
	}

	@PostMapping("/officer/displays/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		Actor me = officer();
		return decided(redirect, () -> {
			OutdoorDisplay d = displays.approve(me, id, version);
			redirect.addFlashAttribute("notice", "displays.review.approved");
			redirect.addFlashAttribute("noticeArgs", List.of(d.shopName()));
		});
	}

	@PostMapping("/officer/displays/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Actor me = officer();
		return decided(redirect, () -> {
			OutdoorDisplay d = displays.reject(me, id, reason, version);
			redirect.addFlashAttribute("notice", "displays.review.rejected");
			redirect.addFlashAttribute("noticeArgs", List.of(d.shopName()));
		});
	}

	private String decided(RedirectAttributes redirect, Runnable decision) {
		try {
			decision.run();
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("failure", e.properties().containsKey("currentState") ? "displays.review.decided"
					: "displays.review.overlap");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("failure", "pitches.error.invalid");
		}
		return "redirect:/officer/displays";
	}

	private void fill(Model model, DisplayForm form, List<String> faults) {
		model.addAttribute("form", form);
		model.addAttribute("faults", faults);
		model.addAttribute("map", map);
		model.addAttribute("today", displays.today().toString());
	}

	private static Double number(String text) {
		try {
			return text == null || text.isBlank() ? null : Double.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private Actor citizen() {
		Actor me = actors.require();
		if (!me.isCitizen()) {
			throw new ForbiddenException("an outdoor display is applied for by a citizen for their shop");
		}
		return me;
	}

	private Actor officer() {
		Actor me = actors.require();
		if (!me.has(Role.OFFICER)) {
			throw new ForbiddenException("outdoor displays are decided by the officers (OFFICER) of the shop's street");
		}
		return me;
	}
}
