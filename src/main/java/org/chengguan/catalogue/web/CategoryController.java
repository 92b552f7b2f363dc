package org.chengguan.catalogue.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Catalogue", description = "类别 (部件/事件), 部门 and routing")
class CategoryController {

	private final CatalogueManagement catalogue;

	CategoryController(CatalogueManagement catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "Lists categories, optionally of one kind (COMPONENT = 部件, EVENT = 事件) or matching a text")
	List<CategoryResponse> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String q) {
		var filter = CategoryFilter.of(kind, q);
		return catalogue.categories().stream().filter(filter::matches).map(CategoryResponse::of).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "One category with its filing and closing rules; the code as C0101, c0101 or 部件0101")
	CategoryResponse one(@PathVariable String code) {
		return catalogue.category(code)
			.map(CategoryResponse::of)
			.orElseThrow(() -> new NotFoundException("No category with code '" + code + "' in the catalogue"));
	}
}
