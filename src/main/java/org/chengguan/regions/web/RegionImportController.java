package org.chengguan.regions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.internal.BoundaryImport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Boundary import, present only with {@code chengguan.imports.enabled=true} until identity can restrict it to
 * administrators.
 */
@Tag(name = "regions")
@RestController
@ConditionalOnBooleanProperty("chengguan.imports.enabled")
class RegionImportController {

	private final BoundaryImport boundaryImport;

	private final RegionDirectory directory;

	RegionImportController(BoundaryImport boundaryImport, RegionDirectory directory) {
		this.boundaryImport = boundaryImport;
		this.directory = directory;
	}

	@Operation(summary = "Import real boundaries (GeoJSON FeatureCollection; all or nothing)",
			description = "Each feature: properties.code (6, 9, 12 or 15 digits), properties.name, a Polygon or "
					+ "MultiPolygon in WGS-84. dryRun=true validates without storing.")
	@PostMapping(value = "/api/v1/regions/import", consumes = { "application/geo+json", "application/json" })
	BoundaryImport.Result importBoundaries(@RequestBody JsonNode collection,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		BoundaryImport.Result result = boundaryImport.run(collection, dryRun);
		if (!dryRun) {
			directory.reload();
		}
		return result;
	}
}
