package org.chengguan.assessment;

import java.util.Set;

/**
 * What part of the city's cases an evaluation counts — for a campaign (专项整治): only cases of these categories
 * ({@code categories}) and only cases inside any of these regions ({@code regions}, any level); an empty set does not
 * restrict. Region and department figures can be cut by category; region figures by region; a person's figures are
 * kept per role and day, not per category or place, so a person kind refuses a category filter and reads the region
 * set as the people whose scope lies inside it.
 */
public record Slice(Set<String> categories, Set<String> regions) {

	/** Every case. */
	public static final Slice ALL = new Slice(Set.of(), Set.of());

	public Slice {
		categories = categories == null ? Set.of() : Set.copyOf(categories);
		regions = regions == null ? Set.of() : Set.copyOf(regions);
	}

	public boolean isAll() {
		return categories.isEmpty() && regions.isEmpty();
	}

	/** The regions as {@code LIKE} patterns (a region holds every code it prefixes). */
	String[] regionPatterns() {
		return regions.stream().map(r -> r + "%").sorted().toArray(String[]::new);
	}
}
