package org.chengguan.open311.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.open311.internal.ApiClient;
import org.chengguan.open311.internal.ApiClients;
import org.chengguan.open311.internal.Open311Properties;
import org.chengguan.platform.ForbiddenException;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators issue, list and revoke the api_keys of Open311 client applications. Part of the platform's own
 * API: bearer token, ADMIN only, errors as problem details.
 */
@Tag(name = "open311", description = "Open311 GeoReport v2 client applications and their api_keys")
@RestController
class ApiClientController {

	private final ApiClients clients;

	private final Actors actors;

	private final Open311Properties properties;

	ApiClientController(ApiClients clients, Actors actors, Open311Properties properties) {
		this.clients = clients;
		this.actors = actors;
		this.properties = properties;
	}

	/** What to issue: a name people recognise, and the rate limit (POSTs a minute; the configured default if null). */
	record NewClient(String name, Integer requestsPerMinute) {
	}

	record ClientResponse(long id, String name, String keyPrefix, int requestsPerMinute, boolean demo,
			Instant createdAt, Instant revokedAt, boolean active) {

		static ClientResponse of(ApiClient c) {
			return new ClientResponse(c.id(), c.name(), c.keyPrefix(), c.requestsPerMinute(), c.demo(), c.createdAt(),
					c.revokedAt(), c.active());
		}
	}

	/** The one answer that carries the key: it is not stored, so it cannot be shown again. */
	record IssuedResponse(ClientResponse client, String apiKey) {
	}

	@Operation(summary = "Issue an api_key for an Open311 client application (ADMIN); the key is shown this once")
	@PostMapping("/api/v1/open311/clients")
	ResponseEntity<IssuedResponse> issue(@RequestBody NewClient body) {
		Actor admin = requireAdmin();
		String name = body == null || body.name() == null ? "" : body.name().strip();
		if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(c -> c == '<' || Character.isISOControl(c))) {
			throw new InvalidInputException("name must be 1 to 100 characters of plain text, one line");
		}
		int rate = body.requestsPerMinute() == null ? properties.requestsPerMinute() : body.requestsPerMinute();
		if (rate < 1 || rate > 10_000) {
			throw new InvalidInputException("requestsPerMinute must be from 1 to 10000");
		}
		var issued = clients.issue(name, rate, admin.userId());
		return ResponseEntity.created(URI.create("/api/v1/open311/clients/" + issued.client().id()))
			.body(new IssuedResponse(ClientResponse.of(issued.client()), issued.apiKey()));
	}

	@Operation(summary = "The Open311 client applications, revoked ones included (ADMIN); no keys")
	@GetMapping("/api/v1/open311/clients")
	List<ClientResponse> list() {
		requireAdmin();
		return clients.all().stream().map(ClientResponse::of).toList();
	}

	@Operation(summary = "Revoke a client application's api_key (ADMIN): its POSTs are refused from now on")
	@PostMapping("/api/v1/open311/clients/{id}/revoke")
	ClientResponse revoke(@PathVariable long id) {
		requireAdmin();
		return clients.revoke(id).map(ClientResponse::of)
			.orElseThrow(() -> new NotFoundException("No Open311 client has the id " + id + "."));
	}

	private Actor requireAdmin() {
		Actor actor = actors.require();
		if (!actor.has(Role.ADMIN)) {
			throw new ForbiddenException("Open311 api_keys are managed by administrators (ADMIN) only");
		}
		return actor;
	}
}
