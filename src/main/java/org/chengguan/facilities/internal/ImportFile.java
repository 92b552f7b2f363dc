package org.chengguan.facilities.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.chengguan.platform.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an import file into {@link ImportRow}s: CSV with a header row (lists separated by {@code |}), or a GeoJSON
 * FeatureCollection of Points with the same properties (lists as arrays, ports as {@code {kind, powerKw}}). A file
 * that cannot be read at all is an {@link InvalidInputException}; faults of single rows are left to the checks.
 */
public final class ImportFile {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> LISTS = Set.of("features", "goods", "ports");

	private ImportFile() {
	}

	/**
	 * @param columns the column names a header may use
	 * @param required the columns a header must have
	 */
	public static List<ImportRow> csv(String text, List<String> columns, List<String> required) {
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
		List<String> unknown = header.stream().filter(h -> !columns.contains(h)).toList();
		if (!unknown.isEmpty() || !header.containsAll(required)) {
			throw new InvalidInputException("The CSV header must name columns from " + columns + ", with "
					+ String.join(", ", required) + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
		}
		List<ImportRow> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> record = records.get(r);
			Map<String, Object> values = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				String value = c < record.size() ? record.get(c).strip() : "";
				if (!value.isEmpty()) {
					values.put(header.get(c), LISTS.contains(header.get(c))
							? Arrays.stream(value.split("\\|")).map(String::strip).toList() : value);
				}
			}
			if (record.size() > header.size()) {
				values.put("row-error", "it has " + record.size() + " fields, the header " + header.size()
						+ " (quote fields that hold commas)");
			}
			rows.add(new ImportRow("row " + (r + 1), values));
		}
		return rows;
	}

	public static List<ImportRow> geojson(String text) {
		JsonNode collection;
		try {
			collection = JSON.readTree(text == null ? "" : text);
		}
		catch (JacksonException e) {
			throw new InvalidInputException("The body is not JSON: " + e.getOriginalMessage());
		}
		if (collection == null || !"FeatureCollection".equals(collection.path("type").asString(""))
				|| !collection.path("features").isArray()) {
			throw new InvalidInputException("The body must be a GeoJSON FeatureCollection with a features array.");
		}
		List<ImportRow> rows = new ArrayList<>();
		JsonNode features = collection.get("features");
		for (int i = 0; i < features.size(); i++) {
			rows.add(feature(features.get(i), "feature " + (i + 1)));
		}
		return rows;
	}

	private static ImportRow feature(JsonNode feature, String where) {
		Map<String, Object> values = new LinkedHashMap<>();
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
		return new ImportRow(where, values);
	}
}
