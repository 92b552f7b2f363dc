package org.chengguan.facilities.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.facilities.FacilityImports;
import org.chengguan.facilities.LiveFeeds;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' endpoints: imports (present with {@code chengguan.imports.enabled}) and API keys. ADMIN only. */
@Tag(name = "facilities")
@RestController
class FacilityAdminController {

	private final FacilityImports imports;

	private final LiveFeeds feeds;

	private final Actors actors;

	private final boolean importsEnabled;

	FacilityAdminController(FacilityImports imports, LiveFeeds feeds, Actors actors,
			@Value("${chengguan.imports.enabled:true}") boolean importsEnabled) {
		this.imports = imports;
		this.importsEnabled = importsEnabled;
		this.feeds = feeds;
		this.actors = actors;
	}

	record KeyResponse(long id, String apiKey) {
	}

	@Operation(summary = "Issue a new API key for a facility's live feed (ADMIN); shown once, replaces the old one")
	@PostMapping("/api/v1/facilities/{id}/api-key")
	KeyResponse issueKey(@PathVariable String id) {
		requireAdmin("issuing API keys");
		long facilityId = FacilityController.id(id);
		return new KeyResponse(facilityId, feeds.issueKey(facilityId));
	}

	@Operation(summary = "Import facilities from CSV or GeoJSON (ADMIN; all or nothing, every fault listed in a 422)",
			description = "Content-Type text/csv (a header row: code,name,type,lat,lon,crs,address,hours,features,"
					+ "contact,capacity,fee,government_lot,sharing_hours,pitches,goods,ports; lists separated by |; "
					+ "ports as AC:7|DC:60) or application/geo+json (a FeatureCollection of Points with the same "
					+ "properties, lists as arrays). Rows are matched by code: new codes are added, known ones "
					+ "updated. dryRun=true validates only.")
	@PostMapping(value = "/api/v1/facilities/import", consumes = { "text/csv", "application/geo+json",
			"application/json" })
	FacilityImports.Result importFacilities(@RequestHeader("Content-Type") String contentType,
			@RequestBody String body, @RequestParam(defaultValue = "false") boolean dryRun) {
		if (!importsEnabled) {
			throw new NotFoundException("Imports are switched off (chengguan.imports.enabled=false).");
		}
		requireAdmin("importing facilities");
		return contentType.startsWith("text/csv") ? imports.csv(body, dryRun) : imports.geojson(body, dryRun);
	}

	private void requireAdmin(String what) {
		Actor actor = actors.require();
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException(what + " is for administrators (ADMIN) only");
		}
	}
}
