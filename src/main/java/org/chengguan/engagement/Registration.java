package org.chengguan.engagement;

import java.time.Instant;

import org.chengguan.identity.PhoneNumber;

/**
 * A registration for an open day. {@code code} is the registrant's key (shown to them once, and to no one else);
 * {@code name} and {@code phone} are personal data: never public, the phone masked to staff.
 */
public record Registration(long id, long openDayId, String code, String name, String phone, String organisation,
		int partySize, RegistrationState state, Instant registeredAt, Instant cancelledAt, Boolean attended,
		Integer rating, String comment, Instant feedbackAt) {

	public String maskedPhone() {
		return PhoneNumber.mask(phone);
	}
}
