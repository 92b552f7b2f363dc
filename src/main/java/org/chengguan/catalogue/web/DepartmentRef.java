package org.chengguan.catalogue.web;

import org.chengguan.catalogue.Department;

/** A department named in another answer: enough to show it and to look it up. */
record DepartmentRef(String code, String name) {

	static DepartmentRef of(Department department) {
		return new DepartmentRef(department.code(), department.name());
	}
}
