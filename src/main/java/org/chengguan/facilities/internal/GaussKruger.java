package org.chengguan.facilities.internal;

/**
 * The Gauss-Krüger (transverse Mercator) projection of CGCS2000 in the 3° zone with central meridian 117° E — the
 * plane Chinese cities survey on, and the one Huaibei (116.38–117.03° E) lies in. Coordinates in metres, x east (with
 * the usual 500 km false easting, no zone prefix) and y north. Within the city the scale error stays under 5·10⁻⁵
 * (5 cm per km), so plain Euclidean distances on this plane are distances on the ellipsoid for the map's purposes, and
 * PostgreSQL's {@code point <-> point} on it orders by true distance.
 */
public final class GaussKruger {

	public static final double CENTRAL_MERIDIAN = 117.0;

	private static final double A = 6_378_137.0;

	private static final double F = 1 / 298.257222101;

	private static final double E2 = F * (2 - F);

	private static final double EP2 = E2 / (1 - E2);

	private static final double FALSE_EASTING = 500_000.0;

	private static final double M0 = 1 - E2 / 4 - 3 * E2 * E2 / 64 - 5 * E2 * E2 * E2 / 256;

	private static final double M2 = 3 * E2 / 8 + 3 * E2 * E2 / 32 + 45 * E2 * E2 * E2 / 1024;

	private static final double M4 = 15 * E2 * E2 / 256 + 45 * E2 * E2 * E2 / 1024;

	private static final double M6 = 35 * E2 * E2 * E2 / 3072;

	private GaussKruger() {
	}


	/** {x, y} in metres of a WGS-84 point (Snyder's series, millimetres within a few degrees of the meridian). */
	public static double[] project(double lat, double lon) {
		double phi = Math.toRadians(lat);
		double sin = Math.sin(phi);
		double cos = Math.cos(phi);
		double tan = Math.tan(phi);
		double n = A / Math.sqrt(1 - E2 * sin * sin);
		double t = tan * tan;
		double c = EP2 * cos * cos;
		double a = Math.toRadians(lon - CENTRAL_MERIDIAN) * cos;
		double m = A * (M0 * phi - M2 * Math.sin(2 * phi) + M4 * Math.sin(4 * phi) - M6 * Math.sin(6 * phi));
		double a2 = a * a;
		double x = n * (a + (1 - t + c) * a2 * a / 6 + (5 - 18 * t + t * t + 72 * c - 58 * EP2) * a2 * a2 * a / 120);
		double y = m + n * tan * (a2 / 2 + (5 - t + 9 * c + 4 * c * c) * a2 * a2 / 24
				+ (61 - 58 * t + t * t + 600 * c - 330 * EP2) * a2 * a2 * a2 / 720);
		return new double[] { x + FALSE_EASTING, y };
	}
}
