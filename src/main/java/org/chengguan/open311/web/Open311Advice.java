package org.chengguan.open311.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.chengguan.open311.internal.Open311Exception;
import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the Open311 endpoints as the spec writes them — {@code <errors><error><code/><description/></error>
 * </errors>} or the JSON array — with 404 for what does not exist, 403 for the api_key, 429 for a key over its
 * rate (with Retry-After) and 400 for everything else. Ahead of the platform's problem-details advice, and only
 * for the {@link GeoReport} controllers: the rest of the platform keeps {@code application/problem+json}.
 */
@RestControllerAdvice(annotations = GeoReport.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Advice {

	private static final Logger log = LoggerFactory.getLogger(Open311Advice.class);

	@ExceptionHandler
	ResponseEntity<byte[]> open311(Open311Exception e, HttpServletRequest request) {
		var response = ResponseEntity.status(e.status()).contentType(format(request).mediaType());
		if (e.retryAfter() != null) {
			response.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
		}
		return response.body(Render.as(format(request), Documents.errors(e.errors())));
	}

	/** The cases module's refusals of a report (a point outside the city, a description it will not take). */
	@ExceptionHandler
	ResponseEntity<byte[]> invalid(InvalidInputException e, HttpServletRequest request) {
		List<String> all = e.errors().isEmpty() ? List.of(e.getMessage()) : e.errors();
		return open311(Open311Exception.badRequest(all), request);
	}

	@ExceptionHandler
	ResponseEntity<byte[]> notFound(NotFoundException e, HttpServletRequest request) {
		return open311(Open311Exception.notFound(e.getMessage()), request);
	}

	/** An Idempotency-Key sent again with a different request. */
	@ExceptionHandler
	ResponseEntity<byte[]> conflict(ConflictException e, HttpServletRequest request) {
		return open311(Open311Exception.badRequest(e.getMessage()), request);
	}

	@ExceptionHandler
	ResponseEntity<byte[]> forbidden(ForbiddenException e, HttpServletRequest request) {
		return open311(Open311Exception.forbidden(e.getMessage()), request);
	}

	/** Spring's own refusals (a malformed request) are 400s; anything else is the server's fault, logged. */
	@ExceptionHandler
	ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
		if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
			String detail = spring.getBody().getDetail();
			return open311(Open311Exception.badRequest(detail == null ? "The request is invalid." : detail), request);
		}
		log.error("Open311 request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
		return ResponseEntity.status(500)
			.contentType(format(request).mediaType())
			.body(Render.as(format(request), Documents.errors(List.of(new Open311Exception.Error(500,
					"The server failed to answer this request; the error is logged.")))));
	}

	private static Format format(HttpServletRequest request) {
		return Format.ofPath(request.getRequestURI());
	}
}
