package org.chengguan.disclosure.internal;

import org.chengguan.disclosure.Document;

/**
 * A version of a document with who saved and who published it (user ids; null where unknown or not published), as
 * administrators see its history. The public {@link Document} does not carry them.
 */
public record DocumentVersion(Document document, Long savedBy, Long publishedBy) {
}
