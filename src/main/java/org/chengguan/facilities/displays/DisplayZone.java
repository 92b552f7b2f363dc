package org.chengguan.facilities.displays;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.chengguan.facilities.internal.GaussKruger;
import org.chengguan.geo.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * An outdoor display zone (外摆区域): a small polygon on the ground, WGS-84, given as its corners or as a rectangle in
 * front of a shop. Measured on the Gauss-Krüger plane the facilities use for {@code pos}; {@link #core()} is the zone
 * shrunk by {@value #CORE_INSET_METRES} m, which the database compares, so zones that only touch do not overlap.
 */
public final class DisplayZone {

	static final double CORE_INSET_METRES = 0.05;

	/** Metres per degree of latitude (and of longitude at the equator): enough for a rectangle of a few metres. */
	private static final double METRES_PER_DEGREE = 111_320.0;

	private static final GeometryFactory PLANE = new GeometryFactory();

	private final List<GeoPoint> ring;

	private final Polygon projected;

	private DisplayZone(List<GeoPoint> ring) {
		this.ring = List.copyOf(ring);
		Coordinate[] coordinates = new Coordinate[ring.size() + 1];
		for (int i = 0; i < ring.size(); i++) {
			double[] p = GaussKruger.project(ring.get(i).lat(), ring.get(i).lon());
			coordinates[i] = new Coordinate(p[0], p[1]);
		}
		coordinates[ring.size()] = coordinates[0];
		this.projected = PLANE.createPolygon(coordinates);
	}

	/**
	 * The zone with these corners (not closed: the first is not repeated; a repeated last corner is dropped).
	 *
	 * @throws IllegalArgumentException for fewer than 3 or more than 20 corners, or a shape that crosses itself
	 */
	public static DisplayZone of(List<GeoPoint> corners) {
		List<GeoPoint> ring = new ArrayList<>(corners);
		if (ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1))) {
			ring.remove(ring.size() - 1);
		}
		if (ring.size() < 3 || ring.size() > 20) {
			throw new IllegalArgumentException("a zone has 3–20 corners, had " + ring.size());
		}
		DisplayZone zone = new DisplayZone(ring);
		if (!new IsValidOp(zone.projected).isValid()) {
			throw new IllegalArgumentException("the zone's edges cross each other or it has no area");
		}
		return zone;
	}

	/**
	 * A rectangle in front of a shop: {@code width} metres along the shop front, centred on the shop's point, reaching
	 * {@code depth} metres out in the direction {@code facing} (degrees clockwise from north, where the front faces).
	 */
	public static DisplayZone inFrontOf(GeoPoint shop, double width, double depth, double facing) {
		double theta = Math.toRadians(facing);
		double fx = Math.sin(theta), fy = Math.cos(theta);
		double rx = Math.cos(theta), ry = -Math.sin(theta);
		double half = width / 2;
		double[][] corners = { { -half * rx, -half * ry }, { half * rx, half * ry },
				{ half * rx + depth * fx, half * ry + depth * fy }, { -half * rx + depth * fx, -half * ry + depth * fy } };
		List<GeoPoint> ring = new ArrayList<>();
		double metresPerLon = METRES_PER_DEGREE * Math.cos(Math.toRadians(shop.lat()));
		for (double[] c : corners) {
			ring.add(new GeoPoint(round(shop.lat() + c[1] / METRES_PER_DEGREE), round(shop.lon() + c[0] / metresPerLon)));
		}
		return of(ring);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e8) / 1e8;
	}

	/** The corners, WGS-84, not closed. */
	public List<GeoPoint> corners() {
		return ring;
	}

	/** The area in square metres. */
	public double areaSquareMetres() {
		return projected.getArea();
	}

	/** The farthest corner's distance from the point, in metres. */
	public double reachFrom(GeoPoint point) {
		double[] p = GaussKruger.project(point.lat(), point.lon());
		Coordinate centre = new Coordinate(p[0], p[1]);
		double reach = 0;
		for (Coordinate c : projected.getExteriorRing().getCoordinates()) {
			reach = Math.max(reach, c.distance(centre));
		}
		return reach;
	}

	/** The middle of the zone (the mean of its corners), where the map puts its marker. */
	public GeoPoint centre() {
		double lat = ring.stream().mapToDouble(GeoPoint::lat).average().orElseThrow();
		double lon = ring.stream().mapToDouble(GeoPoint::lon).average().orElseThrow();
		return new GeoPoint(round(lat), round(lon));
	}

	/** The zone shrunk by {@value #CORE_INSET_METRES} m on the plane, as a PostgreSQL {@code polygon} literal. */
	public String core() {
		Geometry inset = projected.buffer(-CORE_INSET_METRES);
		StringJoiner points = new StringJoiner(",", "(", ")");
		Coordinate[] coordinates = inset.getCoordinates();
		for (int i = 0; i < coordinates.length - 1; i++) {
			points.add(String.format(Locale.ROOT, "(%.3f,%.3f)", coordinates[i].x, coordinates[i].y));
		}
		return points.toString();
	}

	/** The zone as a GeoJSON Polygon (closed ring of [lon, lat]). */
	public String geoJson() {
		StringJoiner positions = new StringJoiner(",", "[[", "]]");
		for (GeoPoint p : ring) {
			positions.add(String.format(Locale.ROOT, "[%.8f,%.8f]", p.lon(), p.lat()));
		}
		positions.add(String.format(Locale.ROOT, "[%.8f,%.8f]", ring.get(0).lon(), ring.get(0).lat()));
		return "{\"type\":\"Polygon\",\"coordinates\":" + positions + "}";
	}
}
