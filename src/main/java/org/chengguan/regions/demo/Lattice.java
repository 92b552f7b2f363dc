package org.chengguan.regions.demo;

import org.chengguan.regions.internal.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The demo geography's raster: cells of {@code dLat} × {@code dLon} degrees from a south-west origin, column i
 * eastward and row j northward. Vertex coordinates are rounded to 7 decimals, as stored, so that shared
 * vertices are bit-for-bit equal wherever they appear.
 */
record Lattice(double lat0, double lon0, double dLat, double dLon, int nx, int ny) {

	Coordinate coordinate(double i, double j) {
		return new Coordinate(round(lon0 + i * dLon), round(lat0 + j * dLat));
	}

	/** The square of cell (i, j), counter-clockwise from its south-west corner. */
	Polygon cell(int i, int j) {
		Coordinate sw = coordinate(i, j);
		return Geometries.FACTORY.createPolygon(new Coordinate[] { sw, coordinate(i + 1, j), coordinate(i + 1, j + 1),
				coordinate(i, j + 1), sw });
	}

	double lonOfCentre(int i) {
		return lon0 + (i + 0.5) * dLon;
	}

	double latOfCentre(int j) {
		return lat0 + (j + 0.5) * dLat;
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e7) / 1e7;
	}
}
