package org.chengguan.facilities.web;

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
 * Refusals on the pitch applications' pages shown as a page in words, not as the API's problem documents (before the
 * platform's advice, for these controllers only).
 */
@ControllerAdvice(assignableTypes = { PitchPages.class, OfficerPitchPages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PitchPageErrors {

	private final Actors actors;

	PitchPageErrors(Actors actors) {
		this.actors = actors;
	}

	@ExceptionHandler
	ModelAndView forbidden(ForbiddenException e) {
		return error(HttpStatus.FORBIDDEN, "pitches.error.forbidden", e.getMessage());
	}

	@ExceptionHandler
	ModelAndView notFound(NotFoundException e) {
		return error(HttpStatus.NOT_FOUND, "pitches.error.notFound", e.getMessage());
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidInputException e) {
		return error(HttpStatus.BAD_REQUEST, "pitches.error.invalid", e.getMessage());
	}

	private ModelAndView error(HttpStatus status, String messageKey, String detail) {
		ModelAndView page = new ModelAndView("platform/page-error", status);
		page.addObject("messageKey", messageKey);
		page.addObject("detail", detail);
		page.addObject("me", actors.current().orElse(null));
		return page;
	}
}
