package org.chengguan.facilities.internal;

import java.util.Locale;
import java.util.TreeSet;

/**
 * The unigrams and bigrams of a text's letters and digits, lower-cased: a facility stores those of its name and
 * address in a {@code text[]} with a GIN index, and a search needs every gram of its query, so substring search by
 * name or address runs on core PostgreSQL (no pg_trgm) and works for Chinese, which has no spaces to split words on
 * (to_tsvector('simple') would make one token of a whole Chinese name). The exact substring test follows in SQL.
 */
public final class SearchGrams {

	private SearchGrams() {
	}

	public static String[] of(String... texts) {
		TreeSet<String> grams = new TreeSet<>();
		for (String text : texts) {
			if (text == null) {
				continue;
			}
			int[] cps = text.toLowerCase(Locale.ROOT).codePoints().toArray();
			for (int i = 0; i < cps.length; i++) {
				if (!Character.isLetterOrDigit(cps[i])) {
					continue;
				}
				grams.add(Character.toString(cps[i]));
				if (i + 1 < cps.length && Character.isLetterOrDigit(cps[i + 1])) {
					grams.add(Character.toString(cps[i]) + Character.toString(cps[i + 1]));
				}
			}
		}
		return grams.toArray(String[]::new);
	}

	/** The grams a query needs: its bigrams (its unigrams only when it has no bigram). */
	public static String[] ofQuery(String query) {
		String[] all = of(query);
		String[] bigrams = java.util.Arrays.stream(all).filter(g -> g.codePointCount(0, g.length()) == 2)
			.toArray(String[]::new);
		return bigrams.length > 0 ? bigrams : all;
	}
}
