package org.chengguan.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chengguan.assessment.Measure;
import org.chengguan.cases.Action;
import org.chengguan.cases.CaseHistory;
import org.chengguan.cases.CaseHistory.Step;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.Channel;
import org.chengguan.cases.Transition;

/**
 * What one case's history adds to the rollups: a pure function of its first {@code n} steps. The rollups are the sum
 * of it over all cases; a new transition changes them by {@code of(history, n + 1) − of(history, n)}, and a rebuild
 * sums {@code of(history, all)} — the same function both ways, so the incremental rollups and a rebuild agree by
 * construction (and a property test checks it).
 * <p>
 * Days are calendar days in Asia/Shanghai. A step is on time when it happens no later than the deadline of the
 * clock that ran before it (the previous step's deadline); a step after none is on time.
 */
public final class Contributions {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private Contributions() {
	}

	/** The contributions of the case's first {@code n} steps, by rollup row; each array indexed by measure index. */
	public static Map<RollupKey, long[]> of(CaseHistory history, int n) {
		Map<RollupKey, long[]> out = new TreeMap<>();
		if (n == 0) {
			return out;
		}
		List<Step> steps = history.steps().subList(0, n);
		CaseStatus now = steps.get(n - 1).transition().to();
		Step report = null;
		Step filing = null;
		Step voiding = null;
		boolean lastHandlingOnTime = true;
		boolean selfHandled = false;
		Transition reportedBy = null;
		for (int k = 0; k < n; k++) {
			Step step = steps.get(k);
			Transition t = step.transition();
			boolean onTime = onTime(steps, k);
			LocalDate day = day(t.at());
			long person = t.by().userId();
			String role = t.by().role();
			switch (t.action()) {
				case REPORT, SELF_HANDLE -> {
					if (report == null) {
						report = step;
						reportedBy = t;
					}
					if (t.action() == Action.SELF_HANDLE) {
						selfHandled = true;
						filing = filing == null ? step : filing;
					}
					if ("INSPECTOR".equals(role)) {
						add(out, person(day, person, role), Measure.REPORTS);
					}
					if ("OPERATOR".equals(role)) {
						add(out, person(day, person, role), Measure.INTAKES);
					}
				}
				case VERIFY -> {
					if ("INSPECTOR".equals(role)) {
						add(out, person(day, person, role), Measure.VERIFICATIONS);
						addIf(onTime, out, person(day, person, role), Measure.VERIFICATIONS_ON_TIME);
					}
					if (reportedBy != null && "OPERATOR".equals(reportedBy.by().role())) {
						RollupKey operator = person(day, reportedBy.by().userId(), "OPERATOR");
						add(out, operator, Measure.INTAKE_VERIFIED);
						addIf(onTime, out, operator, Measure.INTAKE_VERIFIED_ON_TIME);
					}
				}
				case FILE, VOID -> {
					if (t.action() == Action.FILE && filing == null) {
						filing = step;
					}
					if (t.action() == Action.VOID) {
						voiding = step;
					}
					if ("SHIFT_LEADER".equals(role)) {
						add(out, person(day, person, role), Measure.FILINGS);
						addIf(onTime, out, person(day, person, role), Measure.FILINGS_ON_TIME);
						addIf(t.action() == Action.VOID || !returnedAfter(steps, k, false), out,
								person(day, person, role), Measure.ACCURATE_FILINGS);
					}
				}
				case DISPATCH -> {
					if (step.leadDepartment() != null) {
						add(out, department(day, step), Measure.DISPATCHED);
					}
					if ("DISPATCHER".equals(role)) {
						add(out, person(day, person, role), Measure.DISPATCHES);
						addIf(onTime, out, person(day, person, role), Measure.DISPATCHES_ON_TIME);
						addIf(!returnedAfter(steps, k, true), out, person(day, person, role),
								Measure.ACCURATE_DISPATCHES);
					}
				}
				case HANDLE -> {
					lastHandlingOnTime = onTime;
					if (step.leadDepartment() != null) {
						add(out, department(day, step), Measure.HANDLED);
						addIf(onTime, out, department(day, step), Measure.HANDLED_ON_TIME);
					}
				}
				case CHECK_PASS, CHECK_FAIL -> {
					if ("INSPECTOR".equals(role)) {
						add(out, person(day, person, role), Measure.CHECKS);
						addIf(onTime, out, person(day, person, role), Measure.CHECKS_ON_TIME);
					}
					if (reportedBy != null && "OPERATOR".equals(reportedBy.by().role())) {
						RollupKey operator = person(day, reportedBy.by().userId(), "OPERATOR");
						add(out, operator, Measure.INTAKE_CHECKED);
						addIf(onTime, out, operator, Measure.INTAKE_CHECKED_ON_TIME);
					}
					if (t.action() == Action.CHECK_FAIL && step.leadDepartment() != null) {
						add(out, department(day, step), Measure.REWORK);
					}
				}
				case FEEDBACK -> {
					RollupKey row = region(history, day, step.categoryCode());
					add(out, row, Measure.ANSWERED);
					addIf(!"UNSATISFIED".equals(t.detail()), out, row, Measure.SATISFIED);
				}
				case CLOSE -> {
					if ("SHIFT_LEADER".equals(role)) {
						add(out, person(day, person, role), Measure.CLOSINGS);
						addIf(onTime, out, person(day, person, role), Measure.CLOSINGS_ON_TIME);
					}
				}
				default -> {
					// requests, decisions on them, urging, supervision, duplicates and warnings count
					// through the state they leave, below
				}
			}
		}
		if (report == null) {
			return out;
		}
		// the region's counters: the report on its day, the filing cohort on the filing day
		LocalDate reportDay = day(report.transition().at());
		RollupKey reportRow = region(history, reportDay, report.categoryCode());
		add(out, reportRow, Measure.REPORTED);
		add(out, reportRow, history.channel() == Channel.INSPECTOR ? Measure.BY_INSPECTOR : Measure.BY_PUBLIC);
		addIf(selfHandled, out, reportRow, Measure.SELF_HANDLED);
		addIf(now == CaseStatus.DUPLICATE, out, reportRow, Measure.DUPLICATES);
		if (now == CaseStatus.VOIDED && voiding != null) {
			add(out, region(history, day(voiding.transition().at()), voiding.categoryCode()), Measure.VOIDED);
		}
		boolean closed = now == CaseStatus.CLOSED || now == CaseStatus.ANSWERED;
		boolean valid = filing != null && now != CaseStatus.VOIDED && now != CaseStatus.DUPLICATE;
		if ("INSPECTOR".equals(reportedBy.by().role()) && valid) {
			add(out, person(reportDay, reportedBy.by().userId(), "INSPECTOR"), Measure.VALID_REPORTS);
		}
		if (valid) {
			LocalDate fileDay = day(filing.transition().at());
			RollupKey fileRow = region(history, fileDay, filing.categoryCode());
			add(out, fileRow, Measure.FILED);
			if (now != CaseStatus.SHELVED) {
				add(out, fileRow, Measure.SHOULD_CLOSE);
				addIf(closed, out, fileRow, Measure.CLOSED);
				addIf(closed && (selfHandled || lastHandlingOnTime), out, fileRow, Measure.CLOSED_ON_TIME);
				if (history.channel() == Channel.HOTLINE) {
					add(out, fileRow, Measure.HOTLINE_SHOULD_CLOSE);
					addIf(closed, out, fileRow, Measure.HOTLINE_CLOSED);
				}
				String department = steps.get(n - 1).leadDepartment();
				if (department != null) {
					RollupKey deptRow = new RollupKey(Measure.Table.DEPARTMENT, fileDay, department,
							steps.get(n - 1).categoryCode());
					add(out, deptRow, Measure.DEPT_SHOULD_CLOSE);
					addIf(closed, out, deptRow, Measure.DEPT_CLOSED);
				}
			}
		}
		return out;
	}

