package org.chengguan.regions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengguan.regions.RegionLevel;
import org.chengguan.regions.ServicePoint;
import org.chengguan.regions.internal.Geometries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

class HuaibeiDemoGeographyTests {

	static DemoGeography geography;

	static Map<String, DemoRegion> byCode;

	@BeforeAll
	static void generate() {
		geography = HuaibeiDemoGeography.generate();
		byCode = geography.regions().stream().collect(Collectors.toMap(DemoRegion::code, Function.identity()));
	}

	@Test
	void hasTheRealDistrictsAndStreetsWithTheirCodes() {
		assertThat(codes(RegionLevel.DISTRICT)).containsExactlyInAnyOrder("340602", "340603", "340604", "340621");
		assertThat(codes(RegionLevel.STREET)).hasSize(32).contains("340603001", "340603011", "340603100", "340602102",
				"340604004", "340621110");
		assertThat(byCode.get("340603002").name()).isEqualTo("东街道");
		assertThat(byCode.get("340621104").name()).isEqualTo("临涣镇");
	}

	@Test
	void generates89CommunitiesEachWithAStationAnd25KiosksAnd4Squadrons() {
		assertThat(codes(RegionLevel.COMMUNITY)).hasSize(89);
		assertThat(points(ServicePoint.Kind.STATION)).hasSize(89)
			.allSatisfy(station -> assertThat(byCode.get(station.servesCode()).level()).isEqualTo(RegionLevel.COMMUNITY));
		assertThat(points(ServicePoint.Kind.KIOSK)).hasSize(25);
		assertThat(points(ServicePoint.Kind.SQUADRON)).hasSize(4);
	}

	@Test
	void communitiesAndGridsLieOnlyInStreetOfficesNotTowns() {
		assertThat(geography.regions()).filteredOn(r -> r.level() == RegionLevel.COMMUNITY)
			.allSatisfy(c -> assertThat(c.parentCode().charAt(6)).isEqualTo('0'));
	}

	@Test
	void coversTheUrbanStreetsWithThousandsOfGridsOfAboutTenThousandSquareMetres() {
		List<DemoRegion> grids = geography.regions().stream().filter(r -> r.level() == RegionLevel.GRID).toList();
		assertThat(grids).hasSizeGreaterThan(5_000);
		assertThat(grids).allSatisfy(g -> {
			assertThat(g.code()).hasSize(15).startsWith(g.parentCode());
			assertThat(Geometries.areaM2(g.geometry())).isBetween(9_500.0, 10_500.0);
		});
	}

	@Test
	void numbersGridsFromNorthWestInsideEachCommunity() {
		var first = byCode.values().stream().filter(r -> r.level() == RegionLevel.GRID && r.code().endsWith("001"))
			.findFirst().orElseThrow();
		var second = byCode.get(first.parentCode() + "002");
		assertThat(second.labelPoint().y).isLessThanOrEqualTo(first.labelPoint().y);
		if (second.labelPoint().y == first.labelPoint().y) {
			assertThat(second.labelPoint().x).isGreaterThan(first.labelPoint().x);
		}
	}

	@Test
	void everyGeometryIsValid() {
		assertThat(geography.regions()).allSatisfy(r -> assertThat(r.geometry().isValid()).as(r.code()).isTrue());
	}

	@Test
	void childrenTileTheirParentWithoutGapsOrOverlaps() {
		Map<String, List<DemoRegion>> children = geography.regions().stream()
			.filter(r -> r.parentCode() != null)
			.collect(Collectors.groupingBy(DemoRegion::parentCode));
		children.forEach((parentCode, members) -> {
			Geometry parent = byCode.get(parentCode).geometry();
			if (byCode.get(parentCode).level() == RegionLevel.STREET || byCode.get(parentCode).level() == RegionLevel.COMMUNITY
					|| byCode.get(parentCode).level() == RegionLevel.DISTRICT || byCode.get(parentCode).level() == RegionLevel.CITY) {
				double sum = members.stream().mapToDouble(m -> m.geometry().getArea()).sum();
				assertThat(sum).as("area of the children of " + parentCode).isCloseTo(parent.getArea(),
						org.assertj.core.data.Offset.offset(parent.getArea() * 1e-9));
				assertThat(members).allSatisfy(m -> assertThat(m.geometry().difference(parent).getArea())
					.as(m.code() + " outside " + parentCode).isZero());
				assertNoOverlaps(members);
			}
		});
	}

	@Test
	void theCityCentreIsInAnUrbanGridOfXiangshan() {
		var index = new org.chengguan.regions.internal.RegionIndex(
				geography.regions().stream()
					.map(r -> new org.chengguan.regions.Region(r.code(), r.level(), r.name(), r.parentCode()))
					.toList(),
				byCode.values().stream().collect(Collectors.toMap(DemoRegion::code, DemoRegion::geometry)));
		var location = index.locate(new org.chengguan.geo.GeoPoint(33.955, 116.798)).orElseThrow();
		assertThat(location.district().code()).isEqualTo("340603");
		assertThat(location.grid()).isPresent();
	}

	private static void assertNoOverlaps(List<DemoRegion> siblings) {
		STRtree tree = new STRtree();
		siblings.forEach(s -> tree.insert(s.geometry().getEnvelopeInternal(), s));
		for (DemoRegion a : siblings) {
			for (Object o : tree.query(a.geometry().getEnvelopeInternal())) {
				DemoRegion b = (DemoRegion) o;
				if (a.code().compareTo(b.code()) < 0) {
					assertThat(a.geometry().intersection(b.geometry()).getArea()).as(a.code() + " ∩ " + b.code()).isZero();
				}
			}
		}
	}

	private static List<String> codes(RegionLevel level) {
		return geography.regions().stream().filter(r -> r.level() == level).map(DemoRegion::code).toList();
	}

	private static List<ServicePoint> points(ServicePoint.Kind kind) {
		return geography.servicePoints().stream().filter(p -> p.kind() == kind).toList();
	}
}
