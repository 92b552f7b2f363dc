package org.chengguan.identity.web;

import java.util.Locale;

import org.chengguan.identity.Actors;
import org.chengguan.identity.PageErrors;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * The refusals of every {@link PageErrors} controller as a page in words (before the platform's problem advice, for
 * those controllers only), with the signed-in user for the navbar.
 */
@ControllerAdvice(annotations = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorPages {

	private final Actors actors;

	private final MessageSource messages;

	PageErrorPages(Actors actors, MessageSource messages) {
		this.actors = actors;
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView forbidden(ForbiddenException e, HandlerMethod handler, Locale locale) {
		return page(HttpStatus.FORBIDDEN, handler, "forbidden", e.getMessage(), locale);
	}

	@ExceptionHandler
	ModelAndView notFound(NotFoundException e, HandlerMethod handler, Locale locale) {
		return page(HttpStatus.NOT_FOUND, handler, "notFound", e.getMessage(), locale);
	}

	@ExceptionHandler({ InvalidInputException.class, TypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ModelAndView invalid(Exception e, HandlerMethod handler, Locale locale) {
		return page(HttpStatus.BAD_REQUEST, handler, "invalid", e.getMessage(), locale);
	}

	private ModelAndView page(HttpStatus status, HandlerMethod handler, String what, String detail, Locale locale) {
		PageErrors marked = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PageErrors.class);
		String key = (marked == null ? "page.error" : marked.value()) + "." + what;
		if (messages.getMessage(key, null, null, locale) == null) {
			key = "page.error." + what;
		}
		ModelAndView page = new ModelAndView("platform/page-error", status);
		page.addObject("messageKey", key);
		page.addObject("detail", detail);
		page.addObject("me", actors.current().orElse(null));
		return page;
	}
}
