package org.chengguan.disclosure.web;

import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.InvalidInputException;

/** A point as a client sends it ({@code lat}, {@code lon}, {@code crs}), checked and converted to WGS-84 once. */
final class Points {

	private Points() {
	}

	/** @throws InvalidInputException (400) naming what is wrong with the point */
	static GeoPoint parse(double lat, double lon, String crs) {
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new InvalidInputException("lat must be a latitude in degrees within [-90, 90], was " + lat);
		}
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw new InvalidInputException("lon must be a longitude in degrees within [-180, 180], was " + lon);
		}
		try {
			return Crs.parse(crs).toWgs84(lat, lon);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(e.getMessage());
		}
	}
}
