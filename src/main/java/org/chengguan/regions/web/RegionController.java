package org.chengguan.regions.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.RegionLevel;
import org.chengguan.regions.internal.RegionStore;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "regions")
@RestController
class RegionController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final RegionDirectory directory;

	private final RegionStore store;

	RegionController(RegionDirectory directory, RegionStore store) {
		this.directory = directory;
		this.store = store;
	}

	@Operation(summary = "The top of the hierarchy: the city or cities mapped")
	@GetMapping("/api/v1/regions")
	List<RegionSummary> roots() {
		return store.roots().stream().map(RegionSummary::of).toList();
	}

	@Operation(summary = "A region with its parent, children, service points and GeoJSON geometry")
	@GetMapping("/api/v1/regions/{code}")
	RegionResponse region(@PathVariable String code) {
		validate(code);
		var row = store.find(code).orElseThrow(() -> new NotFoundException("No region has the code " + code + "."));
		Region region = row.region();
		return new RegionResponse(region.code(), region.name(), region.level().name(),
				region.parentCode() == null ? null : RegionSummary.of(directory.region(region.parentCode()).orElse(null)),
				directory.children(code).stream().map(RegionSummary::of).toList(),
				directory.servicePointsWithin(code).stream()
					.filter(p -> region.level() != RegionLevel.CITY || p.kind() == org.chengguan.regions.ServicePoint.Kind.SQUADRON)
					.map(ServicePointJson::of)
					.toList(),
				Math.round(row.areaM2()), new LocateController.PointJson(row.labelPoint().lat(), row.labelPoint().lon()),
				row.generated(), row.geometry());
	}

	@Operation(summary = "Every unit grid inside a region, as a GeoJSON FeatureCollection")
	@GetMapping(value = "/api/v1/regions/{code}/grids.geojson")
	ResponseEntity<String> grids(@PathVariable String code) {
		validate(code);
		if (!store.exists(code)) {
			throw new NotFoundException("No region has the code " + code + ".");
		}
		return ResponseEntity.ok().contentType(GEO_JSON).body(store.gridsGeoJson(code));
	}

	private static void validate(String code) {
		try {
			RegionLevel.ofCode(code);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(e.getMessage());
		}
	}

	record RegionResponse(String code, String name, String level, RegionSummary parent, List<RegionSummary> children,
			List<ServicePointJson> servicePoints, long areaM2, LocateController.PointJson labelPoint,
			boolean generated, @JsonRawValue String geometry) {
	}
}
