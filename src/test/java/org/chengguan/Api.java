package org.chengguan;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running test server: what a client sees, status, media type, headers and body. {@link #as}
 * gives a client that sends a bearer token.
 */
public final class Api {

	private static final HttpClient client = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private final String base;

	private final String token;

	public Api(int port) {
		this("http://localhost:" + port, null);
	}

	private Api(String base, String token) {
		this.base = base;
		this.token = token;
	}

	/** The same server, with {@code Authorization: Bearer <token>} on every request. */
	public Api as(String bearerToken) {
		return new Api(base, bearerToken);
	}

	/** The same server, without a token. */
	public Api anonymous() {
		return new Api(base, null);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** POSTs a JSON body. */
	public Response post(String path, String json) {
		return post(path, "application/json", json);
	}

	public Response put(String path, String contentType, String body) {
		return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Sends the request as built by the caller (extra headers, other methods); the token is added if any. */
	public Response send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> customise) {
		return send(customise.apply(request(path)));
	}

	private HttpRequest.Builder request(String path) {
		var builder = HttpRequest.newBuilder(URI.create(base + path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Response(int status, String contentType, String body, Map<String, List<String>> headers) {

		public Response(int status, String contentType, String body) {
			this(status, contentType, body, Map.of());
		}

		public JsonNode json() {
			return json.readTree(body);
		}

		public boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

		/** The first value of a header, by name in any letter case. */
		public Optional<String> header(String name) {
			return headers.entrySet().stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
				.map(e -> e.getValue().get(0))
				.findFirst();
		}
	}
}
