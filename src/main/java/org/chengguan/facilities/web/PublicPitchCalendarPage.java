package org.chengguan.facilities.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.chengguan.facilities.stalls.PitchApplications;
import org.chengguan.facilities.stalls.PitchCalendar;
import org.chengguan.facilities.stalls.PitchCalendars;
import org.chengguan.facilities.stalls.StallArea;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pitch calendar (摊位日历, no sign-in, under {@code /public/**}): a stall area's pitches by day for a week,
 * taken or free, nobody's name — what a vendor looks at before applying.
 */
@PageErrors("pitches.error")
@Controller
class PublicPitchCalendarPage {

	private final PitchApplications applications;

	private final PitchCalendars calendars;

	PublicPitchCalendarPage(PitchApplications applications, PitchCalendars calendars) {
		this.applications = applications;
		this.calendars = calendars;
	}

	/** One stall area's week; without an area, the public map, where the stall areas are (each card leads on). */
	@GetMapping("/public/pitch-calendar")
	String calendar(@RequestParam(required = false) Long facility, @RequestParam(required = false) String from,
			Model model) {
		if (facility == null) {
			return "redirect:/map";
		}
		StallArea area = applications.area(facility).orElseThrow(
				() -> new NotFoundException("There is no stall area " + facility + " that takes pitch applications."));
		LocalDate first;
		try {
			first = from == null || from.isBlank() ? applications.today() : LocalDate.parse(from.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("from: a date is yyyy-MM-dd");
		}
		PitchCalendar calendar = calendars.calendar(area, first, first.plusDays(6));
		model.addAttribute("area", area);
		model.addAttribute("calendar", calendar);
		model.addAttribute("span", 7);
		model.addAttribute("previous", first.minusDays(7).toString());
		model.addAttribute("next", first.plusDays(7).toString());
		model.addAttribute("publicView", true);
		return "facilities/pitch-calendar";
	}
}
