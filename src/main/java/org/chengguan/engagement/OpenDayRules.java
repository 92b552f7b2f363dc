package org.chengguan.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.PhoneNumber;

/**
 * What an open day and a registration must be, each rule giving its fault: {@code "field: rule"} for an open day (the
 * API lists them all in one 400), the field's name for a registration (pages put it in words). Nothing is read or
 * written here.
 */
final class OpenDayRules {

	static final int MAX_CAPACITY = 10_000;

	static final int MAX_PARTY = 5;

	private OpenDayRules() {
	}

	/** Every fault of a new open day at {@code now}; empty when it may be created (its place still to be located). */
	static List<String> faults(NewOpenDay d, Instant now) {
		List<String> faults = new ArrayList<>();
		if (blankOrLonger(d.title(), 200)) {
			faults.add("title: 1–200 characters");
		}
		if (d.description() != null && d.description().strip().length() > 4000) {
			faults.add("description: at most 4000 characters");
		}
		if (blankOrLonger(d.place(), 200)) {
			faults.add("place: where it is held, 1–200 characters");
		}
		if (d.capacity() == null || d.capacity() < 1 || d.capacity() > MAX_CAPACITY) {
			faults.add("capacity: 1 to " + MAX_CAPACITY + " people");
		}
		if (d.startsAt() == null || d.endsAt() == null || !d.endsAt().isAfter(d.startsAt())) {
			faults.add("startsAt, endsAt: both required, the end after the start");
		}
		else if (!d.endsAt().isAfter(now)) {
			faults.add("endsAt: an open day is created before it ends");
		}
		Instant opens = opens(d, now);
		Instant closes = closes(d);
		if (closes != null && d.endsAt() != null && (!closes.isAfter(opens) || closes.isAfter(d.endsAt()))) {
			faults.add("registrationOpensAt, registrationClosesAt: the window must close after it opens and no "
					+ "later than the end");
		}
		if (d.lat() == null || d.lon() == null) {
			faults.add("lat, lon: the place on the map");
		}
		else if (point(d) == null) {
			faults.add("crs: wgs84, gcj02 or bd09");
		}
		return faults;
	}

	/** When registration opens: as given, else now. */
	static Instant opens(NewOpenDay d, Instant now) {
		return d.registrationOpensAt() == null ? now : d.registrationOpensAt();
	}

	/** When registration closes: as given, else when the open day starts. */
	static Instant closes(NewOpenDay d) {
		return d.registrationClosesAt() != null ? d.registrationClosesAt() : d.startsAt();
	}

	/** The place in WGS-84, or null when it is missing or its coordinate system unknown. */
	static GeoPoint point(NewOpenDay d) {
		if (d.lat() == null || d.lon() == null) {
			return null;
		}
		try {
			return Crs.parse(d.crs() == null ? "wgs84" : d.crs()).toWgs84(d.lat(), d.lon());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The faulty fields of a registration: name, phone, organisation, partySize. */
	static List<String> faults(NewRegistration r) {
		List<String> faults = new ArrayList<>();
		if (blankOrLonger(r.name(), 50)) {
			faults.add("name");
		}
		if (PhoneNumber.parse(r.phone()).isEmpty()) {
			faults.add("phone");
		}
		if (r.organisation() != null && r.organisation().strip().length() > 100) {
			faults.add("organisation");
		}
		if (r.partySize() == null || r.partySize() < 1 || r.partySize() > MAX_PARTY) {
			faults.add("partySize");
		}
		return faults;
	}

	/** A registration's faulty field said in English, for the API. */
	static String explain(String field) {
		return switch (field) {
			case "name" -> "name: 1–50 characters";
			case "phone" -> "phone: a mainland mobile number, 11 digits starting 13–19";
			case "organisation" -> "organisation: at most 100 characters";
			default -> "partySize: 1 to " + MAX_PARTY + " people";
		};
	}

	private static boolean blankOrLonger(String text, int max) {
		return text == null || text.isBlank() || text.strip().length() > max;
	}
}
