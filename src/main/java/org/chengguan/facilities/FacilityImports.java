package org.chengguan.facilities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chengguan.facilities.internal.Csv;
import org.chengguan.facilities.internal.ImportWriter;
import org.chengguan.facilities.internal.NewFacility;
import org.chengguan.facilities.internal.NewFacility.NewPort;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports facilities from CSV or GeoJSON (导入): every row is checked first — fields, types, numbers, opening hours,
 * the point inside the city (located with the regions module) — and only a file without a fault is written, in one
 * transaction. A rejected file is one 422 listing every fault (the first {@value #MAX_ERRORS}).
 */
@Service
public class FacilityImports {

	static final int MAX_ERRORS = 200;

	static final int MAX_ROWS = 200_000;

	static final List<String> COLUMNS = List.of("code", "name", "type", "lat", "lon", "crs", "address", "hours",
			"features", "contact", "capacity", "fee", "government_lot", "sharing_hours", "pitches", "goods", "ports");

	private final RegionDirectory regions;

	private final ImportWriter writer;

	private final TransactionTemplate transaction;

	private final java.time.Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	FacilityImports(RegionDirectory regions, ImportWriter writer, TransactionTemplate transaction,
			java.time.Clock clock) {
		this.regions = regions;
		this.writer = writer;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What an import did (or, with dryRun, would do). */
	public record Result(int imported, int added, int updated, Map<FacilityType, Integer> byType, boolean dryRun) {
	}

	public Result csv(String text, boolean dryRun) {
		List<List<String>> records;
		try {
			records = Csv.parse(text == null ? "" : text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("The CSV cannot be read: " + e.getMessage());
		}
		if (records.size() < 2) {
			throw new InvalidInputException("The CSV needs a header row and at least one facility.");
		}
		List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		List<String> unknown = header.stream().filter(h -> !COLUMNS.contains(h)).toList();
		if (!unknown.isEmpty() || !header.containsAll(List.of("code", "name", "type", "lat", "lon"))) {
			throw new InvalidInputException("The CSV header must name columns from " + COLUMNS
					+ ", with code, name, type, lat and lon" + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
		}
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> record = records.get(r);
			Map<String, Object> values = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				String value = c < record.size() ? record.get(c).strip() : "";
				if (!value.isEmpty()) {
					boolean list = Set.of("features", "goods", "ports").contains(header.get(c));
					values.put(header.get(c), list ? Arrays.stream(value.split("\\|")).map(String::strip).toList() : value);
				}
			}
			if (record.size() > header.size()) {
				values.put("row-error", "it has " + record.size() + " fields, the header " + header.size()
						+ " (quote fields that hold commas)");
			}
			rows.add(new Row("row " + (r + 1), values));
		}
		return run(rows, dryRun);
	}

	public Result geojson(String text, boolean dryRun) {
		JsonNode collection;
		try {
			collection = json.readTree(text == null ? "" : text);
		}
		catch (JacksonException e) {
			throw new InvalidInputException("The body is not JSON: " + e.getOriginalMessage());
		}
		if (collection == null || !"FeatureCollection".equals(collection.path("type").asString(""))
				|| !collection.path("features").isArray()) {
			throw new InvalidInputException("The body must be a GeoJSON FeatureCollection with a features array.");
		}
		List<Row> rows = new ArrayList<>();
		JsonNode features = collection.get("features");
		for (int i = 0; i < features.size(); i++) {
			JsonNode feature = features.get(i);
			Map<String, Object> values = new LinkedHashMap<>();
			String where = "feature " + (i + 1);
			JsonNode geometry = feature.path("geometry");
			JsonNode coordinates = geometry.path("coordinates");
			if (!"Point".equals(geometry.path("type").asString("")) || coordinates.size() < 2
					|| !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
				values.put("geometry-error", "the geometry must be a Point with [lon, lat]");
			}
			else {
				values.put("lon", coordinates.get(0).asString());
				values.put("lat", coordinates.get(1).asString());
			}
			for (var entry : feature.path("properties").properties()) {
				JsonNode v = entry.getValue();
				if (v.isNull()) {
					continue;
				}
				if (v.isArray()) {
					List<String> items = new ArrayList<>();
					for (JsonNode item : v) {
						items.add(item.isObject() ? item.path("kind").asString("") + ":" + item.path("powerKw").asString("")
								: item.asString());
					}
					values.put(entry.getKey().toLowerCase(Locale.ROOT), items);
				}
				else {
					values.put(entry.getKey().toLowerCase(Locale.ROOT), v.asString());
				}
			}
			rows.add(new Row(where, values));
		}
		return run(rows, dryRun);
	}

	private record Row(String where, Map<String, Object> values) {

		String text(String key) {
			Object v = values.get(key);
			return v instanceof String s && !s.isBlank() ? s.strip() : null;
		}

		List<String> list(String key) {
			Object v = values.get(key);
			return v instanceof List<?> l ? l.stream().map(Object::toString).filter(s -> !s.isBlank()).toList()
					: v instanceof String s ? List.of(s) : null;
		}
	}

	private Result run(List<Row> rows, boolean dryRun) {
		if (rows.isEmpty()) {
			throw new InvalidInputException("The file has no facilities.");
		}
		if (rows.size() > MAX_ROWS) {
			throw new InvalidInputException("At most " + MAX_ROWS + " facilities per import, the file has " + rows.size());
		}
		List<String> errors = new ArrayList<>();
		List<NewFacility> valid = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (Row row : rows) {
			read(row, errors).ifPresent(f -> {
				if (!codes.add(f.code())) {
					errors.add(row.where() + ": the code " + f.code() + " appears more than once in the file");
				}
				valid.add(f);
			});
		}
		if (!errors.isEmpty()) {
			List<String> shown = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
			throw new UnprocessableException("The import was rejected as a whole, nothing was stored: " + errors.size()
					+ " fault(s) in " + rows.size() + " row(s).", shown);
		}
		Map<FacilityType, Integer> byType = new EnumMap<>(FacilityType.class);
		valid.forEach(f -> byType.merge(f.type(), 1, Integer::sum));
		int existing = writer.existing(codes);
		if (!dryRun) {
			transaction.executeWithoutResult(status -> writer.write(valid, clock.instant()));
		}
		return new Result(valid.size(), valid.size() - existing, existing, byType, dryRun);
	}

	private Optional<NewFacility> read(Row row, List<String> errors) {
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

	private static GeoPoint point(Row row, String w, List<String> errors) {
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

	private static String hours(Row row, String key, String fallback, String w, List<String> errors) {
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

	private static Integer integer(Row row, String key, String w, List<String> errors) {
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

	private static Boolean bool(Row row, String key, String w, List<String> errors) {
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

	private static List<NewPort> ports(Row row, String w, List<String> errors) {
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
