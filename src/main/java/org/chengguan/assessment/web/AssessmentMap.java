package org.chengguan.assessment.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's heat map, configured like every page's map ({@code chengguan.map}): no tiles unless a tile URL is
 * set (the scope's own outline is drawn instead, so the map works offline), the city's centre for where it opens and
 * for the width of a cell in degrees of longitude. Bound here again so the page does not reach into another module.
 */
@ConfigurationProperties("chengguan.map")
record AssessmentMap(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution,
		@DefaultValue("19") int maxZoom, @DefaultValue("33.955") double centreLat,
		@DefaultValue("116.798") double centreLon) {

	/** Metres per degree of latitude (a sphere of the WGS-84 mean radius): cells are squares near the centre. */
	static final double METRES_PER_DEGREE = 111_195.0;

	double cellLat(int metres) {
		return metres / METRES_PER_DEGREE;
	}

	double cellLon(int metres) {
		return cellLat(metres) / Math.cos(Math.toRadians(centreLat));
	}
}
