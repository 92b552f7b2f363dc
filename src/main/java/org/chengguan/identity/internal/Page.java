package org.chengguan.identity.internal;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, numbered from 0. */
public record Page<T>(List<T> content, int page, int size, long totalElements) {

	public Page {
		content = List.copyOf(content);
	}

	public long totalPages() {
		return (totalElements + size - 1) / size;
	}

	public <R> Page<R> map(Function<T, R> mapping) {
		return new Page<>(content.stream().map(mapping).toList(), page, size, totalElements);
	}
}
