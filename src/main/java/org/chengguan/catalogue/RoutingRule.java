package org.chengguan.catalogue;

import java.util.List;

/**
 * A routing rule (部门联动规则): cases of a category in a region go to a lead department (主办), with assisting
 * departments (协办) if any.
 *
 * @param regionCode an administrative code: the city (4 digits), a district (6), street (9), community (12) or grid
 * (15); the rule covers every region whose code starts with it
 * @param note why the rule exists, for the people who maintain the rules
 * @param autoDispatch whether a filed case this rule routes is dispatched at once, without a dispatcher (urgent
 * categories whose department is never in doubt)
 */
public record RoutingRule(long id, String categoryCode, String regionCode, String leadDepartment,
		List<String> assistingDepartments, boolean active, String note, boolean autoDispatch) {

	public RoutingRule {
		assistingDepartments = List.copyOf(assistingDepartments);
	}

	/** Whether this rule, if active, would route cases of the category in the given region. */
	public boolean covers(String categoryCode, String regionCode) {
		return this.categoryCode.equals(categoryCode) && regionCode.startsWith(this.regionCode);
	}
}
