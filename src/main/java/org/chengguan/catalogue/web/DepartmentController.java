package org.chengguan.catalogue.web;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Department;
import org.chengguan.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/departments")
@Tag(name = "Catalogue")
class DepartmentController {

	private final CatalogueManagement catalogue;

	DepartmentController(CatalogueManagement catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	List<Department> list() {
		return catalogue.departments();
	}

	@GetMapping("/{code}")
	Department one(@PathVariable String code) {
		return catalogue.department(code)
			.orElseThrow(() -> new NotFoundException("No department with code '" + code + "'"));
	}
}
