package org.chengguan.disclosure.internal;

import java.util.List;

/**
 * One fault of a document's draft, named so a page can show it next to its field in the reader's language and the API
 * can say it in English.
 *
 * @param field the field's path in the draft: {@code title}, {@code intro}, {@code entries}, {@code entries[2].heading}
 * @param rule what is wrong: {@link Rule}
 * @param args the figures or codes the message names (a maximum and the length found, an unknown code)
 */
public record DraftFault(String field, Rule rule, List<Object> args) {

	public DraftFault {
		args = List.copyOf(args);
	}

	static DraftFault of(String field, Rule rule, Object... args) {
		return new DraftFault(field, rule, List.of(args));
	}

	/** The fault in English, as the API's problem lists it. */
	public String message() {
		return switch (rule) {
			case BLANK -> field + ": must not be blank";
			case TOO_LONG -> field + ": at most " + args.get(0) + " characters, was " + args.get(1);
			case CONTROL_CHARACTERS -> field + ": control characters are not allowed (plain text with line breaks only)";
			case NO_ENTRIES -> field + ": a document has at least one entry";
			case TOO_MANY_ENTRIES -> field + ": at most " + args.get(0) + ", were " + args.get(1);
			case NULL_ENTRY -> field + ": an entry cannot be null";
			case NO_DEPARTMENT -> field + ": a matter names the department that handles it";
			case UNKNOWN_DEPARTMENT -> field + ": no department '" + args.get(0) + "' in the catalogue";
			case UNKNOWN_CATEGORY -> field + ": no category '" + args.get(0) + "' in the catalogue";
			case MATTER_FIELDS_OUTSIDE_ITEM_LIST -> field + ": legalBasis, departmentCode and categoryCode belong to "
					+ "the item list (item-list) only";
			case MISSING -> "the body is missing";
		};
	}

	public enum Rule {
		BLANK, TOO_LONG, CONTROL_CHARACTERS, NO_ENTRIES, TOO_MANY_ENTRIES, NULL_ENTRY, NO_DEPARTMENT,
		UNKNOWN_DEPARTMENT, UNKNOWN_CATEGORY, MATTER_FIELDS_OUTSIDE_ITEM_LIST, MISSING
	}
}
