package org.chengguan.open311.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.chengguan.open311.internal.ApiClient;
import org.chengguan.open311.internal.ApiClients;
import org.chengguan.open311.internal.Jurisdiction;
import org.chengguan.open311.internal.Open311Exception;
import org.chengguan.open311.internal.RequestReads;
import org.chengguan.open311.internal.RequestView;
import org.chengguan.open311.internal.Submission;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST requests (api_key needed), GET requests, GET requests/{id} and GET tokens/{token} (public).
 */
@Hidden
@GeoReport
@RestController
class RequestsController {

	private static final String BASE = DiscoveryController.BASE;

	private final Jurisdiction jurisdiction;

	private final ApiClients clients;

	private final Submission submission;

	private final RequestReads reads;

	RequestsController(Jurisdiction jurisdiction, ApiClients clients, Submission submission, RequestReads reads) {
		this.jurisdiction = jurisdiction;
		this.clients = clients;
		this.submission = submission;
		this.reads = reads;
	}

	/**
	 * The form is checked only after the key let the request in and counted it; Idempotency-Key (the platform's
	 * header, optional) makes a retry answer with the first attempt's request.
	 */
	@PostMapping(BASE + "/requests.{format}")
	ResponseEntity<byte[]> create(@PathVariable String format, HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Answers.format(format);
		if (!isForm(request.getContentType())) {
			throw Open311Exception.badRequest("POST requests are sent form-encoded "
					+ "(Content-Type: application/x-www-form-urlencoded; charset=utf-8)");
		}
		var parameters = request.getParameterMap();
		ApiClient client = clients.admit(parameters.containsKey("api_key") ? parameters.get("api_key")[0] : null);
		jurisdiction.check(parameters);
		return Answers.ok(format, Documents.submitted(submission.submit(client, parameters, idempotencyKey)));
	}

	@GetMapping(BASE + "/requests.{format}")
	ResponseEntity<byte[]> search(@PathVariable String format, HttpServletRequest request) {
		Answers.format(format);
		jurisdiction.check(request.getParameterMap());
		return Answers.ok(format,
				Documents.requests(reads.search(request.getParameterMap()), jurisdiction.properties().zone()));
	}

	@GetMapping(BASE + "/requests/{id}.{format}")
	ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
		Answers.format(format);
		jurisdiction.check(request.getParameterMap());
		Optional<RequestView> found = id.matches("[0-9]{1,18}") ? reads.one(Long.parseLong(id)) : Optional.empty();
		RequestView view = found
			.orElseThrow(() -> Open311Exception.notFound("service_request_id '" + id + "' not found"));
		return Answers.ok(format, Documents.requests(List.of(view), jurisdiction.properties().zone()));
	}

	@GetMapping(BASE + "/tokens/{token}.{format}")
	ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
			HttpServletRequest request) {
		Answers.format(format);
		jurisdiction.check(request.getParameterMap());
		long id = reads.byToken(token).orElseThrow(() -> Open311Exception.notFound("token '" + token + "' not found"));
		return Answers.ok(format, Documents.token(id, token));
	}

	private static boolean isForm(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.APPLICATION_FORM_URLENCODED.includes(type) || MediaType.MULTIPART_FORM_DATA.includes(type);
		}
		catch (InvalidMediaTypeException e) {
			return false;
		}
	}
}
