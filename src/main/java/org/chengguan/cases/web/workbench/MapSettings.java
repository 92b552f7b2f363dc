package org.chengguan.cases.web.workbench;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The base map of the pages' maps. With no {@code tileUrl} (the default) the maps need no network: they draw the
 * platform's own GeoJSON (districts, communities, grids) under the cases' points. Set it to a 天地图 or OSM tile
 * template, e.g. {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}, with the attribution its licence asks for
 * ({@code chengguan.map.tile-attribution}).
 */
@ConfigurationProperties("chengguan.map")
record MapSettings(String tileUrl, String tileAttribution) {

	MapSettings {
		tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
		tileAttribution = tileAttribution == null ? "" : tileAttribution;
	}
}
