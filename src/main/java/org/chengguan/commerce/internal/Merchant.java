package org.chengguan.commerce.internal;

import java.time.Instant;

import org.chengguan.geo.GeoPoint;

/**
 * A shop (商户) and the stretch of street in front of it that it answers for (门前责任区). The owner's name, phone and
 * ID number are personal data: shown in full only to staff of the merchant's region on its own record.
 *
 * @param regionCode the finest region the shop is located to (grid, else community, else street)
 */
public record Merchant(long id, String name, String licenceNumber, String businessCategory, String ownerName,
		String ownerPhone, String ownerIdNumber, Long ownerUserId, String address, GeoPoint location,
		String regionCode, String communityCode, String streetCode, String frontage, Integer frontageMetres,
		Long complexId, Long allianceId, Instant createdAt, int version) {

	/** The reference a case about this merchant carries: {@code merchant:<id>}. */
	public String reference() {
		return MerchantSubjects.KIND + ":" + id;
	}
}
