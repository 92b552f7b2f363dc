package org.chengguan.facilities.web;

import org.chengguan.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' import page (导入便民设施, ADMIN only by the page rules of {@code /admin/**}): pick a CSV or
 * GeoJSON file and watch it upload, then be checked and stored by a background import job
 * ({@code static/js/facilities-import.js}).
 */
@Controller
class ImportPageController {

	private final boolean importsEnabled;

	ImportPageController(@Value("${chengguan.imports.enabled:true}") boolean importsEnabled) {
		this.importsEnabled = importsEnabled;
	}

	@GetMapping("/admin/facilities/import")
	String page() {
		if (!importsEnabled) {
			throw new NotFoundException("Imports are switched off (chengguan.imports.enabled=false).");
		}
		return "facilities/import";
	}
}
