package org.chengguan.cases.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.cases.Action;
import org.chengguan.cases.ActionCommand;
import org.chengguan.cases.Case;
import org.chengguan.cases.CaseManagement;
import org.chengguan.cases.CasePage;
import org.chengguan.cases.CaseQuery;
import org.chengguan.cases.CaseStatus;
import org.chengguan.cases.ReportCommand;
import org.chengguan.cases.Transition;
import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.identity.Role;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "cases", description = "案卷: intake, the lifecycle, the audit trail")
@RestController
class CaseController {

	private final CaseManagement cases;

	private final CatalogueManagement catalogue;

	private final Actors actors;

	private final java.time.Clock clock;

	CaseController(CaseManagement cases, CatalogueManagement catalogue, Actors actors, java.time.Clock clock) {
		this.cases = cases;
		this.catalogue = catalogue;
		this.actors = actors;
		this.clock = clock;
	}

	@Operation(summary = "Report a problem (随手拍, patrol, hotline, Open311, import)",
			description = "Located at intake; a report of the same category within 50 m of an open case of the last "
					+ "72 h is linked to it as a duplicate. A retry with the same Idempotency-Key answers with the "
					+ "case the first call created and creates nothing. subject (optional): what the report is about "
					+ "besides its place, as kind:id — facility:{id} for a facility of the convenience map (its "
					+ "faultCategory and location are what the map's 'report a fault' fills in); a subject that does "
					+ "not exist is a 400 and nothing is reported.")
	@PostMapping("/api/v1/cases")
	ResponseEntity<CaseResponse> report(@RequestBody ReportCommand command,
			@Parameter(description = "any unique string per report, reused on retries") @RequestHeader(
					name = "Idempotency-Key", required = false) String idempotencyKey) {
		Actor actor = actors.require();
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
			throw new InvalidInputException("Idempotency-Key must be 1 to 200 characters");
		}
		var reported = cases.report(actor, command, idempotencyKey);
		Case c = reported.reported();
		return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id()))
			.header("Idempotent-Replayed", String.valueOf(!reported.created()))
			.body(view(actor, c, reported.master()));
	}

	@Operation(summary = "Open cases near a point, for the public map (no personal data, no sign-in)",
			description = "So that people see a problem is already reported. At most 200 within at most 5 km.")
	@GetMapping("/api/v1/cases/nearby")
	List<NearbyCase> nearby(@RequestParam double lat, @RequestParam double lon,
			@RequestParam(defaultValue = "wgs84") String crs, @RequestParam(defaultValue = "1000") double radius) {
		org.chengguan.geo.GeoPoint point;
		try {
			point = org.chengguan.geo.Crs.parse(crs).toWgs84(lat, lon);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(e.getMessage());
		}
		if (!(radius > 0)) {
			throw new InvalidInputException("radius must be a positive number of metres");
		}
		return cases.openNear(point, radius, 200).stream()
			.map(c -> new NearbyCase(c.number(), c.categoryCode(),
					catalogue.category(c.categoryCode()).map(org.chengguan.catalogue.Category::name).orElse(null),
					c.status(), c.location().lat(), c.location().lon(), c.reportedAt(),
					(long) c.location().distanceMetres(point)))
			.toList();
	}

	/** What the public map shows of a case: no reporter, no description, no photos. */
	record NearbyCase(String number, String categoryCode, String categoryName, CaseStatus status, double lat,
			double lon, java.time.Instant reportedAt, long distanceMetres) {
	}

	@Operation(summary = "A case: in full to its reporter and the staff in charge, its public part to others")
	@GetMapping("/api/v1/cases/{id}")
	CaseResponse get(@PathVariable long id) {
		Actor actor = actors.require();
		return view(actor, cases.get(actor, id));
	}

	@Operation(summary = "The case's audit trail, oldest first")
	@GetMapping("/api/v1/cases/{id}/timeline")
	List<TransitionResponse> timeline(@PathVariable long id) {
		return cases.timeline(actors.require(), id).stream().map(TransitionResponse::of).toList();
	}

	@Operation(summary = "Cases by status, region, category and lateness, newest first",
			description = "A citizen sees their own cases; a handler their department's; other staff those in scope.")
	@GetMapping("/api/v1/cases")
	PageResponse list(@RequestParam(required = false) List<String> status,
			@RequestParam(required = false) String region, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		Actor actor = actors.require();
		if (page < 0 || size < 1 || size > 200) {
			throw new InvalidInputException("page must be ≥ 0 and size between 1 and 200");
		}
		CasePage result = cases.search(actor, new CaseQuery(statuses(status), region, category, overdue, null, null, null,
				page, size));
		return new PageResponse(result.cases().stream().map(c -> view(actor, c)).toList(), result.total(),
				result.page(), result.size());
	}

	@Operation(summary = "Act on a case",
			description = "verify, file, void, dispatch, request-return, approve-return, request-extension, "
					+ "approve-extension, request-shelving, approve-shelving, handle, check-pass, check-fail, close, "
					+ "feedback, urge, supervise, link-duplicate, unlink-duplicate. Answers with the case in its new "
					+ "state; 409 when the state does not allow it or expectedVersion is stale.")
	@PostMapping("/api/v1/cases/{id}/{action}")
	CaseResponse act(@PathVariable long id, @PathVariable String action,
			@RequestBody(required = false) ActionCommand command) {
		Actor actor = actors.require();
		Action what = Action.ofPath(action).orElseThrow(() -> new NotFoundException("There is no action '" + action
				+ "'. Actions: " + Arrays.stream(Action.values()).filter(a -> Action.ofPath(a.path()).isPresent())
					.map(Action::path).collect(Collectors.joining(", "))));
		ActionCommand body = command != null ? command : ActionCommand.comment(null);
		return view(actor, cases.act(actor, id, what, body));
	}

	private CaseResponse view(Actor actor, Case c) {
		return view(actor, c, null);
	}

	/** The case as the actor may see it; {@code knownMaster}: the case it duplicates if the caller has it, else null. */
	private CaseResponse view(Actor actor, Case c, Case knownMaster) {
		boolean full = cases.seesInFull(actor, c);
		// the hotline caller's number in full on the operator's screen only (they take and answer back the calls)
		boolean showPhone = actor.has(Role.OPERATOR);
		Case master = c.masterCaseId() == null ? null
				: knownMaster != null && knownMaster.id().equals(c.masterCaseId()) ? knownMaster
						: cases.get(actor, c.masterCaseId());
		return CaseResponse.of(c, catalogue.category(c.categoryCode()).orElse(null), full, showPhone, clock.instant(),
				full ? cases.availableActions(actor, c).stream().map(Action::path).toList() : List.of(), master,
				c.subject() == null ? null
						: cases.subject(c.subject()).map(org.chengguan.cases.CaseSubjects.Subject::name).orElse(null));
	}

	private static Set<CaseStatus> statuses(List<String> names) {
		if (names == null || names.isEmpty()) {
			return null;
		}
		try {
			return names.stream().flatMap(n -> Arrays.stream(n.split(","))).map(String::strip)
				.map(n -> CaseStatus.valueOf(n.toUpperCase())).collect(Collectors.toSet());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("status must be among " + Arrays.toString(CaseStatus.values()));
		}
	}

	record PageResponse(List<CaseResponse> items, long total, int page, int size) {
	}

	record TransitionResponse(String action, CaseStatus from, CaseStatus to, java.time.Instant at, long actorId,
			String actorRole, String comment, List<String> photoIds, String stage, java.time.Instant deadline,
			String detail) {

		static TransitionResponse of(Transition t) {
			return new TransitionResponse(t.action().path(), t.from(), t.to(), t.at(), t.by().userId(), t.by().role(),
					t.comment(), t.attachments(), t.stage().name(), t.deadline(), t.detail());
		}
	}
}
