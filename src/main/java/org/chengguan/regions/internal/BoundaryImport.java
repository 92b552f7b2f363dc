package org.chengguan.regions.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionLevel;
import org.chengguan.regions.internal.RegionStore.StoredRegion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports real boundaries from a GeoJSON FeatureCollection of districts, streets, communities and grids, each
 * feature with {@code properties.code} and {@code properties.name}. Everything is checked before anything is
 * written, and then all of it is written in one transaction: a file with one bad feature changes nothing.
 * <p>
 * Checks: structure (Polygon/MultiPolygon, closed rings, positions in range), OGC validity (no self-intersection),
 * codes well-formed and unique, each code's parent present (in the file or already stored), each shape inside its
 * parent's, and no two siblings overlapping (tolerating {@value #TOLERANCE} of an area for digitising noise).
 */
@Component
public class BoundaryImport {

	static final double TOLERANCE = 0.001;

	private static final int MAX_ERRORS = 100;

	private final RegionStore store;

	private final TransactionTemplate transaction;

	private final JsonMapper json = JsonMapper.builder().build();

	BoundaryImport(RegionStore store, TransactionTemplate transaction) {
		this.store = store;
		this.transaction = transaction;
	}

	public record Result(int imported, Map<RegionLevel, Integer> byLevel, boolean dryRun) {
	}

	/** Validates and, unless {@code dryRun}, stores the features; the caller reloads the locating index. */
	public Result run(JsonNode collection, boolean dryRun) {
		if (collection == null || !"FeatureCollection".equals(collection.path("type").asString(""))
				|| !collection.path("features").isArray()) {
			throw new InvalidInputException("The body must be a GeoJSON FeatureCollection with a features array.");
		}
		JsonNode features = collection.get("features");
		if (features.isEmpty()) {
			throw new InvalidInputException("The FeatureCollection has no features.");
		}
		List<String> errors = new ArrayList<>();
		Map<String, Feature> byCode = new LinkedHashMap<>();
		java.util.Set<String> broken = new java.util.HashSet<>();
		for (int i = 0; i < features.size(); i++) {
			JsonNode feature = features.get(i);
			read(feature, i + 1, errors).ifPresentOrElse(f -> {
				if (byCode.putIfAbsent(f.code(), f) != null) {
					errors.add(f.where() + ": the code " + f.code() + " appears more than once in the file");
				}
			}, () -> broken.add(feature.path("properties").path("code").asString("")));
		}
		// the checks between features run on the sound ones, so one answer lists every fault of the file
		checkParents(byCode, broken, errors);
		checkSiblingOverlaps(byCode, errors);
		if (!errors.isEmpty()) {
			List<String> shown = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
			throw new UnprocessableException("The import was rejected as a whole, nothing was stored: " + errors.size()
					+ " error(s)" + (errors.size() > MAX_ERRORS ? ", the first " + MAX_ERRORS + " listed" : "") + ".",
					shown);
		}
		Map<RegionLevel, Integer> byLevel = new EnumMap<>(RegionLevel.class);
		byCode.values().forEach(f -> byLevel.merge(f.level(), 1, Integer::sum));
		if (!dryRun) {
			List<StoredRegion> rows = byCode.values().stream()
				.sorted(Comparator.comparingInt(f -> f.code().length()))
				.map(f -> new StoredRegion(new Region(f.code(), f.level(), f.name(), RegionLevel.parentCode(f.code())
					.orElse(null)), f.geometry(), Geometries.labelPoint(f.geometry()), false))
				.toList();
			transaction.executeWithoutResult(status -> store.upsert(rows));
		}
		return new Result(byCode.size(), byLevel, dryRun);
	}

