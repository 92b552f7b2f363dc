package org.chengguan.catalogue.web;

import java.text.Normalizer;
import java.util.Locale;

import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.CategoryKind;
import org.chengguan.platform.InvalidInputException;

/**
 * The filters of the category list: a kind, and a text found in the name or in the code, written either way
 * ({@code 0102}, {@code e01}, {@code 事件01}, {@code 垃圾}).
 *
 * @param kind {@code null} for both kinds
 * @param text {@code null} for any category
 */
record CategoryFilter(CategoryKind kind, String text) {

	/** @throws InvalidInputException if {@code kind} is given but names no kind */
	static CategoryFilter of(String kind, String text) {
		CategoryKind parsed = null;
		if (kind != null && !kind.isBlank()) {
			parsed = CategoryKind.parse(kind)
				.orElseThrow(() -> new InvalidInputException(
						"kind must be COMPONENT (部件) or EVENT (事件), was '" + kind + "'"));
		}
		var normalised = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		return new CategoryFilter(parsed, normalised.isEmpty() ? null : normalised);
	}

	boolean matches(Category category) {
		return (kind == null || category.kind() == kind) && (text == null || mentions(category));
	}

	private boolean mentions(Category category) {
		return category.name().contains(text) || category.code().contains(text.toUpperCase(Locale.ROOT))
				|| category.chineseCode().contains(text);
	}
}
