package org.chengguan.engagement.web;

import java.time.Instant;

import org.chengguan.engagement.OpenDay;

/** An open day as a page shows it: times in the city's zone, the seats left, and what the public may do now. */
record OpenDayView(long id, String title, String description, String when, String place, double lat, double lon,
		int capacity, int seatsTaken, int seatsLeft, String registrationCloses, String status) {

	/** OPEN (takes registrations), FULL, NOT_OPEN (window not yet open), CLOSED (window closed), ENDED. */
	static OpenDayView of(OpenDay d, Instant now) {
		String status = d.endedAt(now) ? "ENDED"
				: now.isBefore(d.registrationOpensAt()) ? "NOT_OPEN"
						: !now.isBefore(d.registrationClosesAt()) ? "CLOSED" : d.seatsLeft() == 0 ? "FULL" : "OPEN";
		return new OpenDayView(d.id(), d.title(), d.description(), Times.period(d.startsAt(), d.endsAt()), d.place(),
				d.lat(), d.lon(), d.capacity(), d.seatsTaken(), d.seatsLeft(), Times.format(d.registrationClosesAt()),
				status);
	}
}
