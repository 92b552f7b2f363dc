package org.chengguan.engagement;

import java.time.Instant;

/**
 * An open day as staff create it. The point (lat/lon, crs wgs84 by default, or gcj02, bd09) must lie in the city and
 * in the creator's scope. The registration window defaults to "from now until the event starts".
 */
public record NewOpenDay(String title, String description, Instant startsAt, Instant endsAt, String place, Double lat,
		Double lon, String crs, Integer capacity, Instant registrationOpensAt, Instant registrationClosesAt) {
}
