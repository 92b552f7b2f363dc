package org.chengguan.open311.internal;

import java.util.List;

/**
 * The page and page_size extension (wiki.open311.org, GeoReport v2 Extensions): page 1 first; page_size 1 to 1,000,
 * 1,000 by default — the spec's default volume.
 */
public record Paging(int page, int pageSize) {

	public static final int MAX_SIZE = 1000;

	int offset() {
		return (page - 1) * pageSize;
	}

	static Paging of(String page, String pageSize, List<String> faults) {
		int p = number("page", page, 1, 1, Integer.MAX_VALUE / MAX_SIZE, faults);
		int size = number("page_size", pageSize, MAX_SIZE, 1, MAX_SIZE, faults);
		return new Paging(p, size);
	}

	private static int number(String name, String text, int otherwise, int min, int max, List<String> faults) {
		if (text == null) {
			return otherwise;
		}
		try {
			int n = Integer.parseInt(text);
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		faults.add(name + " must be a whole number from " + min + " to " + max + ", was '" + text + "'");
		return otherwise;
	}
}
