package org.chengguan.assessment.web;

import java.util.List;

import org.chengguan.assessment.Assessment;

/**
 * One kind's ranking as the pages and exports show it: the report, the indicators' keys in column order, and a row
 * per unit with its display name and its change against the previous period.
 */
record KindTable(String kind, Assessment.Report report, List<String> indicatorKeys, List<Row> rows) {

	/** The kind one level down, shown when a unit's row is clicked; null when there is none. */
	public String childKind() {
		return switch (kind) {
			case "city" -> "district";
			case "district" -> "street";
			case "street" -> "community";
			case "community" -> "grid";
			default -> null;
		};
	}

	/** Whether a unit of the kind is a region (its late cases are those within it). */
	public boolean isRegion() {
		return List.of("city", "district", "street", "community", "grid").contains(kind);
	}

	/**
	 * A unit's row: {@code change} is {@code up}, {@code down}, {@code same} or {@code new} (no rank before), and
	 * {@code places} how many places it moved.
	 */
	record Row(Assessment.Unit unit, String name, String change, int places) {

		static Row of(Assessment.Unit unit, String name) {
			Integer now = unit.rank();
			Integer before = unit.previousRank();
			if (now == null || before == null) {
				return new Row(unit, name, now == null ? "same" : "new", 0);
			}
			int moved = before - now;
			return new Row(unit, name, moved > 0 ? "up" : moved < 0 ? "down" : "same", Math.abs(moved));
		}
	}
}
