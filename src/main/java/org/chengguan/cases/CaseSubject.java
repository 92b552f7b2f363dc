package org.chengguan.cases;

import java.util.regex.Pattern;

/**
 * What a case is about besides its place (关于): a thing another module keeps, named by that module's kind and its
 * own id — {@code facility:42}. The cases module stores the reference and never reads the thing's tables; the module
 * that keeps the thing answers for it through {@link CaseSubjects}.
 *
 * @param kind lower-case letters, digits and '-' (the {@link CaseSubjects#kind()} of the module that keeps it)
 * @param id the thing's id in that module: letters, digits and {@code _ . : -}
 */
public record CaseSubject(String kind, String id) {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

	public CaseSubject {
		if (kind == null || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("a subject's kind is lower-case letters, digits or '-', was '" + kind + "'");
		}
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("a subject's id is 1–64 letters, digits or _ . : -, was '" + id + "'");
		}
	}

	/**
	 * The reference in its text form, {@code kind:id}.
	 *
	 * @throws IllegalArgumentException if the text is not such a reference
	 */
	public static CaseSubject parse(String reference) {
		int colon = reference == null ? -1 : reference.indexOf(':');
		if (colon < 0) {
			throw new IllegalArgumentException("a subject is written kind:id (e.g. facility:42), was '" + reference + "'");
		}
		return new CaseSubject(reference.substring(0, colon), reference.substring(colon + 1));
	}

	/** {@code kind:id}, as stored and as the API shows it. */
	public String reference() {
		return kind + ":" + id;
	}

	@Override
	public String toString() {
		return reference();
	}
}
