package org.chengguan.cases.web.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.photos.Photo;
import org.chengguan.cases.photos.PhotoLibrary;
import org.chengguan.identity.Actor;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos for the pages: uploads by the signed-in user, and the rule of who sees a photo — its uploader, and whoever
 * sees its case in full (the same rule as the API's {@code /api/v1/photos/{id}}).
 */
@Component
class CasePhotos {

	/** A case step takes at most this many photos (the photo library's limit). */
	static final int MAX_PER_STEP = 9;

	private final PhotoLibrary library;

	private final CaseManagement cases;

	CasePhotos(PhotoLibrary library, CaseManagement cases) {
		this.library = library;
		this.cases = cases;
	}

	Photo upload(Actor actor, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("the photo file is empty");
		}
		try {
			return library.upload(actor.userId(), file.getInputStream());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Uploads the files a form sent (without script), after {@code already} photos uploaded by the page's script. */
	List<String> uploadAll(Actor actor, List<MultipartFile> files, int already) {
		List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		if (already + sent.size() > MAX_PER_STEP) {
			throw new InvalidInputException("a step takes at most " + MAX_PER_STEP + " photos, got "
					+ (already + sent.size()));
		}
		return sent.stream().map(f -> upload(actor, f).id().toString()).toList();
	}

	/** The photo if the actor may see it. */
	Photo visible(Actor actor, String id) {
		Photo photo = parse(id).flatMap(library::find)
			.orElseThrow(() -> new NotFoundException("No photo has the id " + id + "."));
		if (!cases.seesPhoto(actor, photo)) {
			throw new ForbiddenException("a photo is shown to its uploader, to those who see its case in full and to "
					+ "the staff of the record that keeps it");
		}
		return photo;
	}

	java.nio.file.Path file(Photo photo) {
		return library.file(photo);
	}

	java.nio.file.Path thumbnail(Photo photo) {
		return library.thumbnail(photo);
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
