package org.chengguan.assessment.internal;

import java.time.LocalDate;
import java.util.Comparator;

import org.chengguan.assessment.Measure.Table;

/**
 * One row of a rollup table: the day and the unit (a region code, a department code or a user id) with its detail
 * (the category, or the person's role).
 */
public record RollupKey(Table table, LocalDate day, String unit, String detail) implements Comparable<RollupKey> {

	private static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::table)
		.thenComparing(RollupKey::day)
		.thenComparing(RollupKey::unit)
		.thenComparing(RollupKey::detail);

	/** Rows are always written in this order, so that concurrent transactions never lock two in opposite orders. */
	@Override
	public int compareTo(RollupKey other) {
		return ORDER.compare(this, other);
	}
}
