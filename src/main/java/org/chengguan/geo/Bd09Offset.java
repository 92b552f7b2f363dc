package org.chengguan.geo;

/**
 * Baidu's BD-09 offset on top of GCJ-02 (百度坐标): the GCJ-02 point, read as polar coordinates around (0, 0) in
 * degrees, gets its radius and angle perturbed slightly, and the result is moved by (0.006°, 0.0065°).
 */
final class Bd09Offset {

	private static final double X_PI = Math.PI * 3000 / 180;

	private static final double LAT_SHIFT = 0.006;

	private static final double LON_SHIFT = 0.0065;

	/** As for {@link Gcj02Offset#MAX_ITERATIONS}: each step shrinks the error by a factor of a hundred or more. */
	static final int MAX_ITERATIONS = 10;

	private Bd09Offset() {
	}

	/** The BD-09 coordinates of the GCJ-02 point (lat, lon). */
	static CrsPoint fromGcj02(double lat, double lon) {
		double r = radius(lat, lon);
		double theta = angle(lat, lon);
		return new CrsPoint(Crs.BD09, r * Math.sin(theta) + LAT_SHIFT, r * Math.cos(theta) + LON_SHIFT);
	}

	private static double radius(double lat, double lon) {
		return Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
	}

	private static double angle(double lat, double lon) {
		return Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
	}

	/**
	 * The WGS-84 point whose BD-09 image is b = (lat, lon): first its GCJ-02 point g, then
	 * {@link Gcj02Offset#toWgs84}. Writing c = b − (0.006, 0.0065), g has radius |c| − 0.00002·sin(g.lat·X_PI) and
	 * angle angle(c) − 0.000003·cos(g.lon·X_PI), so g is the fixed point of that map. The usual published inverse is
	 * its first step from g = c (off by up to 0.2 m); this keeps iterating until a step changes g by less than
	 * {@link Gcj02Offset#TOLERANCE_DEGREES}.
	 */
	static GeoPoint toWgs84(double lat, double lon) {
		double y = lat - LAT_SHIFT;
		double x = lon - LON_SHIFT;
		double shiftedRadius = Math.sqrt(x * x + y * y);
		double shiftedAngle = Math.atan2(y, x);
		double gLat = y;
		double gLon = x;
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			double r = shiftedRadius - 0.00002 * Math.sin(gLat * X_PI);
			double theta = shiftedAngle - 0.000003 * Math.cos(gLon * X_PI);
			double nextLat = r * Math.sin(theta);
			double nextLon = r * Math.cos(theta);
			boolean converged = Math.abs(nextLat - gLat) < Gcj02Offset.TOLERANCE_DEGREES
					&& Math.abs(nextLon - gLon) < Gcj02Offset.TOLERANCE_DEGREES;
			gLat = nextLat;
			gLon = nextLon;
			if (converged) {
				break;
			}
		}
		return Gcj02Offset.toWgs84(gLat, gLon);
	}
}
