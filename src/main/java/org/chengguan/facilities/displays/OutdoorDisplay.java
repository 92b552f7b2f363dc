package org.chengguan.facilities.displays;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.ConflictException;

/**
 * 特色外摆申请: a shop's application for an outdoor display zone and period. Its state changes only through
 * {@link #approve} and {@link #reject}, each requiring it pending; the store writes over the version read.
 *
 * @param zoneGeoJson the zone as a GeoJSON Polygon (WGS-84)
 * @param facilityId the public map's facility, once approved
 */
public record OutdoorDisplay(Long id, int version, long applicantId, String shopName, String licenceNumber,
		String shopAddress, String contactPhone, GeoPoint shop, String streetCode, String communityCode,
		String zoneGeoJson, double areaSquareMetres, LocalDate from, LocalDate to, String dailyHours, String displayed,
		OutdoorDisplayState state, String reason, Instant appliedAt, Long decidedBy, Instant decidedAt,
		Long facilityId) {

	/** 批准. */
	OutdoorDisplay approve(long officerId, Instant now) {
		requirePending("approve");
		return new OutdoorDisplay(id, version, applicantId, shopName, licenceNumber, shopAddress, contactPhone, shop,
				streetCode, communityCode, zoneGeoJson, areaSquareMetres, from, to, dailyHours, displayed,
				OutdoorDisplayState.APPROVED, null, appliedAt, officerId, now, facilityId);
	}

	/** 不予批准, saying why. */
	OutdoorDisplay reject(long officerId, String why, Instant now) {
		requirePending("reject");
		return new OutdoorDisplay(id, version, applicantId, shopName, licenceNumber, shopAddress, contactPhone, shop,
				streetCode, communityCode, zoneGeoJson, areaSquareMetres, from, to, dailyHours, displayed,
				OutdoorDisplayState.REJECTED, why, appliedAt, officerId, now, facilityId);
	}

	/** The approved display with the public map's facility that shows it. */
	OutdoorDisplay onTheMap(long facility) {
		return new OutdoorDisplay(id, version, applicantId, shopName, licenceNumber, shopAddress, contactPhone, shop,
				streetCode, communityCode, zoneGeoJson, areaSquareMetres, from, to, dailyHours, displayed, state, reason,
				appliedAt, decidedBy, decidedAt, facility);
	}

	private void requirePending(String action) {
		if (state != OutdoorDisplayState.PENDING) {
			throw new ConflictException("Outdoor display application " + id + " is " + state + " already; only a pending "
					+ "one can be asked to " + action + ".", Map.of("currentState", state.name(), "currentVersion", version));
		}
	}

	/** The hours of the map's facility: closed every day but the period's, open then in the daily window. */
	String facilityHours() {
		String days = from.equals(to) ? from.toString() : from + "/" + to;
		return "Mo-Su off; " + days + " " + dailyHours;
	}
}
