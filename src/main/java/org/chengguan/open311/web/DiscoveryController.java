package org.chengguan.open311.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.chengguan.open311.internal.Jurisdiction;
import org.chengguan.open311.internal.Open311Exception;
import org.chengguan.open311.internal.ServiceCatalogue;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * GET discovery, services and a service definition. No api_key needed. Left out of the OpenAPI description: the
 * GeoReport v2 spec and discovery describe them.
 */
@Hidden
@GeoReport
@RestController
class DiscoveryController {

	static final String BASE = "/open311/v2";

	private final Jurisdiction jurisdiction;

	private final ServiceCatalogue services;

	DiscoveryController(Jurisdiction jurisdiction, ServiceCatalogue services) {
		this.jurisdiction = jurisdiction;
		this.services = services;
	}

	@GetMapping(BASE + "/discovery.{format}")
	ResponseEntity<byte[]> discovery(@PathVariable String format) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString();
		return Answers.ok(format, Documents.discovery(jurisdiction.properties(), url));
	}

	@GetMapping(BASE + "/services.{format}")
	ResponseEntity<byte[]> services(@PathVariable String format, HttpServletRequest request) {
		Answers.format(format);
		jurisdiction.check(request.getParameterMap());
		return Answers.ok(format, Documents.services(services.services()));
	}

	@GetMapping(BASE + "/services/{code}.{format}")
	ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
			HttpServletRequest request) {
		Answers.format(format);
		jurisdiction.check(request.getParameterMap());
		var service = services.service(code).orElseThrow(() -> Open311Exception.notFound("service_code '" + code
				+ "' not found: services." + format + " lists the services offered"));
		return Answers.ok(format, Documents.definition(service));
	}
}
