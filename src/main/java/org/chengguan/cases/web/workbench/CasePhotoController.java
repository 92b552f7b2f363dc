package org.chengguan.cases.web.workbench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.chengguan.cases.photos.Photo;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.PayloadTooLargeException;
import org.chengguan.platform.UnsupportedContentException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos for pages signed in by session (the API's photo endpoints take a bearer token): one upload at a time from
 * the action forms' script, so that nine phone photos never make one request over the upload limit, and the images
 * themselves, to those who may see them.
 */
@Controller
class CasePhotoController {

	private final CasePhotos photos;

	private final Actors actors;

	CasePhotoController(CasePhotos photos, Actors actors) {
		this.photos = photos;
		this.actors = actors;
	}

	@PostMapping(value = "/cases/photos", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> upload(@RequestParam("file") MultipartFile file) {
		Actor me = actors.require();
		try {
			Photo photo = photos.upload(me, file);
			return ResponseEntity.ok(Map.of("id", photo.id().toString(), "thumbnail",
					"/cases/photos/" + photo.id() + "/thumbnail"));
		}
		catch (InvalidInputException | UnsupportedContentException | PayloadTooLargeException e) {
			return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
		}
	}

	@GetMapping("/cases/photos/{id}")
	ResponseEntity<Resource> content(@PathVariable String id) {
		Photo photo = photos.visible(actors.require(), id);
		return serve(photos.file(photo), photo.type().mediaType());
	}

	@GetMapping("/cases/photos/{id}/thumbnail")
	ResponseEntity<Resource> thumbnail(@PathVariable String id) {
		Photo photo = photos.visible(actors.require(), id);
		Path file = photos.thumbnail(photo);
		return serve(file, file.equals(photos.file(photo)) ? photo.type().mediaType() : "image/jpeg");
	}

	private static ResponseEntity<Resource> serve(Path file, String mediaType) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate())
			.body(new FileSystemResource(file));
	}
}
