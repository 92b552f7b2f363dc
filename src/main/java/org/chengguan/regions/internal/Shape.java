package org.chengguan.regions.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * A (multi)polygon flattened into coordinate arrays for the hot path: point-in-polygon by the even-odd rule over
 * all rings, which is exact containment for any valid polygon or multipolygon with holes. No allocation per test.
 * A shape with many vertices is tested through JTS's interval index over its edges instead of a full scan.
 */
final class Shape {

	private static final int LINEAR_SCAN_LIMIT = 64;

	private final double[][] xs;

	private final double[][] ys;

	private final Envelope envelope;

	/** For shapes with many vertices (real boundaries, traced streets): an interval index over their edges. */
	private final IndexedPointInAreaLocator locator;

	Shape(Geometry geometry) {
		List<LinearRing> rings = new ArrayList<>();
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			Polygon polygon = (Polygon) geometry.getGeometryN(i);
			rings.add(polygon.getExteriorRing());
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				rings.add(polygon.getInteriorRingN(h));
			}
		}
		xs = new double[rings.size()][];
		ys = new double[rings.size()][];
		for (int r = 0; r < rings.size(); r++) {
			Coordinate[] coordinates = rings.get(r).getCoordinates();
			xs[r] = new double[coordinates.length];
			ys[r] = new double[coordinates.length];
			for (int c = 0; c < coordinates.length; c++) {
				xs[r][c] = coordinates[c].x;
				ys[r][c] = coordinates[c].y;
			}
		}
		envelope = geometry.getEnvelopeInternal();
		if (geometry.getNumPoints() > LINEAR_SCAN_LIMIT) {
			locator = new IndexedPointInAreaLocator(geometry);
			locator.locate(new Coordinate(envelope.getMinX(), envelope.getMinY())); // builds its index now, not racily later
		}
		else {
			locator = null;
		}
	}

	Envelope envelope() {
		return envelope;
	}

	boolean contains(double x, double y) {
		if (x < envelope.getMinX() || x > envelope.getMaxX() || y < envelope.getMinY() || y > envelope.getMaxY()) {
			return false;
		}
		if (locator != null) {
			return locator.locate(new Coordinate(x, y)) != Location.EXTERIOR;
		}
		boolean inside = false;
		for (int r = 0; r < xs.length; r++) {
			double[] rx = xs[r];
			double[] ry = ys[r];
			for (int i = 0, j = rx.length - 1; i < rx.length; j = i++) {
				if ((ry[i] > y) != (ry[j] > y) && x < (rx[j] - rx[i]) * (y - ry[i]) / (ry[j] - ry[i]) + rx[i]) {
					inside = !inside;
				}
			}
		}
		return inside;
	}
}
