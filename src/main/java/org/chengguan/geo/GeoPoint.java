package org.chengguan.geo;

/**
 * A point on the WGS-84 ellipsoid (CGCS2000 is the same to within centimetres), in decimal degrees. Every
 * location the platform stores is one of these; other systems are converted on the way in (see {@link Crs}).
 */
public record GeoPoint(double lat, double lon) {

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	public GeoPoint {
		if (!(lat >= -90 && lat <= 90)) {
			throw new IllegalArgumentException("latitude must be within [-90, 90], was " + lat);
		}
		if (!(lon >= -180 && lon <= 180)) {
			throw new IllegalArgumentException("longitude must be within [-180, 180], was " + lon);
		}
	}

	/** Great-circle distance in metres (haversine on the mean Earth radius). */
	public double distanceMetres(GeoPoint other) {
		double dLat = Math.toRadians(other.lat - lat);
		double dLon = Math.toRadians(other.lon - lon);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
				* Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
