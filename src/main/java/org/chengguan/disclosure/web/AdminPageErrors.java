package org.chengguan.disclosure.web;

import org.chengguan.identity.Actors;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the administrators' disclosure pages shown as a page in words rather than the API's problem documents
 * (this advice comes before the platform's one, for these controllers only). Errors a page can place next to a field
 * are shown on the page itself; these are the rest: a refusal, an unknown document or community, a malformed request.
 */
@ControllerAdvice(assignableTypes = { DisclosureAdminPage.class, DocumentEditorPage.class, OfficerAdminPage.class,
		SupervisionAdminPage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminPageErrors {

	private final Actors actors;

	AdminPageErrors(Actors actors) {
		this.actors = actors;
	}

	@ExceptionHandler
	ModelAndView forbidden(ForbiddenException e) {
		return error(HttpStatus.FORBIDDEN, "disclosure.admin.error.forbidden", e.getMessage());
	}

	@ExceptionHandler
	ModelAndView notFound(NotFoundException e) {
		return error(HttpStatus.NOT_FOUND, "disclosure.admin.error.notFound", e.getMessage());
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidInputException e) {
		return error(HttpStatus.BAD_REQUEST, "disclosure.admin.error.invalid", e.getMessage());
	}

	@ExceptionHandler({ TypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView malformed(Exception e) {
		return error(HttpStatus.BAD_REQUEST, "disclosure.admin.error.invalid", e.getMessage());
	}

	private ModelAndView error(HttpStatus status, String messageKey, String detail) {
		ModelAndView page = new ModelAndView("platform/page-error", status);
		page.addObject("messageKey", messageKey);
		page.addObject("detail", detail);
		page.addObject("me", actors.current().orElse(null));
		return page;
	}
}
