package org.chengguan.open311.web;

import java.util.Optional;

import org.springframework.http.MediaType;

/** The two formats, chosen by the path's extension ({@code services.xml}, {@code services.json}). */
enum Format {

	XML("text/xml;charset=utf-8"), JSON("application/json;charset=utf-8");

	private final MediaType mediaType;

	Format(String mediaType) {
		this.mediaType = MediaType.parseMediaType(mediaType);
	}

	MediaType mediaType() {
		return mediaType;
	}

	static Optional<Format> of(String extension) {
		return switch (extension) {
			case "xml" -> Optional.of(XML);
			case "json" -> Optional.of(JSON);
			default -> Optional.empty();
		};
	}

	/** The format an error is written in: the path's, else XML, the spec's required format. */
	static Format ofPath(String path) {
		return path != null && path.endsWith(".json") ? JSON : XML;
	}
}
