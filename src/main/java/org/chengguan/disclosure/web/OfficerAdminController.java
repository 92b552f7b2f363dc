package org.chengguan.disclosure.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.disclosure.internal.OfficerEditing;
import org.chengguan.disclosure.internal.OfficerFields;
import org.chengguan.disclosure.internal.OfficerProfile;
import org.chengguan.disclosure.internal.Supervisions.Supervision;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' editing of the officers disclosed per community and of the community's supervision contact. */
@Tag(name = "disclosure")
@RestController
class OfficerAdminController {

	private final OfficerEditing editing;

	private final Actors actors;

	OfficerAdminController(OfficerEditing editing, Actors actors) {
		this.editing = editing;
		this.actors = actors;
	}

	record OfficerRequest(String name, String duty, String phone, Boolean phonePublic, Integer position, Long userId,
			Integer expectedVersion) {

		OfficerFields fields() {
			return new OfficerFields(name, duty, phone == null ? null : phone.strip(), Boolean.TRUE.equals(phonePublic),
					position == null ? 0 : position, userId);
		}
	}

	record ProfileJson(long id, String communityCode, Long userId, String name, String duty, String phone,
			boolean phonePublic, int position, String photoUrl, int version) {

		static ProfileJson of(OfficerProfile p) {
			return new ProfileJson(p.id(), p.communityCode(), p.userId(), p.name(), p.duty(), p.phone(),
					p.phonePublic(), p.position(), p.hasPhoto() ? "/api/v1/officers/" + p.id() + "/photo?v="
							+ p.toPublic().photoVersion() : null, p.version());
		}
	}

	@Operation(summary = "A community's officers' profiles, private phones included (ADMIN)")
	@GetMapping("/api/v1/disclosure/{communityCode}/officers")
	List<ProfileJson> profiles(@PathVariable String communityCode) {
		Administrators.require(actors, "officers' full profiles");
		return editing.profiles(communityCode).stream().map(ProfileJson::of).toList();
	}

	@Operation(summary = "Adds an officer to a community (ADMIN)",
			description = "phonePublic: whether the officer's duty makes the phone public. userId: the OFFICER account "
					+ "the profile describes, if any. A placeholder photo is drawn until one is uploaded.")
	@PostMapping("/api/v1/disclosure/{communityCode}/officers")
	@ResponseStatus(HttpStatus.CREATED)
	ProfileJson add(@PathVariable String communityCode, @RequestBody OfficerRequest request) {
		Administrators.require(actors, "adding an officer");
		return ProfileJson.of(editing.add(communityCode, request.fields()));
	}

	@Operation(summary = "Changes an officer's profile (ADMIN)", description = "expectedVersion is required; 409 if stale.")
	@PutMapping("/api/v1/disclosure/officers/{id}")
	ProfileJson update(@PathVariable long id, @RequestBody OfficerRequest request) {
		Administrators.require(actors, "changing an officer");
		if (request.expectedVersion() == null) {
			throw new InvalidInputException("expectedVersion is required: the version of the profile read");
		}
		return ProfileJson.of(editing.update(id, request.expectedVersion(), request.fields()));
	}

	@Operation(summary = "Replaces an officer's photo (ADMIN)",
			description = "The body is the picture (JPEG, PNG, GIF or BMP, ≤ 2 MB); it is stored as a 240 px square PNG.")
	@PutMapping(path = "/api/v1/disclosure/officers/{id}/photo", consumes = { "image/jpeg", "image/png", "image/gif",
			"image/bmp", "application/octet-stream" })
	ProfileJson photo(@PathVariable long id, @RequestBody byte[] picture) {
		Administrators.require(actors, "changing an officer's photo");
		return ProfileJson.of(editing.replacePhoto(id, picture));
	}

	@Operation(summary = "Removes an officer from the disclosure (ADMIN)")
	@DeleteMapping("/api/v1/disclosure/officers/{id}")
	ResponseEntity<Void> remove(@PathVariable long id, @RequestParam int expectedVersion) {
		Administrators.require(actors, "removing an officer");
		editing.remove(id, expectedVersion);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Sets a community's supervision phone and complaint method (监督方式) (ADMIN)")
	@PutMapping("/api/v1/disclosure/{communityCode}/supervision")
	ResponseEntity<Void> supervision(@PathVariable String communityCode, @RequestBody Supervision request) {
		Administrators.require(actors, "changing the supervision contact");
		editing.putSupervision(communityCode, request);
		return ResponseEntity.noContent().build();
	}
}
