package org.chengguan.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.photos.Photo;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "cases")
@RestController
class PhotoController {

	private final PhotoLibrary photos;

	private final CaseManagement cases;

	private final Actors actors;

	PhotoController(PhotoLibrary photos, CaseManagement cases, Actors actors) {
		this.photos = photos;
		this.cases = cases;
		this.actors = actors;
	}

	@Operation(summary = "Upload a photo (JPEG, PNG, WebP or HEIC, ≤ 10 MB) to use in a report or a case step",
			description = "Answers with its id and, when the photo carries EXIF GPS, the position it was taken at "
					+ "(WGS-84), which a report may offer as its location.")
	@PostMapping(value = "/api/v1/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<PhotoResponse> upload(@RequestParam("file") MultipartFile file) {
		Actor actor = actors.require();
		if (file.isEmpty()) {
			throw new InvalidInputException("the part 'file' is empty");
		}
		try {
			Photo photo = photos.upload(actor.userId(), file.getInputStream());
			return ResponseEntity.created(URI.create("/api/v1/photos/" + photo.id())).body(PhotoResponse.of(photo));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Operation(summary = "The photo's bytes: to its uploader and to those who see its case in full")
	@GetMapping("/api/v1/photos/{id}")
	ResponseEntity<Resource> content(@PathVariable String id) {
		Photo photo = visible(id);
		return serve(photos.file(photo), photo.type().mediaType());
	}

	@Operation(summary = "A JPEG thumbnail of at most 320 px (the original for WebP and HEIC)")
	@GetMapping("/api/v1/photos/{id}/thumbnail")
	ResponseEntity<Resource> thumbnail(@PathVariable String id) {
		Photo photo = visible(id);
		Path file = photos.thumbnail(photo);
		return serve(file, file.equals(photos.file(photo)) ? photo.type().mediaType() : "image/jpeg");
	}

	private Photo visible(String id) {
		Actor actor = actors.require();
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("No photo has the id " + id + ".");
		}
		Photo photo = photos.find(uuid).orElseThrow(() -> new NotFoundException("No photo has the id " + id + "."));
		if (!cases.seesPhoto(actor, photo)) {
			throw new ForbiddenException("a photo is shown to its uploader, to those who see its case in full and to "
					+ "the staff of the record that keeps it");
		}
		return photo;
	}

	private static ResponseEntity<Resource> serve(Path file, String mediaType) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePrivate().immutable())
			.body(new FileSystemResource(file));
	}

	record PhotoResponse(String id, String mediaType, int bytes, Integer width, Integer height, Position takenAt,
			Instant takenTime, String url, String thumbnailUrl) {

		record Position(double lat, double lon, String crs) {
		}

		static PhotoResponse of(Photo p) {
			return new PhotoResponse(p.id().toString(), p.type().mediaType(), p.bytes(), p.width(), p.height(),
					p.takenAt() == null ? null : new Position(p.takenAt().lat(), p.takenAt().lon(), "wgs84"),
					p.takenTime(), "/api/v1/photos/" + p.id(), "/api/v1/photos/" + p.id() + "/thumbnail");
		}
	}
}
