package org.chengguan.facilities.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.facilities.FacilityImportJobs;
import org.chengguan.facilities.FacilityImports;
import org.chengguan.facilities.ImportJob;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Background imports with progress (ADMIN): the API with a bearer token under {@code /api/v1/facilities/imports}, and
 * the same handlers under {@code /admin/facilities/imports} for the import page's session (with its CSRF token).
 */
@Tag(name = "facilities")
@RestController
class FacilityImportJobController {

	private final FacilityImportJobs jobs;

	private final Actors actors;

	private final boolean importsEnabled;

	FacilityImportJobController(FacilityImportJobs jobs, Actors actors,
			@Value("${chengguan.imports.enabled:true}") boolean importsEnabled) {
		this.jobs = jobs;
		this.actors = actors;
		this.importsEnabled = importsEnabled;
	}

	@Operation(summary = "Start importing facilities in the background (ADMIN): 202 with the job and its Location",
			description = "The same file and checks as POST /api/v1/facilities/import (text/csv or application/geo+json, "
					+ "all or nothing), for large files: follow the job with GET /api/v1/facilities/imports/{id}. "
					+ "409 when this server already has its imports waiting.")
	@PostMapping(value = { "/api/v1/facilities/imports", "/admin/facilities/imports" },
			consumes = { "text/csv", "application/geo+json", "application/json" })
	ResponseEntity<ImportJob> start(@RequestHeader("Content-Type") String contentType,
			@RequestBody(required = false) String body) {
		Actor admin = requireAdmin();
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("The file is empty: send the CSV or GeoJSON as the request's body.");
		}
		ImportJob job = jobs.start(admin.userId(), FacilityImports.Format.of(contentType), body);
		URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(job.id())
			.toUri();
		return ResponseEntity.accepted().location(location).body(job);
	}

	@Operation(summary = "A background import and how far it got (ADMIN)",
			description = "state VALIDATING (processed = rows checked of total), STORING (rows written of total, one "
					+ "transaction), DONE (imported, added, updated) or FAILED (message; errors with row or feature "
					+ "numbers for a file with faults, errorCount in all; nothing stored). A job whose server stopped "
					+ "reads FAILED.")
	@GetMapping({ "/api/v1/facilities/imports/{id}", "/admin/facilities/imports/{id}" })
	ImportJob job(@PathVariable String id) {
		requireAdmin();
		UUID jobId;
		try {
			jobId = UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("An import job's id is a UUID, was '" + id + "'");
		}
		return jobs.find(jobId).orElseThrow(() -> new NotFoundException("There is no import job " + id + "."));
	}

	private Actor requireAdmin() {
		if (!importsEnabled) {
			throw new NotFoundException("Imports are switched off (chengguan.imports.enabled=false).");
		}
		Actor actor = actors.require();
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException("importing facilities is for administrators (ADMIN) only");
		}
		return actor;
	}
}
