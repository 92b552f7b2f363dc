package org.chengguan.assessment.web;

import org.chengguan.identity.Actors;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the assessment's pages shown as a page in words rather than the API's problem documents (this advice
 * comes before the platform's one, for these controllers only).
 */
@ControllerAdvice(assignableTypes = { AssessmentPageController.class, LateCasesPage.class, MonthlyReportPage.class,
		ScoreboardPage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssessmentPages {

	private final Actors actors;

	AssessmentPages(Actors actors) {
		this.actors = actors;
	}

	@ExceptionHandler
	ModelAndView forbidden(ForbiddenException e) {
		return error(HttpStatus.FORBIDDEN, "as.error.forbidden", e.getMessage());
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidInputException e) {
		return error(HttpStatus.BAD_REQUEST, "as.error.invalid", e.getMessage());
	}

	@ExceptionHandler
	ModelAndView notFound(NotFoundException e) {
		return error(HttpStatus.NOT_FOUND, "as.error.notFound", e.getMessage());
	}

	private ModelAndView error(HttpStatus status, String messageKey, String detail) {
		ModelAndView page = new ModelAndView("platform/page-error", status);
		page.addObject("messageKey", messageKey);
		page.addObject("detail", detail);
		page.addObject("me", actors.current().orElse(null));
		return page;
	}
}
