package org.chengguan.disclosure.internal;

import java.util.List;

import org.chengguan.disclosure.DocumentEntry;

/** What an administrator saves as a new version of a document. */
public record DocumentDraft(String title, String intro, List<DocumentEntry> entries) {
}
