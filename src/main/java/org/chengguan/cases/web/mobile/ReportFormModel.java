package org.chengguan.cases.web.mobile;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the report form needs, the same for the citizen's 随手拍 and the inspector's patrol report. */
@Component
class ReportFormModel {

	/** A report's subject, as the form shows and sends it. */
	record About(String reference, String kind, String name, double lat, double lon, String categoryCode) {
	}

	private final CategoryPicker categories;

	private final MapProperties map;

	private final ReportIntake intake;

	ReportFormModel(CategoryPicker categories, MapProperties map, ReportIntake intake) {
		this.categories = categories;
		this.map = map;
		this.intake = intake;
	}

	/**
	 * @param base where the form posts: {@code /citizen} or {@code /inspector} ({@code /report} and
	 *        {@code /photos} below it)
	 * @param patrol whether this is an inspector's patrol report, which may be self-handled (自处理)
	 */
	void fill(Model model, String base, boolean patrol) {
		fill(model, base, patrol, null);
	}

	/**
	 * The form started from a thing's card (a facility of the convenience map): it carries the reference, says what
	 * the report is about, and starts at the thing's place and with the category of a fault of it.
	 *
	 * @param about the reference ({@code facility:42}) and what it names; null for a report about a place only
	 */
	void fill(Model model, String base, boolean patrol, About about) {
		model.addAttribute("about", about);
		model.addAttribute("categoryGroups", categories.groups());
		model.addAttribute("map", map);
		model.addAttribute("patrol", patrol);
		model.addAttribute("submitUrl", base + "/report");
		model.addAttribute("photoUrl", base + "/photos");
		model.addAttribute("maxPhotos", intake.maxPhotos());
		model.addAttribute("maxDescription", ReportIntake.MAX_DESCRIPTION);
	}
}
