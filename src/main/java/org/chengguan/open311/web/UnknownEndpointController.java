package org.chengguan.open311.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.chengguan.open311.internal.Open311Exception;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anything else under {@code /open311}, whatever the method: a 404 in the spec's format rather than the platform's
 * problem details (the most specific mapping wins, so the real endpoints never reach this).
 */
@Hidden
@GeoReport
@RestController
class UnknownEndpointController {

	@RequestMapping("/open311/**")
	void unknown(HttpServletRequest request) {
		throw Open311Exception.notFound("There is no " + request.getMethod() + " " + request.getRequestURI()
				+ ". The endpoints are discovery, services, services/{service_code}, requests (GET and POST), "
				+ "requests/{service_request_id}, tokens/{token} and servicerequestupdates under "
				+ DiscoveryController.BASE + ", each ending in .xml or .json.");
	}
}
