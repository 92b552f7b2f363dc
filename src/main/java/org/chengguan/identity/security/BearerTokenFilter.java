package org.chengguan.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in from {@code Authorization: Bearer <token>}. A token that does not sign in (unknown, expired,
 * revoked, deactivated account) leaves the request anonymous and its reason in a request attribute, so public
 * endpoints still answer and protected ones answer 401 saying why. Not a bean: Boot would also register it as a
 * servlet filter outside the security chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	/** Request attribute: why the bearer token presented did not sign the request in. */
	static final String REJECTION = BearerTokenFilter.class.getName() + ".rejection";

	private static final String PREFIX = "Bearer ";

	private final BearerTokenAuthenticationProvider provider;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(BearerTokenAuthenticationProvider provider) {
		this.provider = provider;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			try {
				var context = contexts.createEmptyContext();
				context.setAuthentication(
						provider.authenticate(new BearerTokenRequest(header.substring(PREFIX.length()).strip())));
				contexts.setContext(context);
			}
			catch (AuthenticationException e) {
				request.setAttribute(REJECTION, e.getMessage());
			}
		}
		chain.doFilter(request, response);
	}
}
