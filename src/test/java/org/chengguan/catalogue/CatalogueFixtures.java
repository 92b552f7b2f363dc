package org.chengguan.catalogue;

import java.util.List;

import org.chengguan.worktime.TimeLimit;
import org.chengguan.worktime.TimeLimitUnit;

/** Categories, departments and rules made up for unit tests, independent of the seeded catalogue. */
final class CatalogueFixtures {

	private CatalogueFixtures() {
	}

	static Department department(String code) {
		return new Department(code, code + " 部门", code, "联系人", "0561-3100000", "地址", "职责");
	}

	static Category category(String code, Department defaultDepartment) {
		var kind = code.startsWith(CategoryKind.COMPONENT.codePrefix()) ? CategoryKind.COMPONENT : CategoryKind.EVENT;
		return new Category(code, "CJ/T 214-2007", kind, new CategoryClass(code.substring(1, 3), "大类"), "类别 " + code,
				defaultDepartment, TimeLimit.of("4", TimeLimitUnit.WORK_HOURS), false, "立案标准", "结案标准", true);
	}

	static RoutingRule rule(long id, String category, String region, String lead, String... assisting) {
		return new RoutingRule(id, category, region, lead, List.of(assisting), true, null, false);
	}

	static RoutingRule inactiveRule(long id, String category, String region, String lead) {
		return new RoutingRule(id, category, region, lead, List.of(), false, null, false);
	}
}
