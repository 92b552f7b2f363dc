package org.chengguan.engagement.web;

import java.time.Instant;
import java.util.List;

import org.chengguan.engagement.OpenDay;
import org.chengguan.engagement.Registration;
import org.chengguan.engagement.RegistrationState;

/** The JSON shapes of open days and registrations: public ones carry no personal data. */
final class OpenDayJson {

	private OpenDayJson() {
	}

	/** An open day as the public sees it: no registrant, only the seats left. */
	record PublicOpenDay(long id, String title, String description, Instant startsAt, Instant endsAt, String place,
			double lat, double lon, String regionCode, int capacity, int seatsLeft, Instant registrationOpensAt,
			Instant registrationClosesAt, boolean registrationOpen, boolean ended) {

		static PublicOpenDay of(OpenDay d, Instant now) {
			return new PublicOpenDay(d.id(), d.title(), d.description(), d.startsAt(), d.endsAt(), d.place(), d.lat(),
					d.lon(), d.regionCode(), d.capacity(), d.seatsLeft(), d.registrationOpensAt(),
					d.registrationClosesAt(), d.takesRegistrationsAt(now), d.endedAt(now));
		}
	}

	record PublicOpenDays(int count, List<PublicOpenDay> items) {
	}

	/**
	 * A registration as its registrant sees it through the code: the code, the party and state, the name, the phone
	 * masked (the code alone must not hand anyone a full number) and the event.
	 */
	record OwnRegistration(String code, String name, String phone, String organisation, int partySize,
			RegistrationState state, Instant registeredAt, Instant cancelledAt, Integer rating, String comment,
			boolean mayCancel, boolean mayGiveFeedback, PublicOpenDay openDay) {

		static OwnRegistration of(Registration r, OpenDay d, Instant now) {
			boolean live = r.state() == RegistrationState.REGISTERED;
			return new OwnRegistration(r.code(), r.name(), r.maskedPhone(), r.organisation(), r.partySize(), r.state(),
					r.registeredAt(), r.cancelledAt(), r.rating(), r.comment(), live && !d.startedAt(now),
					live && d.endedAt(now) && r.feedbackAt() == null, PublicOpenDay.of(d, now));
		}
	}

	/** A registration as staff see it: the name and the phone masked, never the code. */
	record StaffRegistration(long id, String name, String phone, String organisation, int partySize,
			RegistrationState state, Instant registeredAt, Boolean attended, Integer rating, String comment) {

		static StaffRegistration of(Registration r) {
			return new StaffRegistration(r.id(), r.name(), r.maskedPhone(), r.organisation(), r.partySize(), r.state(),
					r.registeredAt(), r.attended(), r.rating(), r.comment());
		}
	}

	record StaffRegistrations(long openDayId, int capacity, int seatsTaken, int registered, int attended,
			List<StaffRegistration> items) {
	}
}
