package org.chengguan.facilities.internal;

import java.util.concurrent.ConcurrentHashMap;

import org.chengguan.facilities.OpeningHours;

/** Parsed opening hours by text: thousands of facilities share a few dozen texts, so each is parsed once. */
final class Hours {

	private static final int MAX = 10_000;

	private static final ConcurrentHashMap<String, OpeningHours> cache = new ConcurrentHashMap<>();

	private Hours() {
	}

	static OpeningHours of(String text) {
		if (text == null) {
			return null;
		}
		OpeningHours hours = cache.get(text);
		if (hours == null) {
			if (cache.size() > MAX) {
				cache.clear();
			}
			hours = OpeningHours.parse(text);
			cache.put(text, hours);
		}
		return hours;
	}
}
