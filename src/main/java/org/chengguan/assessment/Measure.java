package org.chengguan.assessment;

import java.util.Arrays;
import java.util.List;

/**
 * The counters the assessment keeps per day, in three rollup tables: per region and category, per department and
 * category, and per person and role. Each is a column of its table ({@link #column()}); indicators are ratios of
 * their sums over a period.
 */
public enum Measure {

	// per region (the case's finest region: its grid, else community, street or district) and category
	/** 上报: reports, on the day of the report */
	REPORTED(Table.REGION),
	/** reports by the supervision (inspectors), for 监督举报率 */
	BY_INSPECTOR(Table.REGION),
	/** reports by the public (citizens, hotline, Open311, imports): what the grid's inspectors did not find first */
	BY_PUBLIC(Table.REGION),
	/** 自处理 */
	SELF_HANDLED(Table.REGION),
	/** reports linked as duplicates of an open case (still so) */
	DUPLICATES(Table.REGION),
	/** 不予立案, on the day of voiding */
	VOIDED(Table.REGION),
	/** 立案, on the filing day; the cohort the closing counters below belong to */
	FILED(Table.REGION),
	/** 应结案: filed and not shelved (缓办 leaves the denominators) */
	SHOULD_CLOSE(Table.REGION),
	/** 结案: of those, closed now */
	CLOSED(Table.REGION),
	/** 按期结案: closed, and its last handling was within the handling deadline in force */
	CLOSED_ON_TIME(Table.REGION),
	/** hotline (12345/12319) cases that should be finished (办结): filed and not shelved, on the filing day */
	HOTLINE_SHOULD_CLOSE(Table.REGION),
	/** of those, finished now */
	HOTLINE_CLOSED(Table.REGION),
	/** 回访: answers back (ratings), on the day of the answer */
	ANSWERED(Table.REGION),
	/** of those, 满意 or 基本满意 */
	SATISFIED(Table.REGION),

	// per department (the lead department at the time) and category
	/** 派遣: dispatches to the department, on the day */
	DISPATCHED(Table.DEPARTMENT),
	/** 处置: handlings reported (each rework's handling counts) */
	HANDLED(Table.DEPARTMENT),
	/** handlings within the handling deadline in force */
	HANDLED_ON_TIME(Table.DEPARTMENT),
	/** 返工: failed checks sent back to the department */
	REWORK(Table.DEPARTMENT),
	/** filed cases now with the department and not shelved, on their filing day */
	DEPT_SHOULD_CLOSE(Table.DEPARTMENT),
	/** of those, closed now */
	DEPT_CLOSED(Table.DEPARTMENT),

	// per person and the role they acted in
	/** inspector: own reports (patrol and self-handled) */
	REPORTS(Table.PERSON),
	/** inspector: own reports that were filed (or self-handled) and are not void or duplicates */
	VALID_REPORTS(Table.PERSON),
	/** inspector: verifications */
	VERIFICATIONS(Table.PERSON),
	VERIFICATIONS_ON_TIME(Table.PERSON),
	/** inspector: checks (pass or fail) */
	CHECKS(Table.PERSON),
	CHECKS_ON_TIME(Table.PERSON),
	/** operator: reports taken in (受理数) */
	INTAKES(Table.PERSON),
	/** operator: verifications of the reports they took in, and of those on time (核实按时派发) */
	INTAKE_VERIFIED(Table.PERSON),
	INTAKE_VERIFIED_ON_TIME(Table.PERSON),
	/** operator: checks of the reports they took in, and of those on time (核查按时派发) */
	INTAKE_CHECKED(Table.PERSON),
	INTAKE_CHECKED_ON_TIME(Table.PERSON),
	/** shift leader: filings and voidings */
	FILINGS(Table.PERSON),
	FILINGS_ON_TIME(Table.PERSON),
	/** shift leader: filings whose case was not returned afterwards (准确立案), and all voidings */
	ACCURATE_FILINGS(Table.PERSON),
	/** shift leader: closings */
	CLOSINGS(Table.PERSON),
	CLOSINGS_ON_TIME(Table.PERSON),
	/** dispatcher: dispatches */
	DISPATCHES(Table.PERSON),
	DISPATCHES_ON_TIME(Table.PERSON),
	/** dispatcher: dispatches not returned (准确派遣) */
	ACCURATE_DISPATCHES(Table.PERSON);

	/** The three rollup tables and their key columns besides the day. */
	public enum Table {

		REGION("assessment.region_day", "region_code", "category_code"),
		DEPARTMENT("assessment.department_day", "department", "category_code"),
		PERSON("assessment.person_day", "user_id", "role");

		private final String name;

		private final String unitColumn;

		private final String detailColumn;

		Table(String name, String unitColumn, String detailColumn) {
			this.name = name;
			this.unitColumn = unitColumn;
			this.detailColumn = detailColumn;
		}

		public String tableName() {
			return name;
		}

		public String unitColumn() {
			return unitColumn;
		}

		public String detailColumn() {
			return detailColumn;
		}

		/** The table's measures, in column order. */
		public List<Measure> measures() {
			return BY_TABLE.get(this);
		}
	}

	private static final java.util.Map<Table, List<Measure>> BY_TABLE = new java.util.EnumMap<>(Table.class);

	private static final int[] INDEX = new int[values().length];

	static {
		for (Table t : Table.values()) {
			List<Measure> of = Arrays.stream(values()).filter(m -> m.table == t).toList();
			BY_TABLE.put(t, of);
			for (int i = 0; i < of.size(); i++) {
				INDEX[of.get(i).ordinal()] = i;
			}
		}
	}

	private final Table table;

	Measure(Table table) {
		this.table = table;
	}

	public Table table() {
		return table;
	}

	public String column() {
		return name().toLowerCase();
	}

	/** The measure's position among its table's measures. */
	public int index() {
		return INDEX[ordinal()];
	}
}
