package org.chengguan.assessment.web;

import java.time.Instant;

import org.chengguan.cases.Action;
import org.chengguan.cases.CaseFigures;
import org.chengguan.cases.CaseStatus;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.Department;

/**
 * One late case behind a score, as the page and the API show it: what it is (no reporter, no description: nothing
 * personal), the step that was latest ({@code null} with {@code stillOverdue}: its running clock), the deadline it
 * missed and when it was done, and how late in 工作时 and on the wall clock, in minutes.
 */
record LateRow(long id, String number, CaseStatus status, String categoryCode, String category, String regionCode,
		String departmentCode, String department, Action step, Instant deadline, Instant at, boolean stillOverdue,
		long lateWorkingMinutes, long lateMinutes, int lateSteps) {

	static LateRow of(CaseFigures.LateCase c, CatalogueManagement catalogue) {
		String department = c.leadDepartment() == null ? null
				: catalogue.department(c.leadDepartment()).map(Department::name).orElse(c.leadDepartment());
		return new LateRow(c.caseId(), c.number(), c.status(), c.categoryCode(),
				catalogue.category(c.categoryCode()).map(Category::name).orElse(c.categoryCode()), c.regionCode(),
				c.leadDepartment(), department, c.step(), c.deadline(), c.at(), c.stillOverdue(),
				c.workingTimeLate().toMinutes(), c.late().toMinutes(), c.lateSteps());
	}
}
