package org.chengguan.open311.web;

import org.chengguan.open311.internal.Open311Exception;
import org.springframework.http.ResponseEntity;

/** A 200 in the path's format. */
final class Answers {

	private Answers() {
	}

	static Format format(String extension) {
		return Format.of(extension).orElseThrow(() -> Open311Exception.notFound("Unknown format '" + extension
				+ "': the endpoints answer in .xml and .json"));
	}

	static ResponseEntity<byte[]> ok(String extension, Node.Document document) {
		Format format = format(extension);
		return ResponseEntity.ok().contentType(format.mediaType()).body(Render.as(format, document));
	}
}
