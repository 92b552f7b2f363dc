package org.chengguan.facilities.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.facilities.FacilityDirectory;
import org.chengguan.facilities.FacilityHit;
import org.chengguan.facilities.FacilityQuery;
import org.chengguan.facilities.FaultReports;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.worktime.WorkingTime;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "facilities", description = "便民地图: markets, stalls, toilets, parking, EV charging, live state")
@RestController
class FacilityController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final FacilityDirectory directory;

	private final WorkingTime workingTime;

	private final FaultReports faultReports;

	FacilityController(FacilityDirectory directory, WorkingTime workingTime, FaultReports faultReports) {
		this.directory = directory;
		this.workingTime = workingTime;
		this.faultReports = faultReports;
	}

	record FacilityList(int count, List<FacilityJson> items) {
	}

	@Operation(summary = "Find facilities: nearest first with distances in metres when a point is given",
			description = "type: one or more of the type codes, comma-separated. lat/lon in crs (wgs84, gcj02, bd09). "
					+ "radius in metres (needs lat/lon, ≤ 50 km). bbox = minLon,minLat,maxLon,maxLat in crs. "
					+ "openAt = now, an ISO date-time with offset, or a local date-time of the city. available=true: "
					+ "parking with free spaces or charging with free ports now (portKind=AC|DC: a free port of that "
					+ "kind). q: text in the name or address. limit 1–500 (default 20).")
	@GetMapping("/api/v1/facilities")
	FacilityList search(@RequestParam(required = false) String type, @RequestParam(required = false) String lat,
			@RequestParam(required = false) String lon, @RequestParam(required = false) String crs,
			@RequestParam(required = false) String radius, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String openAt, @RequestParam(required = false) String available,
			@RequestParam(required = false) String portKind, @RequestParam(required = false) String q,
			@RequestParam(required = false) String bbox) {
		Instant now = directory.now();
		FacilityQuery query = QueryParameters.read(type, lat, lon, crs, radius, limit, openAt, available, portKind, q,
				bbox, 20, 500, now, workingTime.zone());
		List<FacilityJson> items = directory.search(query).stream().map(h -> FacilityJson.of(h, directory, now)).toList();
		return new FacilityList(items.size(), items);
	}

	@Operation(summary = "The same search as a GeoJSON FeatureCollection (export of any query)",
			description = "Parameters as GET /api/v1/facilities; limit 1–50,000 (default 1,000). Coordinates WGS-84.")
	@GetMapping(value = "/api/v1/facilities.geojson", produces = { "application/geo+json", "application/json" })
	ResponseEntity<Map<String, Object>> geojson(@RequestParam(required = false) String type,
			@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
			@RequestParam(required = false) String crs, @RequestParam(required = false) String radius,
			@RequestParam(required = false) String limit, @RequestParam(required = false) String openAt,
			@RequestParam(required = false) String available, @RequestParam(required = false) String portKind,
			@RequestParam(required = false) String q, @RequestParam(required = false) String bbox) {
		Instant now = directory.now();
		FacilityQuery query = QueryParameters.read(type, lat, lon, crs, radius, limit, openAt, available, portKind, q,
				bbox, 1_000, 50_000, now, workingTime.zone());
		List<Map<String, Object>> features = new ArrayList<>();
		for (FacilityHit hit : directory.search(query)) {
			features.add(feature(FacilityJson.of(hit, directory, now)));
		}
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return ResponseEntity.ok().contentType(GEO_JSON).body(collection);
	}

	private static Map<String, Object> feature(FacilityJson f) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("id", f.id());
		properties.put("code", f.code());
		properties.put("name", f.name());
		properties.put("type", f.type());
		putIfPresent(properties, "distanceMetres", f.distanceMetres());
		properties.put("address", f.address());
		putIfPresent(properties, "streetCode", f.streetCode());
		putIfPresent(properties, "communityCode", f.communityCode());
		properties.put("hours", f.hours());
		properties.put("openNow", f.openNow());
		properties.put("features", f.features());
		putIfPresent(properties, "contact", f.contact());
		putIfPresent(properties, "parking", f.parking());
		putIfPresent(properties, "charging", f.charging());
		putIfPresent(properties, "stalls", f.stalls());
		putIfPresent(properties, "liveUpdatedAt", f.liveUpdatedAt());
		putIfPresent(properties, "faultCategory", f.faultCategory());
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("id", f.id());
		feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(f.lon(), f.lat())));
		feature.put("properties", properties);
		return feature;
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	@Operation(summary = "One facility with its live state and, for charging stations, every port",
			description = "With faultCategory (the category of a fault report about it) and openReports: how many "
					+ "citizens' reports about it (POST /api/v1/cases with subject facility:{id}) are open now.")
	@GetMapping("/api/v1/facilities/{id}")
	FacilityJson facility(@PathVariable String id) {
		long facilityId = id(id);
		Instant now = directory.now();
		return directory.find(facilityId)
			.map(f -> FacilityJson.of(new FacilityHit(f, null), directory, now)
				.withOpenReports(faultReports.openReports(facilityId)))
			.orElseThrow(() -> new NotFoundException("There is no facility " + facilityId + "."));
	}

	static long id(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("A facility id is a number, was '" + id + "'");
		}
	}

	record ClusterList(double cellMetres, int total, List<FacilityDirectory.Cluster> clusters) {
	}

	@Operation(summary = "Facilities in a box counted in cells, for the map at low zoom",
			description = "bbox is required; zoom (0–20, web-map levels) sets the cell: about 64 screen pixels. "
					+ "Other parameters filter as in GET /api/v1/facilities. A cluster of one carries its facility's id.")
	@GetMapping("/api/v1/facilities/clusters")
	ClusterList clusters(@RequestParam(required = false) String bbox, @RequestParam(required = false) String zoom,
			@RequestParam(required = false) String type, @RequestParam(required = false) String crs,
			@RequestParam(required = false) String available, @RequestParam(required = false) String portKind,
			@Parameter(description = "text in the name or address") @RequestParam(required = false) String q) {
		List<String> errors = new ArrayList<>();
		if (bbox == null || bbox.isBlank()) {
			errors.add("bbox: required for clusters");
		}
		Double z = QueryParameters.number(zoom == null ? "12" : zoom, "zoom", 0, 20, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("Invalid query: " + String.join("; ", errors), errors);
		}
		FacilityQuery query = QueryParameters.read(type, null, null, crs, null, null, null, available, portKind, q,
				bbox, 1, 1, directory.now(), workingTime.zone());
		// a web-map tile of 256 px spans the equator's 40,075 km / 2^zoom; 64 px at the city's latitude
		double cell = 40_075_016.7 / Math.pow(2, Math.floor(z)) / 256 * 64 * Math.cos(Math.toRadians(34));
		var clusters = directory.clusters(query, cell);
		return new ClusterList(Math.round(cell * 10) / 10.0, clusters.stream().mapToInt(FacilityDirectory.Cluster::count).sum(),
				clusters);
	}

	record CoverageReport(String region, int communities, int stations, int ports, int acPorts, int dcPorts,
			int freePorts, List<FacilityDirectory.Coverage> byCommunity) {
	}

	@Operation(summary = "EV charging coverage (充电覆盖) under a region: stations and ports per community",
			description = "region: a region code (default the city, 3406). Where communities are not mapped (towns) "
					+ "the row is the town's street code.")
	@GetMapping("/api/v1/facilities/charging-coverage")
	CoverageReport coverage(@RequestParam(defaultValue = "3406") String region) {
		if (!region.matches("\\d{4,15}")) {
			throw new InvalidInputException("region must be a region code (4–15 digits), was '" + region + "'");
		}
		var rows = directory.chargingCoverage(region);
		return new CoverageReport(region, rows.size(), rows.stream().mapToInt(FacilityDirectory.Coverage::stations).sum(),
				rows.stream().mapToInt(FacilityDirectory.Coverage::ports).sum(),
				rows.stream().mapToInt(FacilityDirectory.Coverage::acPorts).sum(),
				rows.stream().mapToInt(FacilityDirectory.Coverage::dcPorts).sum(),
				rows.stream().mapToInt(FacilityDirectory.Coverage::freePorts).sum(), rows);
	}
}
