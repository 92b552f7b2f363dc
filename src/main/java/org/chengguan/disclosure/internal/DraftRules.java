package org.chengguan.disclosure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.chengguan.disclosure.DocumentEntry;
import org.chengguan.disclosure.DocumentKind;
import org.chengguan.disclosure.internal.DraftFault.Rule;

/**
 * What a document's draft must be, each fault named so an editor can fix them all at once: a title, at least one
 * entry with a heading, plain text without control characters, sizes a page can show; in the item list (事项清单) every
 * matter with its legal basis (法律依据) and a known handling department (承办部门), and nowhere else those fields.
 */
final class DraftRules {

	static final int MAX_TITLE = 200;

	static final int MAX_TEXT = 10_000;

	static final int MAX_ENTRIES = 300;

	private DraftRules() {
	}

	/**
	 * @param knownDepartment whether the catalogue has a department with the code
	 * @param knownCategory whether the catalogue has a category with the code
	 * @return every fault found, each naming its field; empty when the draft may be saved
	 */
	static List<DraftFault> check(DocumentKind kind, DocumentDraft draft, Predicate<String> knownDepartment,
			Predicate<String> knownCategory) {
		var faults = new ArrayList<DraftFault>();
		if (draft == null) {
			return List.of(DraftFault.of("body", Rule.MISSING));
		}
		text(faults, "title", draft.title(), true, MAX_TITLE);
		text(faults, "intro", draft.intro(), false, MAX_TEXT);
		List<DocumentEntry> entries = draft.entries();
		if (entries == null || entries.isEmpty()) {
			faults.add(DraftFault.of("entries", Rule.NO_ENTRIES));
			return faults;
		}
		if (entries.size() > MAX_ENTRIES) {
			faults.add(DraftFault.of("entries", Rule.TOO_MANY_ENTRIES, MAX_ENTRIES, entries.size()));
		}
		for (int i = 0; i < entries.size(); i++) {
			entry(faults, "entries[" + i + "]", kind, entries.get(i), knownDepartment, knownCategory);
		}
		return faults;
	}

	private static void entry(List<DraftFault> faults, String at, DocumentKind kind, DocumentEntry entry,
			Predicate<String> knownDepartment, Predicate<String> knownCategory) {
		if (entry == null) {
			faults.add(DraftFault.of(at, Rule.NULL_ENTRY));
			return;
		}
		text(faults, at + ".heading", entry.heading(), true, MAX_TITLE);
		text(faults, at + ".text", entry.text(), false, MAX_TEXT);
		if (kind.listsMatters()) {
			text(faults, at + ".legalBasis", entry.legalBasis(), true, 1000);
			if (blank(entry.departmentCode())) {
				faults.add(DraftFault.of(at + ".departmentCode", Rule.NO_DEPARTMENT));
			}
			else if (!knownDepartment.test(entry.departmentCode())) {
				faults.add(DraftFault.of(at + ".departmentCode", Rule.UNKNOWN_DEPARTMENT, entry.departmentCode()));
			}
			if (!blank(entry.categoryCode()) && !knownCategory.test(entry.categoryCode())) {
				faults.add(DraftFault.of(at + ".categoryCode", Rule.UNKNOWN_CATEGORY, entry.categoryCode()));
			}
		}
		else if (!blank(entry.legalBasis()) || !blank(entry.departmentCode()) || !blank(entry.categoryCode())) {
			faults.add(DraftFault.of(at, Rule.MATTER_FIELDS_OUTSIDE_ITEM_LIST));
		}
	}

	private static void text(List<DraftFault> faults, String field, String value, boolean required, int max) {
		if (blank(value)) {
			if (required) {
				faults.add(DraftFault.of(field, Rule.BLANK));
			}
			return;
		}
		if (value.length() > max) {
			faults.add(DraftFault.of(field, Rule.TOO_LONG, max, value.length()));
		}
		if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			faults.add(DraftFault.of(field, Rule.CONTROL_CHARACTERS));
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
