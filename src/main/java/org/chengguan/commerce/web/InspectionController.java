package org.chengguan.commerce.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.commerce.internal.Checklists;
import org.chengguan.commerce.internal.InspectionPlans;
import org.chengguan.commerce.internal.JointVisits;
import org.chengguan.commerce.internal.Visit;
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

@Tag(name = "joint inspections", description = "综合查一次: inspection plans put the checks of several bodies on one "
		+ "visit; the visit record holds each body's checklist results and photos; a failed item may open a case "
		+ "about the merchant")
@RestController
class InspectionController {

	private final Checklists checklists;

	private final InspectionPlans plans;

	private final JointVisits visits;

	private final Actors actors;

	InspectionController(Checklists checklists, InspectionPlans plans, JointVisits visits, Actors actors) {
		this.checklists = checklists;
		this.plans = plans;
		this.visits = visits;
		this.actors = actors;
	}

	record PlanRequest(String name, String regionCode, List<String> bodyCodes, LocalDate startsOn, LocalDate endsOn) {
	}

	@Operation(summary = "The inspecting bodies and their checklist items (each with the category its case takes)")
	@GetMapping("/api/v1/commerce/checklists")
	List<Checklists.Body> checklists() {
		actors.require();
		return checklists.bodies();
	}

	@Operation(summary = "Create an inspection plan (two or more bodies on one visit, for a region and dates)")
	@PostMapping("/api/v1/inspection-plans")
	ResponseEntity<InspectionPlans.Plan> createPlan(@RequestBody PlanRequest r) {
		InspectionPlans.Plan plan = plans.create(actors.require(), r.name(), r.regionCode(), r.bodyCodes(),
				r.startsOn(), r.endsOn());
		return ResponseEntity.created(URI.create("/api/v1/inspection-plans/" + plan.id())).body(plan);
	}

	@Operation(summary = "Inspection plans over the staff member's scope (its parents' and its parts')")
	@GetMapping("/api/v1/inspection-plans")
	List<InspectionPlans.Plan> listPlans(@RequestParam(required = false) String region) {
		Actor me = actors.require();
		String scope = region == null || region.isBlank() ? me.scopeRegionCode() : region.strip();
		if (scope == null || me.isCitizen() || !me.covers(scope)) {
			throw new ForbiddenException("plans are listed for staff within their scope");
		}
		return plans.within(scope);
	}

	@Operation(summary = "Record a joint visit to a merchant (综合查一次)",
			description = "results: one per checked item {itemCode, passed, note, photoIds (ids from POST "
					+ "/api/v1/photos), openCase}. A failed item with openCase=true opens a case about the merchant "
					+ "in the item's category through the inspector channel (needs the INSPECTOR or OFFICER role, else 403). "
					+ "planId: the plan whose bodies the visit carries (each needs a result; 422 if the plan does not "
					+ "fit). A merchant is visited at most once per chengguan.commerce.joint-visit-interval (409 with "
					+ "nextAllowedAt) unless complaint names the case that demands the visit (case:<id>). All or "
					+ "nothing.")
	@PostMapping("/api/v1/merchants/{id}/joint-visits")
	ResponseEntity<MerchantJson.VisitJson> record(@PathVariable long id, @RequestBody JointVisits.VisitCommand command) {
		Visit v = visits.record(actors.require(), id, command);
		return ResponseEntity.created(URI.create("/api/v1/joint-visits/" + v.id())).body(MerchantJson.VisitJson.of(v));
	}

	@Operation(summary = "A merchant's joint visits, newest first (staff of its region)")
	@GetMapping("/api/v1/merchants/{id}/joint-visits")
	List<MerchantJson.VisitJson> ofMerchant(@PathVariable long id) {
		return visits.of(actors.require(), id).stream().map(MerchantJson.VisitJson::of).toList();
	}

	@Operation(summary = "One joint visit (staff of its region)")
	@GetMapping("/api/v1/joint-visits/{id}")
	MerchantJson.VisitJson visit(@PathVariable long id) {
		return MerchantJson.VisitJson.of(visits.get(actors.require(), id));
	}
}