	private Optional<Feature> read(JsonNode feature, int number, List<String> errors) {
		String code = feature.path("properties").path("code").asString("");
		String where = "feature " + number + (code.isEmpty() ? "" : " (" + code + ")");
		if (!"Feature".equals(feature.path("type").asString(""))) {
			errors.add(where + ": type must be Feature");
			return Optional.empty();
		}
		RegionLevel level;
		try {
			level = RegionLevel.ofCode(code);
		}
		catch (IllegalArgumentException e) {
			errors.add(where + ": properties.code: " + e.getMessage());
			return Optional.empty();
		}
		String name = feature.path("properties").path("name").asString("").strip();
		if (name.isEmpty()) {
			errors.add(where + ": properties.name is missing");
		}
		Geometry geometry = Geometries.read(feature.get("geometry"), where, errors);
		if (geometry == null) {
			return Optional.empty();
		}
		var validity = new IsValidOp(geometry).getValidationError();
		if (validity != null) {
			errors.add(where + ": invalid polygon: " + validity.getMessage() + " at ("
					+ validity.getCoordinate().x + ", " + validity.getCoordinate().y + ")");
			return Optional.empty();
		}
		if (geometry.getArea() == 0) {
			errors.add(where + ": the polygon has no area");
			return Optional.empty();
		}
		return name.isEmpty() ? Optional.empty() : Optional.of(new Feature(where, code, level, name, geometry));
	}

	private void checkParents(Map<String, Feature> byCode, java.util.Set<String> broken, List<String> errors) {
		Map<String, Geometry> storedParents = new HashMap<>();
		for (Feature f : byCode.values()) {
			Optional<String> parentCode = RegionLevel.parentCode(f.code());
			if (parentCode.isEmpty() || broken.contains(parentCode.get())) {
				continue; // a broken parent is reported already
			}
			Geometry parent = Optional.ofNullable(byCode.get(parentCode.get())).map(Feature::geometry)
				.orElseGet(() -> storedParents.computeIfAbsent(parentCode.get(), this::storedGeometry));
			if (parent == null) {
				errors.add(f.where() + ": its parent " + parentCode.get()
						+ " is neither in the file nor already stored (a code's first digits name its parent)");
				continue;
			}
			double outside = f.geometry().difference(parent).getArea() / f.geometry().getArea();
			if (outside > TOLERANCE) {
				errors.add(f.where() + ": " + percent(outside) + " of its area lies outside its parent " + parentCode.get());
			}
		}
	}

	private void checkSiblingOverlaps(Map<String, Feature> byCode, List<String> errors) {
		Map<String, List<Feature>> byParent = new HashMap<>();
		byCode.values().forEach(f -> byParent.computeIfAbsent(RegionLevel.parentCode(f.code()).orElse(""),
				p -> new ArrayList<>()).add(f));
		byParent.forEach((parentCode, imported) -> {
			Map<String, Geometry> siblings = new HashMap<>();
			if (!parentCode.isEmpty()) {
				store.childGeometries(parentCode).forEach((code, geometry) -> {
					if (!byCode.containsKey(code)) {
						siblings.put(code, parse(geometry));
					}
				});
			}
			imported.forEach(f -> siblings.put(f.code(), f.geometry()));
			var tree = new org.locationtech.jts.index.strtree.STRtree();
			siblings.forEach((code, geometry) -> tree.insert(geometry.getEnvelopeInternal(), code));
			for (Feature f : imported) {
				for (Object other : tree.query(f.geometry().getEnvelopeInternal())) {
					String otherCode = (String) other;
					boolean bothImported = byCode.containsKey(otherCode);
					if (otherCode.equals(f.code()) || (bothImported && otherCode.compareTo(f.code()) < 0)) {
						continue; // each imported pair once
					}
					Geometry g = siblings.get(otherCode);
					double overlap = f.geometry().intersection(g).getArea()
							/ Math.min(f.geometry().getArea(), g.getArea());
					if (overlap > TOLERANCE) {
						errors.add(f.where() + ": overlaps " + (bothImported ? "" : "the stored region ") + otherCode
								+ " by " + percent(overlap) + " of the smaller one's area");
					}
				}
			}
		});
	}

	private Geometry storedGeometry(String code) {
		return store.find(code).map(row -> parse(row.geometry())).orElse(null);
	}

	private Geometry parse(String geoJson) {
		return Geometries.read(json.readTree(geoJson), "stored", new ArrayList<>());
	}

	private static String percent(double fraction) {
		return String.format("%.2f%%", fraction * 100);
	}

	private record Feature(String where, String code, RegionLevel level, String name, Geometry geometry) {
	}
}
