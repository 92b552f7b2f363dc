package org.chengguan.regions.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.algorithm.InteriorPointArea;
import tools.jackson.databind.JsonNode;

/**
 * GeoJSON Polygon/MultiPolygon geometries ↔ JTS, with the checks an import needs, and areas in square metres.
 * Coordinates are (lon, lat) in WGS-84, kept to 7 decimals (about 1 cm).
 */
public final class Geometries {

	public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(1e7));

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	private Geometries() {
	}

	/**
	 * Reads a GeoJSON geometry object, adding a message to {@code errors} (prefixed by {@code where}) for each
	 * structural fault. Returns null when there was any.
	 */
	public static Geometry read(JsonNode geometry, String where, List<String> errors) {
		if (geometry == null || !geometry.isObject()) {
			errors.add(where + ": geometry is missing");
			return null;
		}
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.get("coordinates");
		if (coordinates == null || !coordinates.isArray()) {
			errors.add(where + ": geometry has no coordinates array");
			return null;
		}
		int before = errors.size();
		Geometry result = switch (type) {
			case "Polygon" -> polygon(coordinates, where, errors);
			case "MultiPolygon" -> {
				List<Polygon> parts = new ArrayList<>();
				for (int i = 0; i < coordinates.size(); i++) {
					parts.add(polygon(coordinates.get(i), where + " polygon " + (i + 1), errors));
				}
				if (parts.isEmpty()) {
					errors.add(where + ": MultiPolygon has no polygons");
				}
				yield errors.size() > before ? null : FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
			}
			default -> {
				errors.add(where + ": geometry type must be Polygon or MultiPolygon, was '" + type + "'");
				yield null;
			}
		};
		return errors.size() > before ? null : result;
	}

	private static Polygon polygon(JsonNode rings, String where, List<String> errors) {
		if (!rings.isArray() || rings.isEmpty()) {
			errors.add(where + ": a polygon needs at least its outer ring");
			return null;
		}
		List<LinearRing> linearRings = new ArrayList<>();
		for (int r = 0; r < rings.size(); r++) {
			String ringName = where + (r == 0 ? " outer ring" : " hole " + r);
			LinearRing ring = ring(rings.get(r), ringName, errors);
			if (ring != null) {
				linearRings.add(ring);
			}
		}
		if (linearRings.size() != rings.size()) {
			return null;
		}
		return FACTORY.createPolygon(linearRings.get(0), linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new));
	}

	private static LinearRing ring(JsonNode positions, String where, List<String> errors) {
		if (!positions.isArray() || positions.size() < 4) {
			errors.add(where + ": a ring needs at least 4 positions (the first repeated at the end)");
			return null;
		}
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < positions.size(); i++) {
			JsonNode p = positions.get(i);
			if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
				errors.add(where + ": position " + (i + 1) + " is not [lon, lat]");
				return null;
			}
			double lon = p.get(0).asDouble();
			double lat = p.get(1).asDouble();
			if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
				errors.add(where + ": position " + (i + 1) + " [" + lon + ", " + lat + "] is outside lon/lat range");
				return null;
			}
			coordinates[i] = new Coordinate(lon, lat);
			FACTORY.getPrecisionModel().makePrecise(coordinates[i]);
		}
		if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
			errors.add(where + ": ring is not closed (its last position must equal its first)");
			return null;
		}
		return FACTORY.createLinearRing(coordinates);
	}

	/** GeoJSON text of a Polygon or MultiPolygon. */
	public static String write(Geometry geometry) {
		StringBuilder json = new StringBuilder(64 + geometry.getNumPoints() * 24);
		if (geometry instanceof Polygon polygon) {
			json.append("{\"type\":\"Polygon\",\"coordinates\":");
			appendPolygon(json, polygon);
		}
		else {
			json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				if (i > 0) {
					json.append(',');
				}
				appendPolygon(json, (Polygon) geometry.getGeometryN(i));
			}
			json.append(']');
		}
		return json.append('}').toString();
	}

	private static void appendPolygon(StringBuilder json, Polygon polygon) {
		json.append('[');
		appendRing(json, polygon.getExteriorRing().getCoordinates());
		for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
			json.append(',');
			appendRing(json, polygon.getInteriorRingN(h).getCoordinates());
		}
		json.append(']');
	}

	private static void appendRing(StringBuilder json, Coordinate[] coordinates) {
		json.append('[');
		for (int i = 0; i < coordinates.length; i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append('[').append(round(coordinates[i].x)).append(',').append(round(coordinates[i].y)).append(']');
		}
		json.append(']');
	}

	private static String round(double degrees) {
		return java.math.BigDecimal.valueOf(Math.round(degrees * 1e7), 7).stripTrailingZeros().toPlainString();
	}

	/** Area on the sphere, via the sinusoidal projection (equal-area), in m². */
	public static double areaM2(Geometry lonLat) {
		Geometry projected = new GeometryTransformer() {
			@Override
			protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
					org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
				var copy = coords.copy();
				for (int i = 0; i < copy.size(); i++) {
					double lat = Math.toRadians(copy.getY(i));
					copy.setOrdinate(i, 0, EARTH_RADIUS_M * Math.toRadians(copy.getX(i)) * Math.cos(lat));
					copy.setOrdinate(i, 1, EARTH_RADIUS_M * lat);
				}
				return copy;
			}
		}.transform(lonLat);
		return projected.getArea();
	}

	/** A point guaranteed inside the geometry (the centroid of a concave shape may not be). */
	public static Coordinate labelPoint(Geometry geometry) {
		return InteriorPointArea.getInteriorPoint(geometry);
	}
}
