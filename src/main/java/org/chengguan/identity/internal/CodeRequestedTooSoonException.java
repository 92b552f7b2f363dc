package org.chengguan.identity.internal;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A phone asked for another code too soon: a 429 problem with {@code Retry-After} in seconds. */
public class CodeRequestedTooSoonException extends ErrorResponseException {

	public CodeRequestedTooSoonException(Duration wait) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(seconds(wait)), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
	}

	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	private static ProblemDetail problem(long seconds) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "A code was sent to this phone "
				+ "moments ago; ask for another in " + seconds + " s.");
		problem.setTitle("Too many requests");
		problem.setProperty("retryAfterSeconds", seconds);
		return problem;
	}
}
