package org.chengguan.disclosure;

import java.time.Instant;
import java.util.List;

/**
 * One version of a disclosed document. Texts are plain text (paragraphs separated by line breaks), never markup: pages
 * show them as text.
 *
 * @param status DRAFT until published; PUBLISHED for the public version; SUPERSEDED for an older published one
 * @param publishedAt when it was published; null for a draft
 */
public record Document(DocumentKind kind, int version, String title, String intro, List<DocumentEntry> entries,
		Status status, Instant savedAt, Instant publishedAt) {

	public Document {
		entries = List.copyOf(entries);
	}

	public enum Status {
		/** 草稿: saved, not shown to the public */
		DRAFT,
		/** 已发布: the version the public sees */
		PUBLISHED,
		/** 已替换: published once, replaced by a later published version; still readable to administrators */
		SUPERSEDED
	}
}
