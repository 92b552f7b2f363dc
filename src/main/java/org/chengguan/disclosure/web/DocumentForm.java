package org.chengguan.disclosure.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.chengguan.disclosure.Document;
import org.chengguan.disclosure.DocumentEntry;
import org.chengguan.disclosure.internal.DocumentDraft;
import org.chengguan.platform.InvalidInputException;

/**
 * The document editor's form as posted: the draft and the version it is based on ({@code basedOn}, the newest version
 * when the editor was opened). Entries are added, removed and moved on the server ({@link #apply}), so the page works
 * without scripts and nothing is saved until "save as a new draft".
 */
record DocumentForm(String basedOn, String title, String intro, List<EntryForm> entries) {

	/** The most entries a form may carry (the draft rules allow 300). */
	static final int MAX_ENTRIES = 300;

	DocumentForm {
		entries = entries == null ? List.of() : entries.stream().filter(Objects::nonNull).toList();
	}

	record EntryForm(String heading, String text, String legalBasis, String departmentCode, String categoryCode) {

		static EntryForm blank() {
			return new EntryForm("", "", "", "", "");
		}

		static EntryForm of(DocumentEntry e) {
			return new EntryForm(e.heading(), e.text(), e.legalBasis(), e.departmentCode(), e.categoryCode());
		}

		DocumentEntry entry() {
			return new DocumentEntry(heading, text, legalBasis, departmentCode, categoryCode);
		}
	}

	private static final Pattern ENTRY_FIELD = Pattern.compile("entries\\[(\\d{1,9})\\]\\.(\\w+)");

	/**
	 * The form from the request's parameters. Entries are read by their index ({@code entries[3].heading}), in index
	 * order, gaps closed; read here rather than by data binding so that an index no editor makes is refused instead of
	 * allocated.
	 *
	 * @throws InvalidInputException for an entry index of {@link #MAX_ENTRIES} or more
	 */
	static DocumentForm from(Map<String, String[]> parameters) {
		var fields = new TreeMap<Integer, Map<String, String>>();
		parameters.forEach((name, values) -> {
			Matcher m = ENTRY_FIELD.matcher(name);
			if (m.matches() && values.length > 0) {
				int index = Integer.parseInt(m.group(1));
				if (index >= MAX_ENTRIES) {
					throw new InvalidInputException("A document has at most " + MAX_ENTRIES + " entries; the form "
							+ "names entry " + index + ".");
				}
				fields.computeIfAbsent(index, i -> new HashMap<>()).put(m.group(2), values[0]);
			}
		});
		List<EntryForm> entries = fields.values().stream()
			.map(f -> new EntryForm(f.get("heading"), f.get("text"), f.get("legalBasis"), f.get("departmentCode"),
					f.get("categoryCode")))
			.toList();
		return new DocumentForm(first(parameters, "basedOn"), first(parameters, "title"), first(parameters, "intro"),
				entries);
	}

	private static String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	/** The form of a stored version, to be saved as the version after it. */
	static DocumentForm of(Document d) {
		return new DocumentForm(Integer.toString(d.version()), d.title(), d.intro(),
				d.entries().stream().map(EntryForm::of).toList());
	}

	/** An empty form for a document that has no version yet. */
	static DocumentForm first() {
		return new DocumentForm("0", "", "", List.of(EntryForm.blank()));
	}

	/**
	 * The version the draft is based on.
	 *
	 * @throws InvalidInputException if the form does not carry one (a form not made by the editor)
	 */
	int basedOnVersion() {
		try {
			int version = Integer.parseInt(basedOn == null ? "" : basedOn.strip());
			if (version >= 0) {
				return version;
			}
		}
		catch (NumberFormatException e) {
			// told below
		}
		throw new InvalidInputException("The form does not say which version it is based on (basedOn was '" + basedOn
				+ "'): open the editor again.");
	}

	DocumentForm basedOn(int version) {
		return new DocumentForm(Integer.toString(version), title, intro, entries);
	}

	DocumentDraft draft() {
		return new DocumentDraft(title, intro, entries.stream().map(EntryForm::entry).toList());
	}

	/**
	 * The form after an editing step: {@code add} (an empty entry at the end), {@code remove-i}, {@code up-i},
	 * {@code down-i} (entry i, from 0).
	 *
	 * @throws InvalidInputException for a step the editor does not offer
	 */
	DocumentForm apply(String op) {
		var list = new ArrayList<>(entries);
		if ("add".equals(op)) {
			if (list.size() >= MAX_ENTRIES) {
				throw new InvalidInputException("A document has at most " + MAX_ENTRIES + " entries.");
			}
			list.add(EntryForm.blank());
			return with(list);
		}
		int dash = op == null ? -1 : op.lastIndexOf('-');
		int i = dash < 0 ? -1 : index(op.substring(dash + 1));
		if (i < 0 || i >= list.size()) {
			throw new InvalidInputException("Not a step of the editor: '" + op + "'.");
		}
		switch (op.substring(0, dash)) {
			case "remove" -> list.remove(i);
			case "up" -> swap(list, i, i - 1);
			case "down" -> swap(list, i, i + 1);
			default -> throw new InvalidInputException("Not a step of the editor: '" + op + "'.");
		}
		return with(list);
	}

	private DocumentForm with(List<EntryForm> list) {
		return new DocumentForm(basedOn, title, intro, list);
	}

	private static void swap(List<EntryForm> list, int i, int j) {
		if (j >= 0 && j < list.size()) {
			list.set(i, list.set(j, list.get(i)));
		}
	}

	private static int index(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
