package org.chengguan.geo;

/**
 * The GCJ-02 offset (国测局坐标, "火星坐标"): the published obfuscation that moves a WGS-84 point by a few hundred
 * metres, smoothly but non-linearly, computed on the Krasovsky 1940 ellipsoid. It applies only inside a rough
 * bounding box of mainland China; outside it GCJ-02 equals WGS-84.
 */
final class Gcj02Offset {

	/** Krasovsky 1940 semi-major axis, metres. */
	private static final double A = 6378245.0;

	/** Krasovsky 1940 first eccentricity squared. */
	private static final double EE = 0.00669342162296594323;

	/** Well below a millimetre (1e-9° is about 0.1 mm). */
	static final double TOLERANCE_DEGREES = 1e-9;

	/**
	 * Each step shrinks the error by a factor of a hundred or more, so four or five steps reach the tolerance; the
	 * cap only bounds the work for an input the measurements missed.
	 */
	static final int MAX_ITERATIONS = 10;

	private Gcj02Offset() {
	}

	/** Whether (lat, lon) lies in the rough bounding box of mainland China that every GCJ-02 client uses. */
	static boolean appliesAt(double lat, double lon) {
		return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
	}

	/** Degrees that GCJ-02 adds to the latitude of the WGS-84 point (lat, lon), which must lie in the box. */
	static double latOffset(double lat, double lon) {
		double x = lon - 105;
		double y = lat - 35;
		double metres = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
				+ (waves(x) + 20 * Math.sin(y * Math.PI) + 40 * Math.sin(y / 3 * Math.PI)
						+ 160 * Math.sin(y / 12 * Math.PI) + 320 * Math.sin(y * Math.PI / 30)) * 2 / 3;
		double sinLat = Math.sin(Math.toRadians(lat));
		double w = 1 - EE * sinLat * sinLat;
		double meridianRadius = A * (1 - EE) / (w * Math.sqrt(w));
		return Math.toDegrees(metres / meridianRadius);
	}

	/** Degrees that GCJ-02 adds to the longitude of the WGS-84 point (lat, lon), which must lie in the box. */
	static double lonOffset(double lat, double lon) {
		double x = lon - 105;
		double y = lat - 35;
		double metres = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
				+ (waves(x) + 20 * Math.sin(x * Math.PI) + 40 * Math.sin(x / 3 * Math.PI)
						+ 150 * Math.sin(x / 12 * Math.PI) + 300 * Math.sin(x / 30 * Math.PI)) * 2 / 3;
		double radLat = Math.toRadians(lat);
		double sinLat = Math.sin(radLat);
		double parallelRadius = A / Math.sqrt(1 - EE * sinLat * sinLat) * Math.cos(radLat);
		return Math.toDegrees(metres / parallelRadius);
	}

	private static double waves(double x) {
		return 20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI);
	}

	/**
	 * The WGS-84 point whose GCJ-02 image is (lat, lon). The offset has no closed-form inverse, so this solves
	 * {@code w + offset(w) = g} by the fixed-point iteration {@code w ← g − offset(w)} starting from {@code w = g};
	 * the usual one-step approximation (off by up to 5 m) is its first step. The residual of each step is
	 * the change it makes, so the loop stops when that is below {@link #TOLERANCE_DEGREES}.
	 */
	static GeoPoint toWgs84(double lat, double lon) {
		if (!appliesAt(lat, lon)) {
			return new GeoPoint(lat, lon);
		}
		double wLat = lat;
		double wLon = lon;
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			double nextLat = lat - latOffset(wLat, wLon);
			double nextLon = lon - lonOffset(wLat, wLon);
			boolean converged = Math.abs(nextLat - wLat) < TOLERANCE_DEGREES
					&& Math.abs(nextLon - wLon) < TOLERANCE_DEGREES;
			wLat = nextLat;
			wLon = nextLon;
			if (converged) {
				break;
			}
		}
		return new GeoPoint(wLat, wLon);
	}
}
