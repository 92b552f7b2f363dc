package org.chengguan.facilities.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.OpeningHours;
import org.chengguan.facilities.PortKind;
import org.chengguan.facilities.PortState;
import org.chengguan.facilities.internal.NewFacility.NewPort;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * The checks of one imported facility: code, name, type, the point (in any of the three coordinate systems, inside
 * the city), opening hours, numbers, a parking lot's capacity, a charging station's ports {@code AC:7|DC:120}.
 */
@Component
public class ImportChecks {

	private final RegionDirectory regions;

	ImportChecks(RegionDirectory regions) {
		this.regions = regions;
	}

	/**
	 * The row as a facility to store, or empty with its faults added to {@code errors} (each prefixed with where the
	 * row is in the file). The point must lie inside the city: it is located with the regions module.
	 */
	public Optional<NewFacility> read(ImportRow row, List<String> errors) {
		int before = errors.size();
		String w = row.where() + ": ";
		for (String structural : List.of("geometry-error", "row-error")) {
			if (row.text(structural) != null) {
				errors.add(w + row.text(structural));
			}
		}
		String code = row.text("code");
		if (code == null || !code.matches("[A-Za-z0-9_.:\\-]{1,64}")) {
			errors.add(w + "code is required: 1–64 letters, digits or _ . : -" + (code == null ? "" : ", was '" + code + "'"));
		}
		String name = row.text("name");
		if (name == null || name.length() > 200) {
			errors.add(w + "name is required (at most 200 characters)");
		}
		FacilityType type = null;
		try {
			type = FacilityType.valueOf(String.valueOf(row.text("type")).toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(w + "type must be one of " + List.of(FacilityType.values()) + ", was '" + row.text("type") + "'");
		}
		GeoPoint point = point(row, w, errors);
		Optional<Location> location = Optional.empty();
		if (point != null) {
			location = regions.locate(point);
			if (location.isEmpty()) {
				errors.add(w + "the point (" + point.lat() + ", " + point.lon() + ") lies outside the city");
			}
		}
		String hours = hours(row, "hours", "24/7", w, errors);
		String sharing = hours(row, "sharing_hours", null, w, errors);
		Integer capacity = integer(row, "capacity", w, errors);
		Integer pitches = integer(row, "pitches", w, errors);
		Boolean government = bool(row, "government_lot", w, errors);
		List<NewPort> ports = ports(row, w, errors);
		if (type == FacilityType.PARKING && capacity == null) {
			errors.add(w + "a PARKING facility needs its capacity");
		}
		if (type == FacilityType.EV_CHARGING && (ports == null || ports.isEmpty())) {
			errors.add(w + "an EV_CHARGING facility needs its ports (e.g. AC:7|DC:60)");
		}
		if (type != null && type != FacilityType.EV_CHARGING && ports != null && !ports.isEmpty()) {
			errors.add(w + "only EV_CHARGING facilities have ports");
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		Location at = location.orElseThrow();
		boolean parking = type == FacilityType.PARKING;
		return Optional.of(new NewFacility(code, name, type, point.lat(), point.lon(),
				Optional.ofNullable(row.text("address")).orElse(""), at.street().code(),
				at.community().map(c -> c.code()).orElse(null), hours, hours.equals("24/7"),
				Optional.ofNullable(row.list("features")).orElse(List.of()), row.text("contact"), parking ? capacity : null,
				null, parking ? row.text("fee") : null, parking ? Boolean.TRUE.equals(government) : null,
				parking ? sharing : null, pitches, row.list("goods"), type == FacilityType.EV_CHARGING ? ports : null,
				null));
	}

	private static GeoPoint point(ImportRow row, String w, List<String> errors) {
		Double lat = number(row.text("lat"), w + "lat", -90, 90, errors);
		Double lon = number(row.text("lon"), w + "lon", -180, 180, errors);
		Crs crs = Crs.WGS84;
		if (row.text("crs") != null) {
			try {
				crs = Crs.parse(row.text("crs"));
			}
			catch (IllegalArgumentException e) {
				errors.add(w + "crs: " + e.getMessage());
				return null;
			}
		}
		return lat == null || lon == null ? null : crs.toWgs84(lat, lon);
	}

	private static Double number(String text, String what, double min, double max, List<String> errors) {
		if (text == null) {
			errors.add(what + " is required");
			return null;
		}
		try {
			double v = Double.parseDouble(text);
			if (!(v >= min && v <= max)) {
				errors.add(what + " must be within [" + (int) min + ", " + (int) max + "], was " + text);
				return null;
			}
			return v;
		}
		catch (NumberFormatException e) {
			errors.add(what + " is not a number: '" + text + "'");
			return null;
		}
	}

	private static String hours(ImportRow row, String key, String fallback, String w, List<String> errors) {
		String text = row.text(key);
		if (text == null) {
			return fallback;
		}
		try {
			return OpeningHours.parse(text).text();
		}
		catch (IllegalArgumentException e) {
			errors.add(w + key + ": " + e.getMessage());
			return fallback;
		}
	}

	private static Integer integer(ImportRow row, String key, String w, List<String> errors) {
		String text = row.text(key);
		if (text == null) {
			return null;
		}
		try {
			int v = Integer.parseInt(text);
			if (v < 0 || v > 1_000_000) {
				errors.add(w + key + " must be within [0, 1000000], was " + text);
				return null;
			}
			return v;
		}
		catch (NumberFormatException e) {
			errors.add(w + key + " is not a whole number: '" + text + "'");
			return null;
		}
	}

	private static Boolean bool(ImportRow row, String key, String w, List<String> errors) {
		String text = row.text(key);
		if (text == null) {
			return null;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1", "是" -> true;
			case "false", "no", "0", "否" -> false;
			default -> {
				errors.add(w + key + " must be true or false, was '" + text + "'");
				yield null;
			}
		};
	}

	private static List<NewPort> ports(ImportRow row, String w, List<String> errors) {
		List<String> specs = row.list("ports");
		if (specs == null) {
			return null;
		}
		if (specs.size() > 500) {
			errors.add(w + "at most 500 ports per station");
			return null;
		}
		List<NewPort> ports = new ArrayList<>();
		for (String spec : specs) {
			String[] parts = spec.split(":");
			try {
				PortKind kind = PortKind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
				BigDecimal kw = new BigDecimal(parts[1].strip());
				if (parts.length != 2 || kw.signum() <= 0 || kw.compareTo(BigDecimal.valueOf(1000)) > 0) {
					throw new IllegalArgumentException();
				}
				ports.add(new NewPort(kind, kw, PortState.OFFLINE));
			}
			catch (RuntimeException e) {
				errors.add(w + "the port '" + spec + "' is not KIND:kW (AC or DC, 0 < kW ≤ 1000)");
			}
		}
		return ports;
	}
}
