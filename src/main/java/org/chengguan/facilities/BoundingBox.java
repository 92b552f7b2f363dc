package org.chengguan.facilities;

/** A WGS-84 box, west to east and south to north (it never crosses the antimeridian: the city does not). */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

	public BoundingBox {
		if (!(minLon <= maxLon && minLat <= maxLat)) {
			throw new IllegalArgumentException("a bbox is minLon,minLat,maxLon,maxLat with min ≤ max");
		}
	}

	public boolean contains(double lat, double lon) {
		return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
	}
}
