package org.chengguan.commerce.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.commerce.internal.Alliances;
import org.chengguan.commerce.internal.CommerceAccess;
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

@Tag(name = "merchant alliances", description = "商户自治联盟: merchants of a street or complex with a head merchant, "
		+ "their rules and their own self-inspections")
@RestController
class AllianceController {

	private final Alliances alliances;

	private final Actors actors;

	AllianceController(Alliances alliances, Actors actors) {
		this.alliances = alliances;
		this.actors = actors;
	}

	record AllianceRequest(String name, String regionCode, Long headMerchantId, List<Long> memberIds, String rules) {
	}

	record SelfInspectionRequest(LocalDate inspectedOn, Integer merchantsChecked, Integer problemsFound,
			String findings) {
	}

	/** An alliance with its members' names (no personal data) and its self-inspections. */
	record AllianceJson(Alliances.Alliance alliance, List<Member> members,
			List<Alliances.SelfInspection> selfInspections) {
	}

	record Member(long merchantId, String name, String address, boolean head) {
	}

	@Operation(summary = "Form an alliance (OFFICER, INSPECTOR, LEADER or ADMIN of the region)",
			description = "The head merchant joins as a member; each member must lie in the region (422) and belong "
					+ "to no other alliance (409).")
	@PostMapping("/api/v1/alliances")
	ResponseEntity<AllianceJson> create(@RequestBody AllianceRequest r) {
		Actor me = actors.require();
		if (r.headMerchantId() == null) {
			throw new org.chengguan.platform.InvalidInputException("headMerchantId is required");
		}
		Alliances.Alliance a = alliances.create(me, r.name(), r.regionCode(), r.headMerchantId(), r.memberIds(),
				r.rules());
		return ResponseEntity.created(URI.create("/api/v1/alliances/" + a.id())).body(json(a));
	}

	@Operation(summary = "Alliances in the staff member's scope")
	@GetMapping("/api/v1/alliances")
	List<Alliances.Alliance> list(@RequestParam(required = false) String region) {
		Actor me = actors.require();
		String scope = region == null || region.isBlank() ? me.scopeRegionCode() : region.strip();
		if (scope == null || !CommerceAccess.reads(me, scope)) {
			throw new ForbiddenException("alliances are listed for staff within their scope");
		}
		return alliances.within(scope);
	}

	@Operation(summary = "An alliance, its members and self-inspections (staff of its region, members' owners)")
	@GetMapping("/api/v1/alliances/{id}")
	AllianceJson get(@PathVariable long id) {
		return json(alliances.get(actors.require(), id));
	}

	@Operation(summary = "Record the alliance's self-inspection (自查): the head merchant's owner or the region's staff")
	@PostMapping("/api/v1/alliances/{id}/self-inspections")
	ResponseEntity<Alliances.SelfInspection> selfInspect(@PathVariable long id, @RequestBody SelfInspectionRequest r) {
		Alliances.SelfInspection s = alliances.recordSelfInspection(actors.require(), id, r.inspectedOn(),
				r.merchantsChecked(), r.problemsFound(), r.findings());
		return ResponseEntity.status(201).body(s);
	}

	AllianceJson json(Alliances.Alliance a) {
		return new AllianceJson(a, alliances.members(a.id()).stream()
			.map(m -> new Member(m.id(), m.name(), m.address(), a.headMerchantId() != null && a.headMerchantId() == m.id()))
			.toList(), alliances.selfInspections(a.id()));
	}
}
