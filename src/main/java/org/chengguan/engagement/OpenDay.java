package org.chengguan.engagement;

import java.time.Instant;

/**
 * An open day (城管开放日): an event at a place (a point on the map in WGS-84, and the finest region it lies in), with
 * a capacity in people and a registration window. {@code seatsTaken} counts the people of its live registrations.
 */
public record OpenDay(long id, String title, String description, Instant startsAt, Instant endsAt, String place,
		double lat, double lon, String regionCode, int capacity, int seatsTaken, Instant registrationOpensAt,
		Instant registrationClosesAt, long createdBy, Instant createdAt) {

	public int seatsLeft() {
		return Math.max(0, capacity - seatsTaken);
	}

	/** Whether the public may register at {@code now}: inside the window, with a seat left. */
	public boolean takesRegistrationsAt(Instant now) {
		return !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt) && seatsLeft() > 0;
	}

	public boolean endedAt(Instant now) {
		return !now.isBefore(endsAt);
	}

	public boolean startedAt(Instant now) {
		return !now.isBefore(startsAt);
	}
}
