package org.chengguan.platform.web;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.chengguan.platform.ConflictException;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.chengguan.platform.PayloadTooLargeException;
import org.chengguan.platform.UnauthenticatedException;
import org.chengguan.platform.UnprocessableException;
import org.chengguan.platform.UnsupportedContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns exceptions into RFC 9457 {@code application/problem+json}. Spring's base class
 * covers malformed requests (missing or unconvertible parameters, unknown paths); this adds the domain's own
 * exceptions and makes validation failures say which parameter is wrong and why.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidInputException e) {
		var status = e instanceof UnprocessableException ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
		return problem(status, "Invalid input", e.getMessage(), e.errors());
	}

	@ExceptionHandler
	ProblemDetail unauthenticated(UnauthenticatedException e) {
		return problem(HttpStatus.UNAUTHORIZED, "Unauthenticated", e.getMessage(), List.of());
	}

	@ExceptionHandler
	ProblemDetail forbidden(ForbiddenException e) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException e) {
		var problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), List.of());
		e.properties().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail tooLarge(PayloadTooLargeException e) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", e.getMessage(), List.of());
	}

	@ExceptionHandler
	ProblemDetail unsupported(UnsupportedContentException e) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content", e.getMessage(), List.of());
	}

	@ExceptionHandler
	ProblemDetail constraintViolation(ConstraintViolationException e) {
		var errors = e.getConstraintViolations().stream()
			.map(v -> leaf(v.getPropertyPath().toString()) + ": " + v.getMessage())
			.sorted()
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", String.join("; ", errors), errors);
	}

	/**
	 * A file upload that is not a multipart request, or a broken one (an upload too large is Spring's 413, handled by
	 * the base class). Was a 500 where an endpoint does not declare that it consumes multipart.
	 */
	@ExceptionHandler
	ProblemDetail notMultipart(org.springframework.web.multipart.MultipartException e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input",
				"This takes a file upload (multipart/form-data): " + e.getMessage(), List.of());
	}

	/**
	 * Text PostgreSQL cannot store: the NUL character (U+0000), which JSON may carry as {@code \u0000}. The statement
	 * failed, so its transaction rolled back and nothing was written. Query strings and forms are refused before
	 * this ({@link NulCharacterGuard}); this catches what comes in a JSON body.
	 */
	@ExceptionHandler
	ProblemDetail unstorableText(org.springframework.dao.DataIntegrityViolationException e,
			jakarta.servlet.http.HttpServletRequest request) throws Exception {
		if (e.getMostSpecificCause() instanceof java.sql.SQLException sql
				&& NulCharacterGuard.UNSTORABLE_TEXT.equals(sql.getSQLState())) {
			return problem(HttpStatus.BAD_REQUEST, "Invalid input", NulCharacterGuard.DETAIL, List.of());
		}
		return unexpected(e, request);
	}

	/**
	 * A failure nothing expected: logged, and answered with a 500 problem that leaks nothing — except to a browser
	 * asking for a page, for which the exception is passed on to the container's error page ({@code error.html},
	 * through {@link ProblemErrorController}) rather than answered with JSON.
	 */
	@ExceptionHandler
	ProblemDetail unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) throws Exception {
		if (isPage(request)) {
			throw e;
		}
		log.error("Unhandled exception", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The server failed to answer this request; the error is logged.", List.of());
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var errors = ex.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream()
				.map(err -> r.getMethodParameter().getParameterName() + ": " + err.getDefaultMessage()))
			.sorted()
			.toList();
		var body = problem(HttpStatus.BAD_REQUEST, "Invalid input", String.join("; ", errors), errors);
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** An unreadable body: say where the parser stopped, not just "Failed to read request". */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		String reason = cause == ex || cause.getMessage() == null ? "the body is missing or unreadable"
				: cause.getMessage().lines().findFirst().orElse("");
		var body = problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
				"The request body could not be read: " + reason, List.of());
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** A browser's request for a page: not the API's paths, and HTML accepted. */
	private static boolean isPage(jakarta.servlet.http.HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return accept != null && accept.contains("text/html") && !path.startsWith("/api/")
				&& !path.startsWith("/open311/");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, List<String> errors) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	private static String leaf(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}
}
