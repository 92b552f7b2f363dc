package org.chengguan.regions.internal;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Finds which of a set of non-overlapping polygons holds a point, in constant time for most points.
 * <p>
 * A uniform raster covers the polygons' extent. A raster cell lying wholly inside one polygon answers directly;
 * a cell that a boundary crosses keeps the few polygons it touches, tested exactly with {@link Shape}. The cell
 * size is chosen from the number of polygons so that most cells are of the first kind.
 */
final class PlanarIndex {

	private static final int[] NONE = new int[0];

	private static final int MAX_CELLS = 4_000_000;

	private final Shape[] shapes;

	private final double minX;

	private final double minY;

	private final double cellW;

	private final double cellH;

	private final int nx;

	private final int ny;

	/** per cell: the polygon covering it wholly, or -1 */
	private final int[] covering;

	/** per cell: the polygons its area touches, when none covers it wholly */
	private final int[][] candidates;

	PlanarIndex(List<Geometry> polygons) {
		shapes = polygons.stream().map(Shape::new).toArray(Shape[]::new);
		Envelope extent = new Envelope();
		double areaSum = 0;
		for (Geometry polygon : polygons) {
			extent.expandToInclude(polygon.getEnvelopeInternal());
			areaSum += polygon.getEnvelopeInternal().getArea();
		}
		if (polygons.isEmpty()) {
			extent = new Envelope(0, 1, 0, 1);
		}
		// about four cells along each side of a typical polygon, within the memory cap
		double typicalSide = polygons.isEmpty() ? 1 : Math.sqrt(areaSum / polygons.size());
		double cell = Math.max(typicalSide / 4, Math.sqrt(extent.getArea() / MAX_CELLS));
		minX = extent.getMinX();
		minY = extent.getMinY();
		nx = Math.max(1, (int) Math.ceil(extent.getWidth() / cell));
		ny = Math.max(1, (int) Math.ceil(extent.getHeight() / cell));
		cellW = Math.max(extent.getWidth() / nx, Double.MIN_NORMAL);
		cellH = Math.max(extent.getHeight() / ny, Double.MIN_NORMAL);
		covering = new int[nx * ny];
		Arrays.fill(covering, -1);
		candidates = new int[nx * ny][];
		Arrays.fill(candidates, NONE);
		GeometryFactory factory = new GeometryFactory();
		for (int id = 0; id < polygons.size(); id++) {
			register(id, PreparedGeometryFactory.prepare(polygons.get(id)), factory);
		}
	}

	private void register(int id, PreparedGeometry polygon, GeometryFactory factory) {
		Envelope env = polygon.getGeometry().getEnvelopeInternal();
		int x0 = column(env.getMinX());
		int x1 = column(env.getMaxX());
		int y0 = row(env.getMinY());
		int y1 = row(env.getMaxY());
		for (int y = y0; y <= y1; y++) {
			for (int x = x0; x <= x1; x++) {
				Geometry cell = factory.toGeometry(new Envelope(minX + x * cellW, minX + (x + 1) * cellW,
						minY + y * cellH, minY + (y + 1) * cellH));
				int index = y * nx + x;
				if (polygon.covers(cell)) {
					covering[index] = id;
				}
				else if (polygon.intersects(cell)) {
					int[] old = candidates[index];
					int[] grown = Arrays.copyOf(old, old.length + 1);
					grown[old.length] = id;
					candidates[index] = grown;
				}
			}
		}
	}

	/** The index of the polygon holding (x, y), or -1. */
	int find(double x, double y) {
		int cx = (int) Math.floor((x - minX) / cellW);
		int cy = (int) Math.floor((y - minY) / cellH);
		if (cx < 0 || cy < 0 || cx > nx || cy > ny) {
			return -1;
		}
		// a point on the far edge of the extent belongs to the last cell
		int index = Math.min(cy, ny - 1) * nx + Math.min(cx, nx - 1);
		int cover = covering[index];
		if (cover >= 0) {
			return cover;
		}
		for (int id : candidates[index]) {
			if (shapes[id].contains(x, y)) {
				return id;
			}
		}
		return -1;
	}

	int size() {
		return shapes.length;
	}

	private int column(double x) {
		return Math.min(nx - 1, Math.max(0, (int) Math.floor((x - minX) / cellW)));
	}

	private int row(double y) {
		return Math.min(ny - 1, Math.max(0, (int) Math.floor((y - minY) / cellH)));
	}
}
