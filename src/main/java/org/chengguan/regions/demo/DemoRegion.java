package org.chengguan.regions.demo;

import org.chengguan.regions.RegionLevel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** A region of the generated demo geography. */
record DemoRegion(String code, RegionLevel level, String name, String parentCode, Geometry geometry,
		Coordinate labelPoint) {
}
