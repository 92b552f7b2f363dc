package org.chengguan.identity.web;

import java.util.List;

import org.chengguan.identity.internal.Page;

/** One page of a list: {@code page} counts from 0. */
record PageResponse<T>(List<T> content, int page, int size, long totalElements, long totalPages) {

	static <T> PageResponse<T> of(Page<T> page) {
		return new PageResponse<>(page.content(), page.page(), page.size(), page.totalElements(), page.totalPages());
	}
}
