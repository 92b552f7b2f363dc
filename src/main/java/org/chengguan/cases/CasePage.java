package org.chengguan.cases;

import java.util.List;

/** One page of cases and the total count of matches. */
public record CasePage(List<Case> cases, long total, int page, int size) {
}
