package org.chengguan.citizens.internal;

import java.util.List;
import java.util.function.Function;

/** One page of a list, newest first, with the total across all pages. */
public record Paged<T>(List<T> items, int page, int size, long total) {

	public <R> Paged<R> map(Function<T, R> mapping) {
		return new Paged<>(items.stream().map(mapping).toList(), page, size, total);
	}
}
