package org.chengguan.cases.web.mobile;

import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CasePage;
import org.chengguan.cases.CaseQuery;
import org.chengguan.cases.CaseSubject;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's pages (市民): my reports, the 随手拍 form, and open cases nearby. Other roles are sent to their own
 * start page; the nearby map is for everyone signed in.
 */
@Controller
class CitizenPages {

	private static final int PAGE_SIZE = 20;

	private static final int NEARBY_LIMIT = 100;

	private final CaseManagement cases;

	private final CaseCards cards;

	private final ReportFormModel form;

	private final MapProperties map;

	private final Actors actors;

	private final ReportIntake intake;

	CitizenPages(CaseManagement cases, CaseCards cards, ReportFormModel form, MapProperties map, Actors actors,
			ReportIntake intake) {
		this.intake = intake;
		this.cases = cases;
		this.cards = cards;
		this.form = form;
		this.map = map;
		this.actors = actors;
	}

	/** My reports (我的上报), newest first. */
	@GetMapping("/citizen")
	String reports(Model model) {
		Actor me = actors.require();
		if (!me.has(Role.CITIZEN)) {
			return "redirect:/home";
		}
		addReports(me, 0, model);
		return "mobile/citizen-reports";
	}

	/** The next page of my reports, for the "more" button. */
	@GetMapping("/citizen/reports")
	String moreReports(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor me = actors.require();
		if (!me.has(Role.CITIZEN)) {
			return "redirect:/home";
		}
		addReports(me, Math.max(0, page), model);
		return "mobile/citizen-reports :: reportCards";
	}

	/**
	 * 随手拍: the report form. {@code about} (from a facility's card on the map: {@code facility:42}) starts it at the
	 * thing's place with the category of a fault of it, and links the report to it; a reference that names nothing
	 * is said on the page, and the form is the usual one.
	 */
	@GetMapping("/citizen/report")
	String report(@RequestParam(required = false) String about, Model model) {
		if (!actors.require().has(Role.CITIZEN)) {
			return "redirect:/home";
		}
		ReportFormModel.About subject = null;
		if (about != null && !about.isBlank()) {
			subject = intake.subject(about.strip())
				.map(s -> new ReportFormModel.About(about.strip(), CaseSubject.parse(about.strip()).kind(), s.name(),
						s.location().lat(), s.location().lon(), s.categoryCode()))
				.orElse(null);
			model.addAttribute("aboutUnknown", subject == null);
		}
		form.fill(model, "/citizen", false, subject);
		return "mobile/citizen-report";
	}

	/** Open cases on a map around the user, so people see what is already reported. */
	@GetMapping("/citizen/nearby")
	String nearby(Model model) {
		Actor me = actors.require();
		model.addAttribute("map", map);
		model.addAttribute("tabs", me.has(Role.CITIZEN) ? "citizen" : me.has(Role.INSPECTOR) ? "inspector" : "none");
		return "mobile/nearby";
	}

	/** The open cases within {@code radius} metres of the point: category and status only. */
	@GetMapping("/citizen/nearby/cases")
	String nearbyCases(@RequestParam double lat, @RequestParam double lon,
			@RequestParam(defaultValue = "wgs84") String crs, @RequestParam(defaultValue = "1000") double radius,
			Model model) {
		actors.require();
		GeoPoint point;
		try {
			point = Crs.parse(crs).toWgs84(lat, lon);
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("nearbyError", "mobile.error.location");
			return "mobile/nearby :: nearbyCases";
		}
		double within = Math.max(100, Math.min(radius, 5_000));
		model.addAttribute("radius", Math.round(within));
		model.addAttribute("nearbyCases", cases.openNear(point, within, NEARBY_LIMIT).stream()
			.map(c -> cards.nearby(c, point)).toList());
		return "mobile/nearby :: nearbyCases";
	}

	private void addReports(Actor me, int page, Model model) {
		CasePage found = cases.search(me, CaseQuery.of(null, page, PAGE_SIZE));
		model.addAttribute("reports", found.cases().stream().map(cards::report).toList());
		model.addAttribute("total", found.total());
		model.addAttribute("nextPage", (long) (page + 1) * PAGE_SIZE < found.total() ? page + 1 : null);
	}
}
