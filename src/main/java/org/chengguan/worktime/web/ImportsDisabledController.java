package org.chengguan.worktime.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.chengguan.platform.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Without imports the PUT would still match the calendar's path and be answered 405; this makes it the 404 of an
 * endpoint that does not exist.
 */
@RestController
@Hidden
@ConditionalOnBooleanProperty(name = "chengguan.imports.enabled", havingValue = false, matchIfMissing = true)
class ImportsDisabledController {

	@PutMapping("/api/v1/worktime/calendar/{year}")
	void replace(@PathVariable String year) {
		throw new NotFoundException("Calendar imports are not enabled on this server.");
	}
}
