package org.chengguan.bench;

import java.net.URI;
import java.util.Map;

import org.chengguan.cases.ReportCommand;
import org.chengguan.identity.Actors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * For {@code bench/lifecycle}'s "HTTP ceiling" only (never part of the platform: it lives in bench/ and the
 * benchmark adds it to the app it starts): the intake's request without the intake. The same path prefix, so the
 * same security chain and bearer-token check; the same JSON body read into a {@link ReportCommand}; the signed-in
 * actor resolved; a 201 answered with the body of a real case the intake created earlier in the run. What this
 * endpoint reaches is what HTTP, Spring MVC, Spring Security and Jackson allow on this machine with nothing behind
 * them — the most the intake could reach over HTTP. Only with {@code bench.http-ceiling=true}, which the benchmark
 * sets: the test suite, which scans the test classes, does not get it.
 */
@RestController
@ConditionalOnProperty(name = "bench.http-ceiling", havingValue = "true")
class HttpCeiling {

	/** The answer: a case as the intake answered it, read once by the benchmark. */
	static volatile Map<String, Object> answer = Map.of();

	private final Actors actors;

	HttpCeiling(Actors actors) {
		this.actors = actors;
	}

	@PostMapping("/api/v1/bench/ceiling")
	ResponseEntity<Map<String, Object>> report(@RequestBody ReportCommand command,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		actors.require();
		if (command.categoryCode() == null || idempotencyKey != null && idempotencyKey.isBlank()) {
			return ResponseEntity.badRequest().build();
		}
		return ResponseEntity.created(URI.create("/api/v1/cases/" + answer.get("id")))
			.header("Idempotent-Replayed", "false")
			.body(answer);
	}
}
