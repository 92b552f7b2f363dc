package org.chengguan.facilities.stalls;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

import org.chengguan.identity.Actor;
import org.chengguan.identity.PhoneNumber;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The pitch calendar (摊位日历) of a stall area: computed from the approved applications (the same day ranges the
 * exclusion constraint compares), for the public without names and for the officers of the area's street with who
 * holds each pitch.
 */
@Service
public class PitchCalendars {

	private final PitchApplicationStore store;

	private final VendorRegistrations vendors;

	PitchCalendars(PitchApplicationStore store, VendorRegistrations vendors) {
		this.store = store;
		this.vendors = vendors;
	}

	/**
	 * The public pitch calendar of the area: per pitch and day, taken or free; nobody's name.
	 *
	 * @throws InvalidInputException (400) for a range that is not 1–{@value PitchCalendar#MAX_DAYS} days
	 */
	public PitchCalendar calendar(StallArea area, LocalDate from, LocalDate to) {
		checkRange(from, to);
		return PitchCalendar.of(area, from, to, store.taken(area.id(), from, to), List.of());
	}

	/**
	 * The officer's pitch calendar: the public one with who holds each taken pitch (the vendor's registered name, the
	 * contact phone masked).
	 *
	 * @throws ForbiddenException (403) unless an officer of the area's street
	 */
	public PitchCalendar holders(Actor actor, StallArea area, LocalDate from, LocalDate to,
			LongFunction<String> accountNames) {
		PitchDeciders.refusal(actor, area).ifPresent(reason -> {
			throw new ForbiddenException(reason);
		});
		checkRange(from, to);
		List<PitchApplication> approved = store.approvedBetween(area.id(), from, to);
		var registered = vendors.byUsers(approved.stream().map(PitchApplication::applicantId).distinct().toList());
		List<PitchCalendar.Holder> holders = approved.stream()
			.map(a -> new PitchCalendar.Holder(a.pitch(), a.from(), a.to(), a.id(),
					registered.containsKey(a.applicantId()) ? registered.get(a.applicantId()).name()
							: accountNames.apply(a.applicantId()),
					PhoneNumber.mask(a.contactPhone())))
			.toList();
		return PitchCalendar.of(area, from, to, store.taken(area.id(), from, to), holders);
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(PitchCalendar.MAX_DAYS - 1).isBefore(to)) {
			throw new InvalidInputException("to: a calendar covers 1–" + PitchCalendar.MAX_DAYS + " days from 'from', was "
					+ from + " to " + to);
		}
	}

}
