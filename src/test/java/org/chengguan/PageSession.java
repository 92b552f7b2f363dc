package org.chengguan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session over real HTTP, without a browser: the session cookie, the CSRF token of the last page read
 * (every page carries it in a meta tag), form posts (url-encoded or multipart) and redirects not followed unless
 * asked, so a test sees what the server answered. For page tests that need no script.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private String csrf;

	private PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A session that has not signed in. */
	public static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	/** A session signed in through the staff sign-in form. */
	public static PageSession signIn(int port, String username, String password) {
		PageSession session = new PageSession(port);
		session.get("/login");
		Page signedIn = session.post("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
		assertThat(signedIn.location()).as("signing in as %s", username).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
		// signing in changes the CSRF token: read the start page (after its redirects) to have the new one
		Page page = signedIn;
		for (int hops = 0; page.location().isPresent() && hops < 5; hops++) {
			page = session.follow(page);
		}
		assertThat(page.status()).as("%s's start page", username).isEqualTo(200);
		return session;
	}

	/** What the server answered: status, body, and where a redirect points. */
	public record Page(int status, String body, Optional<String> location) {

		/** The redirect's target as a path of this server. */
		public String redirectPath() {
			String to = location.orElseThrow(() -> new AssertionError("not a redirect: " + status));
			return to.replaceFirst("^https?://[^/]+", "");
		}
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	/** Follows a redirect with a GET (what a browser does after a form post). */
	public Page follow(Page redirect) {
		return get(redirect.redirectPath());
	}

	/** Posts a form with the session's CSRF token; fields may repeat. */
	public Page post(String path, List<Map.Entry<String, String>> fields) {
		String body = fields.stream()
			.map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
			.collect(Collectors.joining("&"));
		body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrf());
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Page post(String path, Map<String, String> fields) {
		return post(path, List.copyOf(fields.entrySet()));
	}

	/** Posts a multipart form with one file (or none, when {@code file} is null) and the session's CSRF token. */
	public Page postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
			String contentType, byte[] file) {
		String boundary = "----page-session-" + UUID.randomUUID();
		var out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> part(out, boundary, "form-data; name=\"" + name + "\"", null,
				value.getBytes(StandardCharsets.UTF_8)));
		part(out, boundary, "form-data; name=\"_csrf\"", null, csrf().getBytes(StandardCharsets.UTF_8));
		if (file != null) {
			part(out, boundary, "form-data; name=\"" + fileField + "\"; filename=\"" + fileName + "\"", contentType, file);
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	private static void part(ByteArrayOutputStream out, String boundary, String disposition, String contentType,
			byte[] content) {
		var head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: ").append(disposition);
		if (contentType != null) {
			head.append("\r\nContent-Type: ").append(contentType);
		}
		head.append("\r\n\r\n");
		out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	private String csrf() {
		if (csrf == null) {
			throw new IllegalStateException("read a page first: its CSRF token goes with the form");
		}
		return csrf;
	}

	private Page send(HttpRequest.Builder request) {
		request.header("Accept", "text/html,application/xhtml+xml"); // as a browser asks, so errors come as pages
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location"));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
