package org.chengguan.regions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionLevel;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.util.GeometricShapeFactory;

class RegionIndexTests {

	static Geometry box(double w, double s, double e, double n) {
		return Geometries.FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(w, e, s, n));
	}

	@Test
	void aPointInAHoleBelongsToTheRegionThatFillsTheHoleNotTheOneAroundIt() {
		Geometry ring = box(0, 0, 1, 1).difference(box(0.4, 0.4, 0.6, 0.6));
		Geometry hole = box(0.4, 0.4, 0.6, 0.6);
		var index = new RegionIndex(
				List.of(city(), district("349901"), street("349901001", "349901"), street("349901002", "349901")),
				Map.of("3499", box(0, 0, 1, 1), "349901", box(0, 0, 1, 1), "349901001", ring, "349901002", hole));
		assertThat(index.locate(new GeoPoint(0.5, 0.5)).orElseThrow().street().code()).isEqualTo("349901002");
		assertThat(index.locate(new GeoPoint(0.2, 0.2)).orElseThrow().street().code()).isEqualTo("349901001");
		assertThat(index.locate(new GeoPoint(1.5, 0.5))).isEmpty();
	}

	@Test
	void agreesWithJtsOnThousandsOfRandomPointsAroundDetailedShapes() {
		// two half-discs with 400-vertex arcs, side by side: the detailed path (edge index) and the raster together
		var shapes = new GeometricShapeFactory(Geometries.FACTORY);
		shapes.setNumPoints(800);
		shapes.setCentre(new Coordinate(0.5, 0.5));
		shapes.setSize(0.9);
		Geometry disc = shapes.createCircle();
		Geometry west = disc.intersection(box(0, 0, 0.5, 1));
		Geometry east = disc.intersection(box(0.5, 0, 1, 1));
		var index = new RegionIndex(List.of(city(), district("349901"), street("349901001", "349901"),
				street("349901002", "349901")),
				Map.of("3499", box(0, 0, 1, 1), "349901", box(0, 0, 1, 1), "349901001", west, "349901002", east));
		Random random = new Random(7);
		List<String> mismatches = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			double x = random.nextDouble();
			double y = random.nextDouble();
			var point = Geometries.FACTORY.createPoint(new Coordinate(x, y));
			String expected = west.contains(point) ? "349901001" : east.contains(point) ? "349901002" : null;
			String actual = index.finestCode(y, x);
			if (expected != null && !expected.equals(actual)) {
				mismatches.add(x + "," + y + " expected " + expected + " got " + actual);
			}
		}
		assertThat(mismatches).isEmpty();
	}

	private static Region city() {
		return new Region("3499", RegionLevel.CITY, "试验市", null);
	}

	private static Region district(String code) {
		return new Region(code, RegionLevel.DISTRICT, "区", "3499");
	}

	private static Region street(String code, String parent) {
		return new Region(code, RegionLevel.STREET, "街道" + code, parent);
	}
}
