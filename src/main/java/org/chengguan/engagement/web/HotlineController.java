package org.chengguan.engagement.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.cases.Satisfaction;
import org.chengguan.engagement.AnswerBack;
import org.chengguan.engagement.CallKind;
import org.chengguan.engagement.CallState;
import org.chengguan.engagement.Hotline;
import org.chengguan.engagement.HotlineCall;
import org.chengguan.engagement.NewAnswerBack;
import org.chengguan.engagement.NewCall;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "hotline", description = "热线: operators register complaints (which become cases), suggestions and "
		+ "consultations, reply to suggestions and log answer-back calls (回访); the caller's phone is masked everywhere "
		+ "but one call's own answer to an operator of its region")
@RestController
class HotlineController {

	private final Hotline hotline;

	private final Actors actors;

	HotlineController(Hotline hotline, Actors actors) {
		this.hotline = hotline;
		this.actors = actors;
	}

	record ReplyRequest(String answer, Integer expectedVersion) {
	}

	/** A call as the API shows it; {@code callerPhone} is masked unless the reader is an operator of its region. */
	record CallJson(long id, CallKind kind, CallState state, String callerName, String callerPhone, boolean phoneMasked,
			String content, String answer, String regionCode, long operatorId, Instant takenAt, Long repliedBy,
			Instant repliedAt, Long caseId, String caseNumber, String caseStatus, boolean awaitsAnswerBack, int version,
			List<AnswerBack> answerBacks) {

		static CallJson of(HotlineCall c, boolean fullPhone, List<AnswerBack> answerBacks) {
			return new CallJson(c.id(), c.kind(), c.state(), c.callerName(), fullPhone ? c.callerPhone() : c.maskedPhone(),
					!fullPhone, c.content(), c.answer(), c.regionCode(), c.operatorId(), c.takenAt(), c.repliedBy(),
					c.repliedAt(), c.caseId(), c.caseNumber(), c.caseStatus(), c.awaitsAnswerBack(), c.version(),
					answerBacks);
		}
	}

	record CallList(int count, List<CallJson> items) {
	}

	@Operation(summary = "Register a hotline call (OPERATOR)",
			description = "kind COMPLAINT (becomes a case on the HOTLINE channel: categoryCode, lat, lon, crs; the place "
					+ "in the operator's scope), SUGGESTION (awaits a reply) or CONSULTATION (answer required: answered on "
					+ "the spot and closed). callerPhone a mobile or a landline with its area code (0561-3123456); "
					+ "callerName optional; content what the caller said. regionCode (suggestion, consultation) within "
					+ "the operator's scope, default the scope. A retry with the same Idempotency-Key answers with the "
					+ "first call and registers nothing; the call and its case are saved together or not at all.")
	@PostMapping("/api/v1/hotline/calls")
	ResponseEntity<CallJson> register(@RequestBody NewCall request, @Parameter(description = "makes a retry safe")
	@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		if (idempotencyKey != null && idempotencyKey.length() > 200) {
			throw new InvalidInputException("Idempotency-Key must be 1 to 200 characters");
		}
		Actor me = actors.require();
		HotlineCall call = hotline.register(me, request, idempotencyKey);
		return ResponseEntity.created(URI.create("/api/v1/hotline/calls/" + call.id()))
			.body(CallJson.of(call, Hotline.seesPhone(me, call), List.of()));
	}

	@Operation(summary = "Hotline calls of the caller's scope, newest first (phones always masked)",
			description = "OPERATOR, SHIFT_LEADER, LEADER, ADMIN. kind, state filter; awaitingAnswerBack=true lists the "
					+ "complaints whose case is closed and waits for the answer back (回访). limit 1–200.")
	@GetMapping("/api/v1/hotline/calls")
	CallList list(@RequestParam(required = false) String kind, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "false") boolean awaitingAnswerBack,
			@RequestParam(defaultValue = "100") int limit) {
		var items = hotline.list(actors.require(), parse(CallKind.class, kind, "kind"), parse(CallState.class, state,
				"state"), awaitingAnswerBack, limit).stream().map(c -> CallJson.of(c, false, List.of())).toList();
		return new CallList(items.size(), items);
	}

	@Operation(summary = "One hotline call with its answer-back calls",
			description = "The caller's phone in full only to an OPERATOR of its region (who calls back); masked to others.")
	@GetMapping("/api/v1/hotline/calls/{id}")
	CallJson get(@PathVariable long id) {
		Actor me = actors.require();
		HotlineCall call = hotline.get(me, id);
		return CallJson.of(call, Hotline.seesPhone(me, call), hotline.answerBacks(me, id));
	}

	@Operation(summary = "Reply to a suggestion (OPERATOR of its region)",
			description = "answer 1–4000 characters; 409 if it is not a suggestion awaiting its reply, or changed since "
					+ "expectedVersion.")
	@PostMapping("/api/v1/hotline/calls/{id}/reply")
	CallJson reply(@PathVariable long id, @RequestBody ReplyRequest request) {
		Actor me = actors.require();
		HotlineCall call = hotline.reply(me, id, request.answer(), request.expectedVersion());
		return CallJson.of(call, Hotline.seesPhone(me, call), hotline.answerBacks(me, id));
	}

	@Operation(summary = "Log an answer-back call (回访) to a complaint's caller (OPERATOR of its region)",
			description = "reached true/false, attempts 1–20 (default 1), satisfaction SATISFIED | BASICALLY_SATISFIED | "
					+ "UNSATISFIED (only when reached), comment ≤ 1000. Reached with a satisfaction: recorded on the case "
					+ "(FEEDBACK; UNSATISFIED reopens it) in the same transaction. 409 unless the case is closed and "
					+ "waits for the answer back.")
	@PostMapping("/api/v1/hotline/calls/{id}/answer-backs")
	ResponseEntity<AnswerBack> answerBack(@PathVariable long id, @RequestBody NewAnswerBack request) {
		AnswerBack logged = hotline.answerBack(actors.require(), id, request);
		return ResponseEntity.created(URI.create("/api/v1/hotline/calls/" + id)).body(logged);
	}

	static <E extends Enum<E>> E parse(Class<E> type, String text, String name) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(name + ": one of " + java.util.Arrays.toString(type.getEnumConstants())
					+ ", was '" + text + "'");
		}
	}

	static Satisfaction satisfaction(String text) {
		return parse(Satisfaction.class, text, "satisfaction");
	}
}