	/** {@code after − before}, row by row, leaving out rows that do not change. */
	public static Map<RollupKey, long[]> difference(Map<RollupKey, long[]> after, Map<RollupKey, long[]> before) {
		Map<RollupKey, long[]> delta = new TreeMap<>();
		after.forEach((key, values) -> delta.put(key, values.clone()));
		before.forEach((key, values) -> {
			long[] d = delta.computeIfAbsent(key, k -> new long[values.length]);
			for (int i = 0; i < values.length; i++) {
				d[i] -= values[i];
			}
		});
		delta.values().removeIf(Contributions::allZero);
		return delta;
	}

	/** Adds {@code more} into {@code into}. */
	public static void sum(Map<RollupKey, long[]> into, Map<RollupKey, long[]> more) {
		more.forEach((key, values) -> {
			long[] total = into.computeIfAbsent(key, k -> new long[values.length]);
			for (int i = 0; i < values.length; i++) {
				total[i] += values[i];
			}
		});
	}

	private static boolean allZero(long[] values) {
		for (long v : values) {
			if (v != 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether an approved return (回退) follows step k: for a dispatch, before the next dispatch (that dispatch was
	 * wrong); for a filing, at all (its routing proposal was wrong).
	 */
	private static boolean returnedAfter(List<Step> steps, int k, boolean untilNextDispatch) {
		for (int i = k + 1; i < steps.size(); i++) {
			Transition t = steps.get(i).transition();
			if (t.action() == Action.APPROVE_RETURN && t.to() == CaseStatus.FILED) {
				return true;
			}
			if (untilNextDispatch && t.action() == Action.DISPATCH) {
				return false;
			}
		}
		return false;
	}

	private static boolean onTime(List<Step> steps, int k) {
		if (k == 0) {
			return true;
		}
		Instant deadline = steps.get(k - 1).transition().deadline();
		return deadline == null || !steps.get(k).transition().at().isAfter(deadline);
	}

	static LocalDate day(Instant at) {
		return at.atZone(ZONE).toLocalDate();
	}

	private static RollupKey region(CaseHistory history, LocalDate day, String category) {
		return new RollupKey(Measure.Table.REGION, day, history.regionCode(), category);
	}

	private static RollupKey department(LocalDate day, Step step) {
		return new RollupKey(Measure.Table.DEPARTMENT, day, step.leadDepartment(), step.categoryCode());
	}

	private static RollupKey person(LocalDate day, long userId, String role) {
		return new RollupKey(Measure.Table.PERSON, day, Long.toString(userId), role);
	}

	private static void add(Map<RollupKey, long[]> out, RollupKey key, Measure measure) {
		out.computeIfAbsent(key, k -> new long[k.table().measures().size()])[measure.index()]++;
	}

	private static void addIf(boolean condition, Map<RollupKey, long[]> out, RollupKey key, Measure measure) {
		if (condition) {
			add(out, key, measure);
		}
	}
}
