package org.chengguan.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * The container's error path ({@code /error}) for what fails outside Spring MVC's handlers — a request the security
 * firewall refuses (an encoded {@code %}, {@code ;} or {@code //} in the path), an exception thrown by a filter, a
 * {@code sendError} from the container: answered as {@code application/problem+json} like every other error of the
 * API, instead of Boot's own JSON shape ({@code timestamp}, {@code error}, {@code path}). Pages (a browser asking for
 * HTML) still get the error page. A client error's detail is the container's message, when it gave one; a server
 * error's never is (it is logged, not shown).
 */
@Controller
final class ProblemErrorController extends BasicErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> resolvers) {
		super(errorAttributes, web.getError(), resolvers.orderedStream().toList());
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			return new ResponseEntity<>(status);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(status, message(request), (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
	}

	/** The body of RFC 9457 for {@code status}; shared with the container's own error reports. */
	static Map<String, Object> problem(HttpStatus status, String message, String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail(status, message));
		if (instance != null && !instance.isBlank()) {
			body.put("instance", instance);
		}
		return body;
	}

	private static String message(HttpServletRequest request) {
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		return message instanceof String text ? text : null;
	}

	private static String detail(HttpStatus status, String message) {
		if (status.is4xxClientError() && message != null && !message.isBlank()) {
			return message;
		}
		return GENERIC.getOrDefault(status, status.is5xxServerError()
				? "The server failed to answer this request; the error is logged."
				: "The request was refused (" + status.value() + " " + status.getReasonPhrase() + ").");
	}

	private static final Map<HttpStatus, String> GENERIC = Map.of(HttpStatus.BAD_REQUEST,
			"The request is malformed: its URL or headers break HTTP's rules (a character a URL must encode, an "
					+ "encoded '%', ';' or '//' in the path, or headers over the size limit).",
			HttpStatus.NOT_FOUND, "Nothing is found at this path.", HttpStatus.METHOD_NOT_ALLOWED,
			"This path does not take this method.");
}
