package org.chengguan.regions.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.chengguan.regions.internal.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Turns a raster of labels into one (multi)polygon per label, tracing the cell edges between different labels.
 * Neighbouring labels share exactly the same lattice vertices, so the polygons tile without gaps or overlaps.
 * <p>
 * Each boundary edge is directed with its label's cells on the left, so outer rings run counter-clockwise and
 * holes clockwise. Where a label touches itself only at a corner, the trace turns left, keeping the two touching
 * parts as separate rings.
 */
final class RasterTracer {

	private static final int EAST = 0;

	private static final int NORTH = 1;

	private static final int WEST = 2;

	private static final int SOUTH = 3;

	private final int[] labels;

	private final int nx;

	private final int ny;

	private final Lattice lattice;

	RasterTracer(int[] labels, Lattice lattice) {
		this.labels = labels;
		this.nx = lattice.nx();
		this.ny = lattice.ny();
		this.lattice = lattice;
	}

	/** The polygon of every label (≥ 0) present in the raster. */
	Map<Integer, Geometry> trace() {
		Map<Integer, Map<Integer, Integer>> outgoing = new HashMap<>();
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int label = labels[j * nx + i];
				if (label < 0) {
					continue;
				}
				Map<Integer, Integer> edges = outgoing.computeIfAbsent(label, l -> new HashMap<>());
				if (j == 0 || labels[(j - 1) * nx + i] != label) {
					add(edges, vertex(i, j), EAST);
				}
				if (i == nx - 1 || labels[j * nx + i + 1] != label) {
					add(edges, vertex(i + 1, j), NORTH);
				}
				if (j == ny - 1 || labels[(j + 1) * nx + i] != label) {
					add(edges, vertex(i + 1, j + 1), WEST);
				}
				if (i == 0 || labels[j * nx + i - 1] != label) {
					add(edges, vertex(i, j + 1), SOUTH);
				}
			}
		}
		Map<Integer, Geometry> polygons = new HashMap<>();
		outgoing.forEach((label, edges) -> polygons.put(label, assemble(rings(edges))));
		return polygons;
	}

	private int vertex(int i, int j) {
		return j * (nx + 1) + i;
	}

	private static void add(Map<Integer, Integer> edges, int vertex, int direction) {
		edges.merge(vertex, 1 << direction, (a, b) -> a | b);
	}

	private List<int[]> rings(Map<Integer, Integer> edges) {
		List<int[]> rings = new ArrayList<>();
		// start where a vertex has a single outgoing edge, so a ring never closes early at a corner touch
		IntPredicate single = v -> Integer.bitCount(edges.getOrDefault(v, 0)) == 1;
		for (int start : new ArrayList<>(edges.keySet())) {
			while (edges.containsKey(start) && single.test(start)) {
				rings.add(traceRing(edges, start));
			}
		}
		while (!edges.isEmpty()) {
			rings.add(traceRing(edges, edges.keySet().iterator().next()));
		}
		return rings;
	}

	/** Follows edges from {@code start} until back there; returns the corner vertices. */
	private int[] traceRing(Map<Integer, Integer> edges, int start) {
		List<Integer> corners = new ArrayList<>();
		int vertex = start;
		int first = Integer.numberOfTrailingZeros(edges.get(start));
		int heading = -1;
		do {
			int available = edges.get(vertex);
			int direction = heading < 0 ? first : turn(heading, available);
			int rest = available & ~(1 << direction);
			if (rest == 0) {
				edges.remove(vertex);
			}
			else {
				edges.put(vertex, rest);
			}
			if (direction != heading) {
				corners.add(vertex);
			}
			heading = direction;
			vertex = step(vertex, direction);
		}
		while (vertex != start);
		if (heading == first) {
			corners.remove(0); // the ring passes straight through its start: not a corner
		}
		return corners.stream().mapToInt(Integer::intValue).toArray();
	}

	private int directionBetween(int from, int to) {
		int fi = from % (nx + 1);
		int fj = from / (nx + 1);
		int ti = to % (nx + 1);
		int tj = to / (nx + 1);
		if (tj == fj) {
			return ti > fi ? EAST : WEST;
		}
		return tj > fj ? NORTH : SOUTH;
	}

	/** Left turn first, then straight on, then right. */
	private static int turn(int heading, int available) {
		int left = (heading + 1) % 4;
		int right = (heading + 3) % 4;
		for (int candidate : new int[] { left, heading, right }) {
			if ((available & (1 << candidate)) != 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("dead end in boundary trace");
	}

	private int step(int vertex, int direction) {
		return switch (direction) {
			case EAST -> vertex + 1;
			case NORTH -> vertex + nx + 1;
			case WEST -> vertex - 1;
			default -> vertex - nx - 1;
		};
	}

	private Geometry assemble(List<int[]> rings) {
		List<int[]> shells = new ArrayList<>();
		List<int[]> holes = new ArrayList<>();
		for (int[] ring : rings) {
			(signedArea(ring) > 0 ? shells : holes).add(ring);
		}
		List<Polygon> shellPolygons = shells.stream().map(s -> Geometries.FACTORY.createPolygon(linearRing(s))).toList();
		List<List<LinearRing>> holesOf = new ArrayList<>();
		shells.forEach(s -> holesOf.add(new ArrayList<>()));
		for (int[] hole : holes) {
			Coordinate inside = insideHole(hole);
			int owner = -1;
			for (int s = 0; s < shellPolygons.size(); s++) {
				if (shellPolygons.get(s).contains(Geometries.FACTORY.createPoint(inside))
						&& (owner < 0 || shellPolygons.get(s).getArea() < shellPolygons.get(owner).getArea())) {
					owner = s;
				}
			}
			holesOf.get(owner).add(linearRing(hole));
		}
		Polygon[] polygons = new Polygon[shells.size()];
		for (int s = 0; s < shells.size(); s++) {
			polygons[s] = Geometries.FACTORY.createPolygon(linearRing(shells.get(s)),
					holesOf.get(s).toArray(LinearRing[]::new));
		}
		Geometry geometry = polygons.length == 1 ? polygons[0] : Geometries.FACTORY.createMultiPolygon(polygons);
		return geometry.isValid() ? geometry : GeometryFixer.fix(geometry);
	}

	private long signedArea(int[] ring) {
		long twice = 0;
		for (int k = 0; k < ring.length; k++) {
			int a = ring[k];
			int b = ring[(k + 1) % ring.length];
			twice += (long) (a % (nx + 1)) * (b / (nx + 1)) - (long) (b % (nx + 1)) * (a / (nx + 1));
		}
		return twice;
	}

	/** A point half a cell to the right of the hole's first edge: inside the hole. */
	private Coordinate insideHole(int[] hole) {
		int a = hole[0];
		int b = hole[1];
		double i = a % (nx + 1);
		double j = a / (nx + 1);
		int direction = directionBetween(a, b);
		double mi = i + (direction == EAST ? 0.5 : direction == WEST ? -0.5 : 0);
		double mj = j + (direction == NORTH ? 0.5 : direction == SOUTH ? -0.5 : 0);
		// right of the heading: east → south, north → east, west → north, south → west
		mi += direction == NORTH ? 0.5 : direction == SOUTH ? -0.5 : 0;
		mj += direction == EAST ? -0.5 : direction == WEST ? 0.5 : 0;
		return lattice.coordinate(mi, mj);
	}

	private LinearRing linearRing(int[] corners) {
		Coordinate[] coordinates = new Coordinate[corners.length + 1];
		for (int k = 0; k < corners.length; k++) {
			coordinates[k] = lattice.coordinate(corners[k] % (nx + 1), corners[k] / (nx + 1));
		}
		coordinates[corners.length] = coordinates[0];
		return Geometries.FACTORY.createLinearRing(coordinates);
	}
}
