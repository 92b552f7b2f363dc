package org.chengguan.worktime.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.worktime.TimeLimit;
import org.chengguan.worktime.TimeLimitUnit;
import org.chengguan.worktime.WorkingTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Answers when a time limit runs out. Parameters are parsed here so that one answer names every bad one. */
@RestController
@Tag(name = "Working time", description = "工作时 / 工作日 deadlines and the holiday calendar")
class DeadlineController {

	private static final String ALLOWED_UNITS = String.join(", ",
			Arrays.stream(TimeLimitUnit.values()).map(Enum::name).toList());

	private final WorkingTime workingTime;

	DeadlineController(WorkingTime workingTime) {
		this.workingTime = workingTime;
	}

	@GetMapping("/api/v1/worktime/deadline")
	@Operation(summary = "When a time limit started at `from` runs out",
			description = "In WORK_HOURS and WORK_DAYS only time inside working periods of working days counts; "
					+ "a start outside them counts from the next period's start.")
	DeadlineResponse deadline(
			@Parameter(description = "an ISO-8601 instant or offset date-time", example = "2026-11-23T10:00+08:00")
			@RequestParam String from,
			@Parameter(description = "the limit, not negative, may be fractional", example = "1",
					schema = @Schema(type = "number")) @RequestParam String amount,
			@Parameter(schema = @Schema(implementation = TimeLimitUnit.class)) @RequestParam String unit) {
		var errors = new ArrayList<String>();
		Instant start = instant("from", from, errors);
		BigDecimal limit = amount("amount", amount, errors);
		TimeLimitUnit timeLimitUnit = unit("unit", unit, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(String.join("; ", errors), errors);
		}
		try {
			Instant due = workingTime.due(start, new TimeLimit(limit, timeLimitUnit));
			return new DeadlineResponse(due, due.atZone(workingTime.zone()).toOffsetDateTime(), start, limit,
					timeLimitUnit);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(e.getMessage());
		}
	}

	/** Also takes a space for the offset's '+', which is what an unencoded '+' in a query string arrives as. */
	private static Instant instant(String name, String text, List<String> errors) {
		try {
			return OffsetDateTime.parse(text.strip().replace(' ', '+')).toInstant();
		}
		catch (DateTimeParseException e) {
			errors.add(name + ": '" + text + "' is not an ISO-8601 instant or offset date-time such as "
					+ "2026-11-23T02:00:00Z or 2026-11-23T10:00+08:00");
			return null;
		}
	}

	private static BigDecimal amount(String name, String text, List<String> errors) {
		try {
			var amount = new BigDecimal(text.strip());
			if (amount.signum() < 0) {
				errors.add(name + ": must not be negative, was " + text);
			}
			return amount;
		}
		catch (NumberFormatException e) {
			errors.add(name + ": '" + text + "' is not a number");
			return null;
		}
	}

	private static TimeLimitUnit unit(String name, String text, List<String> errors) {
		try {
			return TimeLimitUnit.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(name + ": '" + text + "' is not one of " + ALLOWED_UNITS);
			return null;
		}
	}

	/**
	 * @param dueLocal the same instant in the city's zone
	 */
	record DeadlineResponse(Instant due, OffsetDateTime dueLocal, Instant from, BigDecimal amount,
			TimeLimitUnit unit) {
	}
}
