package org.chengguan.disclosure;

import java.util.Arrays;
import java.util.Optional;

/** The disclosed documents (「两单三册」), each versioned on its own; {@link #slug()} names it in URLs. */
public enum DocumentKind {

	/** 城管进社区职责清单: what the officers in a community are responsible for. */
	DUTY_LIST("duty-list"),
	/** 城管进社区事项清单: the matters handled, each with its legal basis and handling department. */
	ITEM_LIST("item-list"),
	/** 区级执法手册: the district-level handbook. */
	HANDBOOK_DISTRICT("handbook-district"),
	/** 街道执法手册: the street-level handbook. */
	HANDBOOK_STREET("handbook-street"),
	/** 社区执法手册: the community-level handbook. */
	HANDBOOK_COMMUNITY("handbook-community");

	private final String slug;

	DocumentKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	/** Whether the document's entries are matters (事项) with a legal basis and a handling department. */
	public boolean listsMatters() {
		return this == ITEM_LIST;
	}

	public boolean isHandbook() {
		return name().startsWith("HANDBOOK_");
	}

	public static Optional<DocumentKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
	}
}
