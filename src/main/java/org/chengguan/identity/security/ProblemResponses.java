package org.chengguan.identity.security;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chengguan.identity.Actor;
import org.chengguan.identity.Role;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.UnauthenticatedException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers 401 and 403 from the security filters as the rest of the API answers errors: the platform's
 * problem details (they are handed to the MVC exception resolvers, and so to {@code platform.web.ProblemAdvice}).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String SIGN_IN_NEEDED = "This needs a signed-in user: send 'Authorization: Bearer <token>' with a "
			+ "token from POST /api/v1/auth/token.";

	private final HandlerExceptionResolver resolver;

	ProblemResponses(HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) {
		Object rejection = request.getAttribute(BearerTokenFilter.REJECTION);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				rejection == null ? "Bearer" : "Bearer error=\"invalid_token\"");
		String detail = rejection == null ? SIGN_IN_NEEDED : rejection.toString();
		resolver.resolveException(request, response, null, new UnauthenticatedException(detail));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) {
		resolver.resolveException(request, response, null, new ForbiddenException(detail(exception)));
	}

	private static String detail(AccessDeniedException exception) {
		if (exception instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
			String needed = roles(decision.getAuthorities());
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			String who = authentication != null && authentication.getPrincipal() instanceof Actor actor
					? actor.username() + " has " + (actor.roles().isEmpty() ? "no role"
							: actor.roles().stream().map(Enum::name).collect(Collectors.joining(", ")))
					: "you have none of them";
			return "This needs the role " + needed + "; " + who + ".";
		}
		return "Access denied: " + exception.getMessage();
	}

	private static String roles(Collection<GrantedAuthority> authorities) {
		return authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.map(a -> a.startsWith("ROLE_") ? a.substring(5) : a)
			.map(name -> {
				try {
					return name + " (" + Role.valueOf(name).chineseName() + ")";
				}
				catch (IllegalArgumentException e) {
					return name;
				}
			})
			.collect(Collectors.joining(" or "));
	}
}
