package org.chengguan.facilities.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.chengguan.facilities.BoundingBox;
import org.chengguan.facilities.FacilityQuery;
import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.PortKind;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.InvalidInputException;

/**
 * The query string of the facility searches, read into a {@link FacilityQuery}: every fault found is listed in one
 * 400 problem. Points and boxes may be sent in WGS-84, GCJ-02 or BD-09 ({@code crs}) and are converted to WGS-84.
 */
final class QueryParameters {

	static final double MAX_RADIUS = 50_000;

	static final int MAX_TEXT = 100;

	private QueryParameters() {
	}

	static FacilityQuery read(String type, String lat, String lon, String crs, String radius, String limit,
			String openAt, String available, String portKind, String q, String bbox, int defaultLimit, int maxLimit,
			Instant now, ZoneId zone) {
		List<String> errors = new ArrayList<>();
		Crs system = Crs.WGS84;
		if (crs != null && !crs.isBlank()) {
			try {
				system = Crs.parse(crs.strip());
			}
			catch (IllegalArgumentException e) {
				errors.add("crs: " + e.getMessage());
			}
		}
		Set<FacilityType> types = types(type, errors);
		GeoPoint near = point(lat, lon, system, errors);
		Double radiusMetres = number(radius, "radius", 0.001, MAX_RADIUS, errors);
		if (radiusMetres != null && near == null && lat == null && lon == null) {
			errors.add("radius: a radius needs a point (lat and lon)");
		}
		Double count = number(limit, "limit", 1, maxLimit, errors);
		if (count != null && count != Math.rint(count)) {
			errors.add("limit: must be a whole number, was " + limit);
		}
		Instant at = instant(openAt, now, zone, errors);
		boolean onlyAvailable = bool(available, "available", errors);
		PortKind kind = null;
		if (portKind != null && !portKind.isBlank()) {
			try {
				kind = PortKind.valueOf(portKind.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				errors.add("portKind: must be AC or DC, was '" + portKind + "'");
			}
		}
		if (q != null && q.strip().length() > MAX_TEXT) {
			errors.add("q: at most " + MAX_TEXT + " characters");
		}
		BoundingBox box = bbox(bbox, system, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Invalid query: " + String.join("; ", errors), errors);
		}
		return new FacilityQuery(types, near, radiusMetres, box, at, onlyAvailable || kind != null, kind,
				q == null || q.isBlank() ? null : q.strip(), count == null ? defaultLimit : count.intValue());
	}

	private static Set<FacilityType> types(String type, List<String> errors) {
		Set<FacilityType> types = EnumSet.noneOf(FacilityType.class);
		if (type == null || type.isBlank()) {
			return types;
		}
		for (String name : type.split(",")) {
			try {
				types.add(FacilityType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				errors.add("type: unknown type '" + name.strip() + "'; known: " + List.of(FacilityType.values()));
			}
		}
		return types;
	}

	private static GeoPoint point(String lat, String lon, Crs crs, List<String> errors) {
		if (lat == null && lon == null) {
			return null;
		}
		if (lat == null || lon == null) {
			errors.add((lat == null ? "lat" : "lon") + ": lat and lon come together");
			return null;
		}
		Double la = number(lat, "lat", -90, 90, errors);
		Double lo = number(lon, "lon", -180, 180, errors);
		return la == null || lo == null ? null : crs.toWgs84(la, lo);
	}

	private static BoundingBox bbox(String bbox, Crs crs, List<String> errors) {
		if (bbox == null || bbox.isBlank()) {
			return null;
		}
		String[] parts = bbox.split(",");
		if (parts.length != 4) {
			errors.add("bbox: must be minLon,minLat,maxLon,maxLat, was '" + bbox + "'");
			return null;
		}
		Double minLon = number(parts[0], "bbox minLon", -180, 180, errors);
		Double minLat = number(parts[1], "bbox minLat", -90, 90, errors);
		Double maxLon = number(parts[2], "bbox maxLon", -180, 180, errors);
		Double maxLat = number(parts[3], "bbox maxLat", -90, 90, errors);
		if (minLon == null || minLat == null || maxLon == null || maxLat == null) {
			return null;
		}
		if (minLon > maxLon || minLat > maxLat) {
			errors.add("bbox: min must not exceed max (minLon,minLat,maxLon,maxLat), was '" + bbox + "'");
			return null;
		}
		GeoPoint sw = crs.toWgs84(minLat, minLon);
		GeoPoint ne = crs.toWgs84(maxLat, maxLon);
		return new BoundingBox(Math.min(sw.lon(), ne.lon()), Math.min(sw.lat(), ne.lat()), Math.max(sw.lon(), ne.lon()),
				Math.max(sw.lat(), ne.lat()));
	}

	static Double number(String text, String name, double min, double max, List<String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.strip());
			if (!(value >= min && value <= max)) {
				errors.add(name + ": must be within [" + fmt(min) + ", " + fmt(max) + "], was " + text.strip());
				return null;
			}
			return value;
		}
		catch (NumberFormatException e) {
			errors.add(name + ": not a number: '" + text.strip() + "'");
			return null;
		}
	}

	private static String fmt(double d) {
		return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
	}

	private static boolean bool(String text, String name, List<String> errors) {
		if (text == null || text.isBlank()) {
			return false;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "true", "1", "yes" -> true;
			case "false", "0", "no" -> false;
			default -> {
				errors.add(name + ": must be true or false, was '" + text.strip() + "'");
				yield false;
			}
		};
	}

	/** now, an instant with an offset (2026-10-01T09:00:00+08:00, …Z), or a local time of the city. */
	private static Instant instant(String text, Instant now, ZoneId zone, List<String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		if (t.equalsIgnoreCase("now")) {
			return now;
		}
		try {
			return OffsetDateTime.parse(t).toInstant();
		}
		catch (DateTimeException e) {
			try {
				return LocalDateTime.parse(t).atZone(zone).toInstant();
			}
			catch (DateTimeException e2) {
				errors.add("openAt: must be now, an ISO-8601 date-time with offset (2026-10-01T09:00:00+08:00) or a "
						+ "local one of the city (2026-10-01T09:00), was '" + t + "'");
				return null;
			}
		}
	}
}
