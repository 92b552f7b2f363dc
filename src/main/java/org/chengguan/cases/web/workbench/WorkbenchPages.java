package org.chengguan.cases.web.workbench;

import org.chengguan.identity.Actors;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every desktop page shares: the tabs the signed-in user may open, and errors shown as a page in words rather
 * than the API's problem documents (this advice comes before the platform's one for these controllers only).
 */
@ControllerAdvice(basePackageClasses = WorkbenchPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkbenchPages {

	private final Actors actors;

	WorkbenchPages(Actors actors) {
		this.actors = actors;
	}

	@ModelAttribute("tabs")
	PageAccess.Tabs tabs() {
		return PageAccess.Tabs.of(actors.current().orElse(null));
	}

	@ExceptionHandler
	ModelAndView forbidden(ForbiddenException e) {
		return error(HttpStatus.FORBIDDEN, "wb.error.forbidden", e.getMessage());
	}

	@ExceptionHandler
	ModelAndView notFound(NotFoundException e) {
		return error(HttpStatus.NOT_FOUND, "wb.error.notFound", e.getMessage());
	}

	private ModelAndView error(HttpStatus status, String messageKey, String detail) {
		ModelAndView page = new ModelAndView("platform/page-error", status);
		page.addObject("messageKey", messageKey);
		page.addObject("detail", detail);
		page.addObject("tabs", tabs());
		page.addObject("me", actors.current().orElse(null));
		return page;
	}
}
