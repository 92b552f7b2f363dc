package org.chengguan.facilities.web;

import java.time.Instant;
import java.util.List;

import org.chengguan.facilities.stalls.VendorRegistration;
import org.chengguan.facilities.stalls.VendorRegistrations;
import org.chengguan.facilities.stalls.VendorState;
import org.chengguan.identity.Actor;

/**
 * A vendor registration as the API serves it: the phone and the ID card number in full to the vendor only, masked
 * (138****1234, 3406**********1234) to the officers of the street; nobody else is served one.
 */
record VendorJson(long id, int version, long userId, String name, String phone, String idNumber, boolean masked,
		List<String> goods, String streetCode, VendorState state, String reason, Instant registeredAt, Long decidedBy,
		Instant decidedAt, boolean hasPhoto) {

	static VendorJson of(VendorRegistration v, Actor viewer) {
		boolean owner = VendorRegistrations.isOwner(viewer, v);
		return new VendorJson(v.id(), v.version(), v.userId(), v.name(), owner ? v.phone() : v.maskedPhone(),
				owner ? v.idNumber() : v.maskedIdNumber(), !owner, v.goods(), v.streetCode(), v.state(), v.reason(),
				v.registeredAt(), v.decidedBy(), v.decidedAt(), v.hasPhoto());
	}
}
