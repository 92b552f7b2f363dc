package org.chengguan.identity.security;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Marks in the OpenAPI description which operations need the bearer token (all but the public ones) and which need
 * the ADMIN role, from the same lists the security rules use.
 */
@Component
class OpenApiSecurity implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			HttpMethod httpMethod = HttpMethod.valueOf(method.name());
			if (!matches(Endpoint.PUBLIC_API, httpMethod, path) && path.startsWith("/api/")) {
				operation.setSecurity(List.of(new SecurityRequirement().addList(SecurityConfiguration.BEARER)));
				if (matches(Endpoint.ADMIN_API, httpMethod, path)) {
					note(operation, "Needs the role ADMIN (系统管理员).");
				}
			}
		}));
	}

	private static boolean matches(List<Endpoint> endpoints, HttpMethod method, String path) {
		return endpoints.stream().anyMatch(e -> e.covers(method, path));
	}

	private static void note(Operation operation, String text) {
		String description = operation.getDescription();
		operation.setDescription(description == null || description.isBlank() ? text : description + " " + text);
	}
}
