package org.chengguan.worktime.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.worktime.CalendarDay;
import org.chengguan.worktime.CalendarImport;
import org.chengguan.worktime.DayKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces a year's holiday arrangement; exists only with {@code chengguan.imports.enabled=true}. Days arrive as text
 * and are read here, so that one answer lists every problem of the request.
 */
@RestController
@Tag(name = "Working time")
@ConditionalOnBooleanProperty("chengguan.imports.enabled")
class CalendarImportController {

	private final CalendarImport calendarImport;

	CalendarImportController(CalendarImport calendarImport) {
		this.calendarImport = calendarImport;
	}

	@PutMapping("/api/v1/worktime/calendar/{year}")
	@Operation(summary = "Replace a year's official holiday arrangement, all or nothing")
	CalendarResponse replace(@PathVariable int year, @RequestBody ArrangementRequest request) {
		CalendarController.requireCovered(year);
		if (request.days() == null) {
			String error = "days: required, the year's holidays and make-up working days";
			throw new UnprocessableException("The " + year + " arrangement was not imported: " + error, List.of(error));
		}
		var errors = new ArrayList<String>();
		var days = read(request.days(), errors);
		if (!errors.isEmpty()) {
			if (!days.isEmpty()) {
				errors.addAll(calendarImport.rejections(year, days));
			}
			throw new UnprocessableException("The " + year + " arrangement was not imported: " + String.join("; ", errors),
					errors);
		}
		return CalendarResponse.of(calendarImport.replaceYear(year, days, request.source()));
	}

	private static List<CalendarDay> read(List<DayRequest> requests, List<String> errors) {
		var days = new ArrayList<CalendarDay>();
		for (int i = 0; i < requests.size(); i++) {
			String at = "days[" + i + "]";
			DayRequest request = requests.get(i);
			if (request == null) {
				errors.add(at + ": missing");
				continue;
			}
			LocalDate date = date(at, request.date(), errors);
			DayKind kind = kind(at, request.kind(), errors);
			if (date != null && kind != null) {
				days.add(new CalendarDay(date, kind, request.name() == null ? null : request.name().strip()));
			}
		}
		return days;
	}

	private static LocalDate date(String at, String text, List<String> errors) {
		try {
			return LocalDate.parse(text == null ? "" : text.strip());
		}
		catch (DateTimeParseException e) {
			errors.add(at + ".date: " + (text == null ? "required" : "'" + text + "' is not a date as yyyy-MM-dd"));
			return null;
		}
	}

	private static DayKind kind(String at, String text, List<String> errors) {
		try {
			return DayKind.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			errors.add(at + ".kind: " + (text == null ? "required" : "'" + text + "' is not one of HOLIDAY, WORKDAY"));
			return null;
		}
	}

	/** @param source where the arrangement comes from, e.g. the notice's title; optional */
	/** A missing day ({@code null}) is reported with the others' faults, not refused alone while the body is read. */
	record ArrangementRequest(@JsonSetter(contentNulls = Nulls.SET) List<DayRequest> days, String source) {
	}

	record DayRequest(String date, String kind, String name) {
	}
}
