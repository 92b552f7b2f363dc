package org.chengguan.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that fails as nothing expected, for {@link ProblemErrorsTests}: only in the tests' context (component scan
 * of the test classes), hidden from the OpenAPI description so the API sweep does not take it for part of the API.
 */
@Hidden
@Controller
class FailingPage {

	@GetMapping("/test-only/failing-page")
	String fail() {
		throw new IllegalStateException("a failure nothing expected (test)");
	}
}
