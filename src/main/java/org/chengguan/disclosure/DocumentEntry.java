package org.chengguan.disclosure;

/**
 * A section of a document: a duty (职责), a matter (事项) or a handbook's chapter.
 *
 * @param legalBasis 法律依据 of a matter; null in other documents
 * @param departmentCode the catalogue department that handles a matter (承办部门); null in other documents
 * @param categoryCode the catalogue category a matter corresponds to, if any (e.g. {@code E0502} 占道经营)
 */
public record DocumentEntry(String heading, String text, String legalBasis, String departmentCode,
		String categoryCode) {
}
