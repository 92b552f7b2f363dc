package org.chengguan.commerce.internal;

/**
 * A merchant as a client registers or edits it. {@code crs} is wgs84 (default), gcj02 or bd09; {@code ownerUserId}
 * links the owner's CITIZEN account; {@code frontage} describes the stretch the shop answers for.
 */
public record NewMerchant(String name, String licenceNumber, String businessCategory, String ownerName,
		String ownerPhone, String ownerIdNumber, Long ownerUserId, String address, Double lat, Double lon, String crs,
		String frontage, Integer frontageMetres, Long complexId) {
}
