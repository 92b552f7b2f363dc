package org.chengguan.catalogue.web;

import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.CategoryKind;
import org.chengguan.worktime.TimeLimit;

/** A category as the API shows it, with its class and default department flattened for clients. */
record CategoryResponse(String code, String chineseCode, String standard, CategoryKind kind, String classCode,
		String className, String name, DepartmentRef defaultDepartment, TimeLimit defaultLimit, boolean urgent,
		String filingRule, String closingRule, boolean active) {

	static CategoryResponse of(Category category) {
		return new CategoryResponse(category.code(), category.chineseCode(), category.standard(), category.kind(),
				category.categoryClass().code(), category.categoryClass().name(), category.name(),
				DepartmentRef.of(category.defaultDepartment()), category.defaultLimit(), category.urgent(),
				category.filingRule(), category.closingRule(), category.active());
	}
}
