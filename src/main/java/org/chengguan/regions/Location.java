package org.chengguan.regions;

import java.util.Optional;

import org.chengguan.geo.GeoPoint;

/**
 * Where a point lies: always a district and a street (every point of the city is in one), a community and a unit
 * grid where those are mapped (the demo data maps them in the urban streets only).
 */
public record Location(GeoPoint point, Region district, Region street, Optional<Region> community,
		Optional<Region> grid) {

	/** The most specific region: the grid if any, else the community, else the street. */
	public Region finest() {
		return grid.or(() -> community).orElse(street);
	}
}
