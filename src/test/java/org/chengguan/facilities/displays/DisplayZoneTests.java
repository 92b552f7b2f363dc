package org.chengguan.facilities.displays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.chengguan.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class DisplayZoneTests {

	static final GeoPoint SHOP = new GeoPoint(33.955, 116.798);

	@Test
	void aRectangleInFrontOfTheShopHasItsWidthTimesDepthAndReachesOutTheWayTheFrontFaces() {
		DisplayZone south = DisplayZone.inFrontOf(SHOP, 4, 2, 180);
		assertThat(south.areaSquareMetres()).isBetween(7.95, 8.05);
		assertThat(south.corners()).hasSize(4).allMatch(p -> p.lat() <= SHOP.lat());
		assertThat(south.reachFrom(SHOP)).isBetween(2.8, 2.9);
		DisplayZone east = DisplayZone.inFrontOf(SHOP, 4, 2, 90);
		assertThat(east.corners()).allMatch(p -> p.lon() >= SHOP.lon());
	}

	@Test
	void theCoreIsTheZoneShrunkSoThatNeighboursSharingAnEdgeDoNotOverlap() {
		DisplayZone zone = DisplayZone.inFrontOf(SHOP, 4, 3, 0);
		String core = zone.core();
		assertThat(core).startsWith("((").endsWith("))");
		assertThat(core.split("\\),\\(")).hasSize(4);
		assertThat(zone.geoJson()).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[116.79797")
			.endsWith("]]}");
	}

	@Test
	void refusesTooFewCornersAndCrossingEdges() {
		assertThatThrownBy(() -> DisplayZone.of(List.of(SHOP, new GeoPoint(33.9551, 116.798))))
			.hasMessageContaining("3–20 corners");
		assertThatThrownBy(() -> DisplayZone.of(List.of(new GeoPoint(33.955, 116.798), new GeoPoint(33.9551, 116.7981),
				new GeoPoint(33.955, 116.7981), new GeoPoint(33.9551, 116.798))))
			.hasMessageContaining("cross");
	}
}
