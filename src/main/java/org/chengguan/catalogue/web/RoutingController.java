package org.chengguan.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chengguan.catalogue.CatalogueManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Catalogue")
class RoutingController {

	private final CatalogueManagement catalogue;

	RoutingController(CatalogueManagement catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/api/v1/routing")
	@Operation(summary = "Which department a case of a category in a region goes to (部门联动): the most specific "
			+ "routing rule, else the category's default department")
	RoutingResponse route(@RequestParam String category, @RequestParam String region) {
		return RoutingResponse.of(catalogue.route(category, region));
	}
}
