package org.chengguan.commerce.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.commerce.internal.CommerceAccess;
import org.chengguan.commerce.internal.Commissioners;
import org.chengguan.commerce.internal.Masking;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "service commissioners", description = "城管服务专员: commissioners assigned to commercial complexes, "
		+ "their visit log and the questions they answered")
@RestController
class CommissionerController {

	private final Commissioners commissioners;

	private final Actors actors;

	CommissionerController(Commissioners commissioners, Actors actors) {
		this.commissioners = commissioners;
		this.actors = actors;
	}

	record ComplexRequest(String name, String address, Double lat, Double lon) {
	}

	record AssignRequest(String name, String phone, Long userId) {
	}

	record VisitRequest(LocalDate visitedOn, Long merchantId, String summary,
			List<Commissioners.QuestionAnswered> questions) {
	}

	/** A commissioner in a list: the phone masked. */
	record CommissionerJson(long id, String name, String phone, long complexId, String complexName) {
	}

	@Operation(summary = "Register a commercial complex (located; 422 outside the city)")
	@PostMapping("/api/v1/complexes")
	ResponseEntity<Commissioners.Complex> complex(@RequestBody ComplexRequest r) {
		return ResponseEntity.status(201)
			.body(commissioners.createComplex(actors.require(), r.name(), r.address(), r.lat(), r.lon()));
	}

	@Operation(summary = "Commercial complexes in the staff member's scope")
	@GetMapping("/api/v1/complexes")
	List<Commissioners.Complex> complexes() {
		return commissioners.complexesWithin(scope(null));
	}

	@Operation(summary = "Assign a service commissioner to a complex (phone: staff only)")
	@PostMapping("/api/v1/complexes/{id}/commissioners")
	ResponseEntity<CommissionerJson> assign(@PathVariable long id, @RequestBody AssignRequest r) {
		Commissioners.Commissioner s = commissioners.assign(actors.require(), id, r.name(), r.phone(), r.userId());
		return ResponseEntity.status(201).body(json(s));
	}

	@Operation(summary = "Service commissioners in the staff member's scope (phones masked)")
	@GetMapping("/api/v1/commissioners")
	List<CommissionerJson> list(@RequestParam(required = false) String region) {
		return commissioners.within(scope(region)).stream().map(this::json).toList();
	}

	@Operation(summary = "Log a commissioner's visit and the questions answered",
			description = "By the commissioner's own account or staff managing the complex's region. visitedOn not in "
					+ "the future; summary required; questions [{question, answer}]; merchantId optional.")
	@PostMapping("/api/v1/commissioners/{id}/visits")
	ResponseEntity<Commissioners.CommissionerVisit> log(@PathVariable long id, @RequestBody VisitRequest r) {
		return ResponseEntity.status(201).body(commissioners.logVisit(actors.require(), id, r.visitedOn(),
				r.merchantId(), r.summary(), r.questions()));
	}

	@Operation(summary = "A commissioner's visit log, newest first")
	@GetMapping("/api/v1/commissioners/{id}/visits")
	List<Commissioners.CommissionerVisit> visits(@PathVariable long id) {
		return commissioners.visits(actors.require(), id);
	}

	private CommissionerJson json(Commissioners.Commissioner s) {
		return new CommissionerJson(s.id(), s.name(), Masking.phone(s.phone()), s.complexId(),
				commissioners.complex(s.complexId()).name());
	}

	private String scope(String region) {
		Actor me = actors.require();
		String scope = region == null || region.isBlank() ? me.scopeRegionCode() : region.strip();
		if (scope == null || !CommerceAccess.reads(me, scope)) {
			throw new ForbiddenException("this is listed for staff within their scope");
		}
		return scope;
	}
}
