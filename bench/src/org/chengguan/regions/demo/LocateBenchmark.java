package org.chengguan.regions.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionLevel;
import org.chengguan.regions.internal.RegionIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Point → grid on the full generated demo grid set (10,000+ grids), through the platform's index and, as the
 * baseline, through what one would write with JTS alone (an STRtree of envelopes, then exact contains).
 * Points are drawn uniformly over the extent of the grids, so most lie in a grid and some in none.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LocateBenchmark {

	private static final int POINTS = 1 << 16;

	private RegionIndex index;

	private STRtree jtsTree;

	private double[] lats;

	private double[] lons;

	private double[] cityLats;

	private double[] cityLons;

	private int next;

	private final GeometryFactory factory = new GeometryFactory();

	@Setup
	public void setUp() {
		DemoGeography geography = HuaibeiDemoGeography.generate();
		List<Region> regions = geography.regions().stream()
			.map(r -> new Region(r.code(), r.level(), r.name(), r.parentCode()))
			.toList();
		Map<String, Geometry> shapes = geography.regions().stream()
			.collect(Collectors.toMap(DemoRegion::code, DemoRegion::geometry));
		index = new RegionIndex(regions, shapes);
		jtsTree = new STRtree();
		Envelope extent = new Envelope();
		for (DemoRegion r : geography.regions()) {
			if (r.level() == RegionLevel.GRID) {
				jtsTree.insert(r.geometry().getEnvelopeInternal(), r);
				extent.expandToInclude(r.geometry().getEnvelopeInternal());
			}
		}
		jtsTree.build();
		Random random = new Random(42);
		Envelope city = geography.regions().stream().filter(r -> r.level() == RegionLevel.CITY).findFirst()
			.orElseThrow().geometry().getEnvelopeInternal();
		cityLats = new double[POINTS];
		cityLons = new double[POINTS];
		for (int i = 0; i < POINTS; i++) {
			cityLats[i] = city.getMinY() + random.nextDouble() * city.getHeight();
			cityLons[i] = city.getMinX() + random.nextDouble() * city.getWidth();
		}
		lats = new double[POINTS];
		lons = new double[POINTS];
		for (int i = 0; i < POINTS; i++) {
			lats[i] = extent.getMinY() + random.nextDouble() * extent.getHeight();
			lons[i] = extent.getMinX() + random.nextDouble() * extent.getWidth();
		}
	}

	/** The hot path: the finest region's code, no allocation. */
	@Benchmark
	public String indexFinestCode() {
		int i = next++ & (POINTS - 1);
		return index.finestCode(lats[i], lons[i]);
	}

	/** Points anywhere over the city's extent: mostly towns without grids, where streets are looked up. */
	@Benchmark
	public String indexFinestCodeCityWide() {
		int i = next++ & (POINTS - 1);
		return index.finestCode(cityLats[i], cityLons[i]);
	}

	/** The full answer with grid, community, street and district, as the API uses it. */
	@Benchmark
	public Object indexLocate() {
		int i = next++ & (POINTS - 1);
		return index.locate(new GeoPoint(lats[i], lons[i])).orElse(null);
	}

	@Benchmark
	public Object jtsStrtreeContains() {
		int i = next++ & (POINTS - 1);
		var point = factory.createPoint(new Coordinate(lons[i], lats[i]));
		for (Object candidate : jtsTree.query(point.getEnvelopeInternal())) {
			DemoRegion grid = (DemoRegion) candidate;
			if (grid.geometry().contains(point)) {
				return grid;
			}
		}
		return null;
	}
}
