package org.chengguan.worktime.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.platform.NotFoundException;
import org.chengguan.worktime.WorkingTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Working time")
class CalendarController {

	private final WorkingTime workingTime;

	CalendarController(WorkingTime workingTime) {
		this.workingTime = workingTime;
	}

	@GetMapping("/api/v1/worktime/calendar/{year}")
	@Operation(summary = "A year's working periods, holidays and make-up working days (调休上班)")
	CalendarResponse calendar(@PathVariable int year) {
		return CalendarResponse.of(workingTime.calendar(requireCovered(year)));
	}

	static int requireCovered(int year) {
		if (!WorkingTime.covers(year)) {
			throw new NotFoundException("There is no calendar for " + year + ": the working-time calendar covers "
					+ WorkingTime.FIRST_YEAR + " to " + WorkingTime.LAST_YEAR + ".");
		}
		return year;
	}
}
