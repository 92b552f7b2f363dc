package org.chengguan.cases.web.mobile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pages' maps. With no {@code tileUrl} (the default) a map draws only the platform's own GeoJSON — the city,
 * the community and its unit grids — and fetches nothing from outside; with one, its tiles are drawn underneath.
 * The tiles must be in WGS-84 like the platform's geometry (天地图 is; AMap's and Tencent's GCJ-02 tiles are not).
 *
 * @param tileUrl a Leaflet tile template such as {@code https://tiles.example/{z}/{x}/{y}.png}; empty for none
 * @param tileAttribution the credit line the tile provider asks for
 * @param maxZoom the deepest zoom the tiles (or the outlines) are shown at
 * @param centreLat where a map opens before it knows where the user is: the city's centre
 * @param centreLon see {@code centreLat}
 */
@ConfigurationProperties("chengguan.map")
public record MapProperties(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution,
		@DefaultValue("19") int maxZoom, @DefaultValue("33.955") double centreLat,
		@DefaultValue("116.798") double centreLon) {
}
