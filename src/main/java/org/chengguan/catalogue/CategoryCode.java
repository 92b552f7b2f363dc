package org.chengguan.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A category code (类别编码) in the catalogue's canonical ASCII form: the kind's letter and the standard's digits,
 * such as {@code C0101} (部件0101 上水井盖) or {@code E0102} (事件0102 暴露垃圾).
 */
public record CategoryCode(String value) {

	private static final Pattern CANONICAL = Pattern.compile("[A-Z][0-9]+");

	/** @throws IllegalArgumentException unless {@code value} is already canonical; use {@link #parse} for input */
	public CategoryCode {
		if (value == null || !CANONICAL.matcher(value).matches()) {
			throw new IllegalArgumentException("not a canonical category code: " + value);
		}
	}

	/**
	 * Reads a code as people write it: {@code C0101}, {@code c0101}, {@code 部件0101}, {@code 事件 0102}, or with the
	 * full-width letters and digits of a Chinese input method. Says nothing about whether the category exists.
	 *
	 * @return the canonical code, or empty when the text cannot be a category code at all
	 */
	public static Optional<CategoryCode> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var code = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		for (var kind : CategoryKind.values()) {
			if (code.startsWith(kind.chineseName())) {
				code = kind.codePrefix() + code.substring(kind.chineseName().length()).strip();
			}
		}
		code = code.toUpperCase(Locale.ROOT);
		return CANONICAL.matcher(code).matches() ? Optional.of(new CategoryCode(code)) : Optional.empty();
	}

	@Override
	public String toString() {
		return value;
	}
}
