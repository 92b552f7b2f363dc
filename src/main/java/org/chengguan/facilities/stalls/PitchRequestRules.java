package org.chengguan.facilities.stalls;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.chengguan.identity.PhoneNumber;

/**
 * What a pitch application must say, and what the area allows. Returns every fault found (empty: none), so a vendor
 * can fix them all at once; the request's own faults come first, and the area is looked at only once there are none.
 * <p>
 * The period is within the area's time windows when the area opens on its first and on its last day (its opening
 * hours, with public holidays and dates closed). Days in between on which the area is closed (a weekday off, a
 * holiday) keep the pitch without trading. A season (应季) is written in the hours as dates, e.g.
 * {@code Mo-Su off; 2026-06-01/2026-09-30 06:00-10:00}: a period cannot start before it or run past its end.
 */
final class PitchRequestRules {

	/** The longest period one application covers: a quarter. */
	static final int MAX_DAYS = 92;

	/** How far ahead a period may start. */
	static final int MAX_DAYS_AHEAD = 180;

	static final int MAX_GOODS_LENGTH = 40;

	private PitchRequestRules() {
	}

	static List<PitchFault> check(StallArea area, NewPitchApplication request, LocalDate today,
			Predicate<LocalDate> publicHoliday) {
		List<PitchFault> faults = malformed(request);
		return faults.isEmpty() ? against(area, request, today, publicHoliday) : faults;
	}

	/** Faults of the request itself, whatever the area: a 400 problem. */
	static List<PitchFault> malformed(NewPitchApplication request) {
		List<PitchFault> faults = new ArrayList<>();
		if (request.goods().isEmpty()) {
			faults.add(bad("goods", "goodsMissing", "name at least one of the goods you will sell"));
		}
		for (String g : request.goods()) {
			if (g.isEmpty() || g.length() > MAX_GOODS_LENGTH) {
				faults.add(bad("goods", "goodsName", "each is a name of 1–" + MAX_GOODS_LENGTH + " characters, was '" + g
						+ "'", g, MAX_GOODS_LENGTH));
			}
		}
		if (request.from() == null) {
			faults.add(bad("from", "fromMissing", "the first day (yyyy-MM-dd) is required"));
		}
		if (request.to() == null) {
			faults.add(bad("to", "toMissing", "the last day (yyyy-MM-dd) is required"));
		}
		if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
			faults.add(bad("to", "toBeforeFrom", "the last day " + request.to() + " is before the first day "
					+ request.from(), request.to(), request.from()));
		}
		if (request.preferredPitch() != null && request.preferredPitch() < 1) {
			faults.add(bad("preferredPitch", "pitchLow", "pitches are numbered from 1, was " + request.preferredPitch(),
					request.preferredPitch()));
		}
		if (PhoneNumber.parse(request.contactPhone()).isEmpty()) {
			faults.add(bad("contactPhone", "phone", "a mainland mobile number of 11 digits starting 13–19 is required"));
		}
		return faults;
	}

	/** Faults of a well-formed request against the area and the calendar: a 422 problem. */
	static List<PitchFault> against(StallArea area, NewPitchApplication request, LocalDate today,
			Predicate<LocalDate> publicHoliday) {
		List<PitchFault> faults = new ArrayList<>();
		if (!StallArea.takesApplications(area.type())) {
			faults.add(refused("facility", "type", area.name() + " is a " + area.type() + "; pitches are applied for at "
					+ StallArea.TYPES, area.name()));
			return faults;
		}
		if (area.pitches() < 1) {
			faults.add(refused("facility", "noPitches", area.name() + " has no pitches recorded to apply for",
					area.name()));
			return faults;
		}
		for (String g : request.goods()) {
			if (!area.goods().contains(g)) {
				String allowed = String.join("、", area.goods());
				faults.add(refused("goods", "goodsNotAllowed", "'" + g + "' is not allowed at " + area.name()
						+ " (allowed: " + allowed + ")", g, allowed));
			}
		}
		if (request.preferredPitch() != null && request.preferredPitch() > area.pitches()) {
			faults.add(refused("preferredPitch", "pitchHigh", area.name() + " has pitches 1–" + area.pitches()
					+ ", was " + request.preferredPitch(), area.pitches(), request.preferredPitch()));
		}
		faults.addAll(period(area, request.from(), request.to(), today, publicHoliday));
		return faults;
	}

	private static List<PitchFault> period(StallArea area, LocalDate from, LocalDate to, LocalDate today,
			Predicate<LocalDate> publicHoliday) {
		List<PitchFault> faults = new ArrayList<>();
		if (from.isBefore(today)) {
			faults.add(refused("from", "fromPast", from + " is in the past (today is " + today + ")", from, today));
		}
		LocalDate latest = today.plusDays(MAX_DAYS_AHEAD);
		if (from.isAfter(latest)) {
			faults.add(refused("from", "fromTooFar", "a period starts at most " + MAX_DAYS_AHEAD + " days ahead, by "
					+ latest, MAX_DAYS_AHEAD, latest));
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days > MAX_DAYS) {
			faults.add(refused("to", "tooLong", "a period is at most " + MAX_DAYS + " days, was " + days, MAX_DAYS, days));
		}
		if (!area.hours().opensOn(from, publicHoliday)) {
			faults.add(refused("from", "closedFrom", area.name() + " does not open on " + from + " (hours: "
					+ area.hours().text() + ")", from, area.hours().text()));
		}
		if (!to.equals(from) && !area.hours().opensOn(to, publicHoliday)) {
			faults.add(refused("to", "closedTo", area.name() + " does not open on " + to + " (hours: "
					+ area.hours().text() + ")", to, area.hours().text()));
		}
		return faults;
	}

	private static PitchFault bad(String field, String code, String text, Object... args) {
		return new PitchFault(field, code, strings(args), text, true);
	}

	private static PitchFault refused(String field, String code, String text, Object... args) {
		return new PitchFault(field, code, strings(args), text, false);
	}

	private static List<String> strings(Object[] args) {
		return Arrays.stream(args).map(String::valueOf).toList();
	}
}
