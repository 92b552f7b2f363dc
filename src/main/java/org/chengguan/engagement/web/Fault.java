package org.chengguan.engagement.web;

import java.util.List;

/**
 * A fault a form shows: {@code key} names the field(s) for the words in the reader's language (the service's texts
 * read "field(s): rule"), {@code text} is the service's own words, shown when the bundle has none for the key.
 */
record Fault(String key, String text) {

	static List<Fault> of(List<String> texts) {
		return texts.stream()
			.map(t -> new Fault(t.contains(":") ? t.substring(0, t.indexOf(':')).replaceAll("[^A-Za-z,]", "")
				.replace(',', '-') : "other", t))
			.toList();
	}
}
