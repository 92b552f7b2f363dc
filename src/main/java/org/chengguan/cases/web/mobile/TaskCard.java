package org.chengguan.cases.web.mobile;

import java.time.Instant;

import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.WarningLevel;

/**
 * One of an inspector's tasks: a case to verify (核实) or to check (核查), with the deadline the page counts down to.
 *
 * @param deadline when the stage's time runs out; null if the clock is stopped
 * @param deadlineText the deadline as a day and time in the city's zone
 * @param warning the deadline colour: what the timers marked, red once the deadline has passed
 */
public record TaskCard(long id, String number, Picture picture, String categoryName, CaseStatus status, String place,
		String description, Instant deadline, String deadlineText, WarningLevel warning, double lat, double lon) {
}
