package org.chengguan.facilities.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: fields separated by commas, quoted with double quotes where they hold commas, quotes or line breaks. */
public final class Csv {

	private Csv() {
	}

	/**
	 * The records of the text, each a list of fields; blank lines are skipped.
	 *
	 * @throws IllegalArgumentException for a quote left open
	 */
	public static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int i = text.startsWith("\uFEFF") ? 1 : 0;
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				end(records, record, field, fieldStarted);
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("a quoted field is not closed before the end of the file");
		}
		end(records, record, field, fieldStarted);
		return records;
	}

	private static void end(List<List<String>> records, List<String> record, StringBuilder field, boolean started) {
		if (started || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
	}
}
