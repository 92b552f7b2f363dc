package org.chengguan.catalogue;

import org.chengguan.worktime.TimeLimit;

/**
 * A category (类别) of the problems the platform handles: a 部件 or a 事件 of a standard, with the department a case
 * goes to unless a routing rule says otherwise, and the time it has to handle it.
 *
 * @param code the catalogue's canonical code, unique across standards ({@link CategoryCode})
 * @param standard the standard the category comes from, such as {@code CJ/T 214-2007}
 * @param urgent whether cases of this category are emergencies (紧急), handled before all others
 * @param filingRule 立案标准: when a report of this category is filed as a case
 * @param closingRule 结案标准: when a case of this category may be closed
 * @param active whether new cases may use this category; inactive ones stay for the cases that have them
 */
public record Category(String code, String standard, CategoryKind kind, CategoryClass categoryClass, String name,
		Department defaultDepartment, TimeLimit defaultLimit, boolean urgent, String filingRule, String closingRule,
		boolean active) {

	/** The code as Chinese documents write it: {@code 部件0101}, {@code 事件0102}. */
	public String chineseCode() {
		return kind.chineseName() + code.substring(kind.codePrefix().length());
	}
}
