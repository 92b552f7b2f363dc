package org.chengguan.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string or a form that carries the NUL character ({@code %00}) with a 400 — a problem for API
 * clients, the error page for browsers — before anything reads it: PostgreSQL cannot store or compare text containing
 * U+0000, so a search or a filter given one failed with a 500 (found by sweeping the pages' forms and the API's
 * queries). A JSON body's {@code \u0000} reaches the database and is answered by {@link ProblemAdvice}. Tomcat already
 * refuses {@code %00} in a path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
final class NulCharacterGuard extends OncePerRequestFilter {

	/** PostgreSQL's SQLSTATE for "invalid byte sequence for encoding" (character_not_in_repertoire). */
	static final String UNSTORABLE_TEXT = "22021";

	static final String DETAIL = "Text must not contain the NUL character (U+0000, %00 in a URL).";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (carriesNul(request)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, DETAIL);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean carriesNul(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
			return true;
		}
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			// a form's fields are parsed for the application anyway; only their values can carry a NUL
			for (String[] values : request.getParameterMap().values()) {
				for (String value : values) {
					if (value.indexOf('\0') >= 0) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
