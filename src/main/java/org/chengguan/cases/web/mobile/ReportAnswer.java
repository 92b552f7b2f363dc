package org.chengguan.cases.web.mobile;

/**
 * The answer to a report: the case number to show, where to follow it, and a sentence saying what happened to it.
 *
 * @param replayed true when this was a retry of a report already filed: nothing new was created
 * @param duplicateOf the number of the case this report was linked to as a duplicate, if it was
 */
public record ReportAnswer(long id, String number, String url, boolean replayed, String duplicateOf,
		String message) {
}
