package org.chengguan.disclosure.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map of the public page, configured like every page's map ({@code chengguan.map}: no tiles unless a tile URL is
 * set, the city's own outlines instead). Bound here again so the page does not reach into another module.
 */
@ConfigurationProperties("chengguan.map")
public record PageMap(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution,
		@DefaultValue("19") int maxZoom, @DefaultValue("33.955") double centreLat,
		@DefaultValue("116.798") double centreLon) {
}
