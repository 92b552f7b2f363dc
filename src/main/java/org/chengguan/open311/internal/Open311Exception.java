package org.chengguan.open311.internal;

import java.time.Duration;
import java.util.List;

/**
 * A refusal in the spec's terms: the HTTP status (404 for what does not exist, 403 for a missing or wrong api_key,
 * 429 for a key over its rate, 400 for everything else) and every error found, each with a code and a description
 * meant for the user. Nothing was changed when one is thrown.
 */
public class Open311Exception extends RuntimeException {

	/** One entry of the spec's error list. */
	public record Error(int code, String description) {
	}

	private final int status;

	private final List<Error> errors;

	private final Duration retryAfter;

	private Open311Exception(int status, List<Error> errors, Duration retryAfter) {
		super(errors.isEmpty() ? "error " + status : errors.get(0).description());
		this.status = status;
		this.errors = List.copyOf(errors);
		this.retryAfter = retryAfter;
	}

	public static Open311Exception badRequest(List<String> descriptions) {
		return new Open311Exception(400, descriptions.stream().map(d -> new Error(400, d)).toList(), null);
	}

	public static Open311Exception badRequest(String description) {
		return badRequest(List.of(description));
	}

	public static Open311Exception notFound(String description) {
		return new Open311Exception(404, List.of(new Error(404, description)), null);
	}

	public static Open311Exception forbidden(String description) {
		return new Open311Exception(403, List.of(new Error(403, description)), null);
	}

	public static Open311Exception tooManyRequests(String description, Duration retryAfter) {
		return new Open311Exception(429, List.of(new Error(429, description)), retryAfter);
	}

	public int status() {
		return status;
	}

	public List<Error> errors() {
		return errors;
	}

	/** How long a client over its rate should wait; null for other errors. */
	public Duration retryAfter() {
		return retryAfter;
	}
}
