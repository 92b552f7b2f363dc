package org.chengguan.identity.security;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A method and a path pattern: how the security rules name endpoints, and how the OpenAPI description finds which
 * operations those rules cover.
 */
record Endpoint(HttpMethod method, String pattern) {

	/** The API endpoints anyone may call without a token. */
	static final List<Endpoint> PUBLIC_API = List.of(get("/api/v1/locate"), get("/api/v1/regions/**"),
			get("/api/v1/categories/**"), get("/api/v1/departments/**"), get("/api/v1/routing"),
			get("/api/v1/worktime/**"), get("/api/v1/cases/nearby"), new Endpoint(HttpMethod.POST, "/api/v1/auth/token"),
			new Endpoint(HttpMethod.POST, "/api/v1/auth/otp"), get("/api/v1/facilities"),
			get("/api/v1/facilities.geojson"), get("/api/v1/facilities/**"),
			// live feeds from gate and charging systems: the facilities module checks each facility's API key
			new Endpoint(HttpMethod.PUT, "/api/v1/facilities/*/occupancy"),
			new Endpoint(HttpMethod.PUT, "/api/v1/facilities/*/ports/*"), get("/api/v1/public/scoreboard"),
			// disclosure (公示): who is my officer, the documents; its admin reads check the role themselves
			get("/api/v1/officers"), get("/api/v1/officers/*/photo"), get("/api/v1/disclosure/**"),
			// the public's part of street life, campaigns and engagement (issue 8): starred shops, open days and their
			// registration; each module checks what a caller without a token may do there
			get("/api/v1/public/**"), new Endpoint(HttpMethod.POST, "/api/v1/public/**"));

	/** The API endpoints only administrators (ADMIN) may call. */
	static final List<Endpoint> ADMIN_API = List.of(new Endpoint(HttpMethod.POST, "/api/v1/regions/import"),
			new Endpoint(HttpMethod.PUT, "/api/v1/worktime/calendar/**"), new Endpoint(null, "/api/v1/users/**"),
			get("/api/v1/auth/audit"));

	/**
	 * Open311 GeoReport v2 ({@code /open311/**}): reads are public and POSTs carry the client application's api_key,
	 * which the open311 module checks; no bearer token, session or CSRF token (its clients are other servers and apps).
	 */
	static final String OPEN311 = "/open311/**";

	/** Paths outside the API that anyone may read: health, the API description, the error page. */
	static final List<String> PUBLIC_PAGES = List.of("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html", "/error", "/", "/login", "/login/phone", "/login/phone/code", "/webjars/**", "/css/**",
			"/js/**", "/img/**", "/favicon.ico", "/scoreboard", "/disclosure", "/disclosure/**", "/map", "/public/**");

	/** Pages only citizens (CITIZEN) may open: their messages and their rewards. */
	static final List<String> CITIZEN_PAGES = List.of("/citizen/messages/**", "/citizen/rewards/**");

	/** The assessment's pages and downloads: its readers only (the pages check each reader's scope). */
	static final List<String> ASSESSMENT_PAGES = List.of("/assessment/**");

	/** Pages only administrators (ADMIN) may open. */
	static final List<String> ADMIN_PAGES = List.of("/admin/**");

	private static Endpoint get(String pattern) {
		return new Endpoint(HttpMethod.GET, pattern);
	}

	/** Whether an OpenAPI operation (its path template, e.g. {@code /api/v1/regions/{code}}) is this endpoint. */
	boolean covers(HttpMethod operationMethod, String pathTemplate) {
		PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
		return (method == null || method.equals(operationMethod)) && parsed.matches(PathContainer.parsePath(pathTemplate));
	}
}
