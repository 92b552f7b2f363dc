package org.chengguan.disclosure.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.chengguan.disclosure.DocumentEntry;
import org.chengguan.disclosure.DocumentKind;

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
	 * @return every fault found; empty when the draft may be saved
	 */
	static List<String> faults(DocumentKind kind, DocumentDraft draft, Predicate<String> knownDepartment,
			Predicate<String> knownCategory) {
		var faults = new ArrayList<String>();
		if (draft == null) {
			return List.of("the body is missing");
		}
		text(faults, "title", draft.title(), true, MAX_TITLE);
		text(faults, "intro", draft.intro(), false, MAX_TEXT);
		List<DocumentEntry> entries = draft.entries();
		if (entries == null || entries.isEmpty()) {
			faults.add("entries: a document has at least one entry");
			return faults;
		}
		if (entries.size() > MAX_ENTRIES) {
			faults.add("entries: at most " + MAX_ENTRIES + ", were " + entries.size());
		}
		for (int i = 0; i < entries.size(); i++) {
			entry(faults, "entries[" + i + "].", kind, entries.get(i), knownDepartment, knownCategory);
		}
		return faults;
	}

	private static void entry(List<String> faults, String at, DocumentKind kind, DocumentEntry entry,
			Predicate<String> knownDepartment, Predicate<String> knownCategory) {
		if (entry == null) {
			faults.add(at.substring(0, at.length() - 1) + ": an entry cannot be null");
			return;
		}
		text(faults, at + "heading", entry.heading(), true, MAX_TITLE);
		text(faults, at + "text", entry.text(), false, MAX_TEXT);
		if (kind.listsMatters()) {
			text(faults, at + "legalBasis", entry.legalBasis(), true, 1000);
			if (blank(entry.departmentCode())) {
				faults.add(at + "departmentCode: a matter names the department that handles it");
			}
			else if (!knownDepartment.test(entry.departmentCode())) {
				faults.add(at + "departmentCode: no department '" + entry.departmentCode() + "' in the catalogue");
			}
			if (!blank(entry.categoryCode()) && !knownCategory.test(entry.categoryCode())) {
				faults.add(at + "categoryCode: no category '" + entry.categoryCode() + "' in the catalogue");
			}
		}
		else if (!blank(entry.legalBasis()) || !blank(entry.departmentCode()) || !blank(entry.categoryCode())) {
			faults.add(at.substring(0, at.length() - 1) + ": legalBasis, departmentCode and categoryCode belong to "
					+ "the item list (item-list) only");
		}
	}

	private static void text(List<String> faults, String field, String value, boolean required, int max) {
		if (blank(value)) {
			if (required) {
				faults.add(field + ": must not be blank");
			}
			return;
		}
		if (value.length() > max) {
			faults.add(field + ": at most " + max + " characters, was " + value.length());
		}
		if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			faults.add(field + ": control characters are not allowed (plain text with line breaks only)");
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
