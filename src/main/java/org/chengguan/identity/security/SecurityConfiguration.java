package org.chengguan.identity.security;

import java.time.Clock;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.chengguan.identity.internal.AccessTokens;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.chengguan.identity.internal.PasswordSignIn;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what. The API ({@code /api/**}) is stateless: a bearer token on each request, no session, no CSRF
 * token (a bearer header is not sent by a browser on its own). Everything else is the second chain, where the pages
 * will bring sessions and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = SecurityConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		bearerFormat = "opaque", description = "A token from POST /api/v1/auth/token, sent as 'Authorization: Bearer <token>'.")
class SecurityConfiguration {

	static final String BEARER = "bearer";

	@Bean
	ProblemResponses problemResponses(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		return new ProblemResponses(resolver);
	}

	/**
	 * No Micrometer observation around each of the security filters, authentications and authorizations: they cost
	 * about a tenth of a request's CPU on the intake (measured with JFR, docs/PERFORMANCE.md) and trace nothing that
	 * the request's own {@code http.server.requests} observation and the sign-in audit do not already show.
	 */
	@Bean
	static org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
		return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
	}

	/**
	 * A request the firewall refuses (an encoded {@code %}, {@code ;} or {@code //} in its path, …) is answered 400 with
	 * the firewall's reason, which the error path ({@code ProblemErrorController}) puts in the problem's detail; Spring
	 * Security's default says only "Bad Request".
	 */
	@Bean
	static org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
		return (request, response, rejected) -> response.sendError(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST,
				rejected.getMessage());
	}

	@Bean
	BearerTokenAuthenticationProvider bearerTokenAuthenticationProvider(AccessTokens tokens, Clock clock) {
		return new BearerTokenAuthenticationProvider(tokens, clock);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, BearerTokenAuthenticationProvider bearerTokens,
			ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.addFilterBefore(new BearerTokenFilter(bearerTokens), AnonymousAuthenticationFilter.class)
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(requests -> {
				for (Endpoint endpoint : Endpoint.PUBLIC_API) {
					requests.requestMatchers(endpoint.method(), endpoint.pattern()).permitAll();
				}
				for (Endpoint endpoint : Endpoint.ADMIN_API) {
					requests.requestMatchers(endpoint.method(), endpoint.pattern()).hasRole("ADMIN");
				}
				requests.anyRequest().authenticated();
			});
		return http.build();
	}

	/** Open311 ({@link Endpoint#OPEN311}): stateless and open; the open311 module checks api_keys itself. */
	@Bean
	@Order(0)
	SecurityFilterChain open311Security(HttpSecurity http) throws Exception {
		http.securityMatcher(Endpoint.OPEN311)
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
		return http.build();
	}

	/**
	 * The pages: a session after signing in (the staff form, or a citizen's phone and code), CSRF tokens on every
	 * form and htmx request, and a redirect to the sign-in page for anyone who is not signed in.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, PasswordSignIn passwordSignIn, AccessTokens tokens)
			throws Exception {
		http.authenticationProvider(new PagePasswordAuthentication(passwordSignIn))
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(form -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				// back to the page that asked to sign in (a facility's "report a fault" form), else each role's start
				.defaultSuccessUrl("/home", false)
				.failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
						+ (failure instanceof LockedException ? "/login?error=locked" : "/login?error=credentials")))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication instanceof ActorAuthentication signedIn) {
						tokens.revoke(signedIn.getCredentials());
					}
				})
				.logoutSuccessUrl("/login?logout"))
			.authorizeHttpRequests(requests -> requests.requestMatchers(Endpoint.PUBLIC_PAGES.toArray(String[]::new))
				.permitAll()
				.requestMatchers(Endpoint.CITIZEN_PAGES.toArray(String[]::new))
				.hasRole("CITIZEN")
				.requestMatchers(Endpoint.ADMIN_PAGES.toArray(String[]::new))
				.hasRole("ADMIN")
				.requestMatchers(Endpoint.ASSESSMENT_PAGES.toArray(String[]::new))
				.hasAnyRole("LEADER", "ADMIN", "SHIFT_LEADER", "DISPATCHER", "OPERATOR")
				.anyRequest()
				.authenticated());
		return http.build();
	}
}
