package org.chengguan.geo;

import java.util.Objects;

/**
 * A point as some coordinate system ({@link Crs}) writes it, in decimal degrees: what a client sends or is sent
 * back. Only {@link GeoPoint}s are stored; convert with {@link #toWgs84()}.
 */
public record CrsPoint(Crs crs, double lat, double lon) {

	/** @throws IllegalArgumentException if lat is not within [-90, 90] or lon not within [-180, 180] */
	public CrsPoint {
		Objects.requireNonNull(crs, "crs");
		crs.checkRange(lat, lon);
	}

	/** The WGS-84 point this is; see {@link Crs#toWgs84(double, double)}. */
	public GeoPoint toWgs84() {
		return crs.convertToWgs84(lat, lon);
	}
}
