package org.chengguan.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of category the standards define. */
public enum CategoryKind {

	/** 部件: a piece of city infrastructure (manhole cover, street light, bus shelter). */
	COMPONENT("部件", "C"),

	/** 事件: something that happens or is done (exposed garbage, street vending, a gas leak). */
	EVENT("事件", "E");

	private final String chineseName;

	private final String codePrefix;

	CategoryKind(String chineseName, String codePrefix) {
		this.chineseName = chineseName;
		this.codePrefix = codePrefix;
	}

	/** 部件 or 事件, as written before the digits in the Chinese form of a code ({@code 部件0101}). */
	public String chineseName() {
		return chineseName;
	}

	/** The letter that starts the catalogue's ASCII codes of this kind ({@code C0101}, {@code E0102}). */
	public String codePrefix() {
		return codePrefix;
	}

	/** Reads a kind from its English name in any case ({@code event}) or its Chinese name ({@code 事件}). */
	public static Optional<CategoryKind> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		var wanted = text.strip();
		return Arrays.stream(values())
			.filter(kind -> kind.name().equals(wanted.toUpperCase(Locale.ROOT)) || kind.chineseName.equals(wanted))
			.findFirst();
	}
}
