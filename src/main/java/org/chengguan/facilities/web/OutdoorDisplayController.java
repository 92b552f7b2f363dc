package org.chengguan.facilities.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.facilities.displays.NewOutdoorDisplay;
import org.chengguan.facilities.displays.OutdoorDisplay;
import org.chengguan.facilities.displays.OutdoorDisplayState;
import org.chengguan.facilities.displays.OutdoorDisplays;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Tag(name = "outdoor displays", description = "特色外摆: a shop applies for a display zone in front of it and a "
		+ "period; an officer of the shop's street approves or rejects it; approved ones are OUTDOOR_DISPLAY facilities "
		+ "of the public map, open in their period only")
@RestController
class OutdoorDisplayController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OutdoorDisplays displays;

	private final Actors actors;

	OutdoorDisplayController(OutdoorDisplays displays, Actors actors) {
		this.displays = displays;
		this.actors = actors;
	}

	record DecisionRequest(Integer version, String reason) {
	}

	/** An application as served, to its applicant and the deciding officers only. */
	record DisplayJson(long id, int version, String shopName, String licenceNumber, String shopAddress,
			String contactPhone, double shopLat, double shopLon, String streetCode, String communityCode, JsonNode zone,
			double areaSquareMetres, LocalDate from, LocalDate to, String dailyHours, String displayed,
			OutdoorDisplayState state, String reason, Instant appliedAt, Long decidedBy, Instant decidedAt,
			Long facilityId) {

		static DisplayJson of(OutdoorDisplay d) {
			return new DisplayJson(d.id(), d.version(), d.shopName(), d.licenceNumber(), d.shopAddress(),
					d.contactPhone(), d.shop().lat(), d.shop().lon(), d.streetCode(), d.communityCode(),
					JSON.readTree(d.zoneGeoJson()), Math.round(d.areaSquareMetres() * 10) / 10.0, d.from(), d.to(),
					d.dailyHours(), d.displayed(), d.state(), d.reason(), d.appliedAt(), d.decidedBy(), d.decidedAt(),
					d.facilityId());
		}
	}

	record DisplayList(int count, List<DisplayJson> items) {
	}

	@Operation(summary = "A citizen applies for their shop's outdoor display (特色外摆)",
			description = "shopName, licenceNumber (统一社会信用代码, check character verified), shopAddress, shopLat/"
					+ "shopLon (crs: wgs84, gcj02, bd09), the zone either as zone (3–20 corners [lon, lat]) or as "
					+ "rectangle {width, depth, facing} in front of the shop (metres; facing in degrees from north), "
					+ "at most 200 m² with every corner within 50 m of the shop; from/to (yyyy-MM-dd, at most 184 "
					+ "days, from today, starting at most 180 days ahead); dailyHours (default 08:00-22:00); displayed "
					+ "(what will be shown); contactPhone. 400 lists the request's faults, 422 what the place or the "
					+ "calendar refuse, 409 if the zone overlaps an approved display for a common day.")
	@PostMapping("/api/v1/outdoor-displays")
	ResponseEntity<DisplayJson> apply(@RequestBody NewOutdoorDisplay request) {
		OutdoorDisplay created = displays.apply(actors.require(), request);
		return ResponseEntity.created(URI.create("/api/v1/outdoor-displays/" + created.id()))
			.body(DisplayJson.of(created));
	}

	@Operation(summary = "Outdoor display applications: my own (mine=true), or those an officer decides",
			description = "Officers: the applications of the shops in their street, in state (PENDING, APPROVED, "
					+ "REJECTED; all if absent). limit 1–500.")
	@GetMapping("/api/v1/outdoor-displays")
	DisplayList list(@RequestParam(required = false) Boolean mine, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "100") int limit) {
		Actor me = actors.require();
		List<DisplayJson> items = (Boolean.TRUE.equals(mine) ? displays.mine(me, limit)
				: displays.toDecide(me, state(state), limit)).stream().map(DisplayJson::of).toList();
		return new DisplayList(items.size(), items);
	}

	@Operation(summary = "One outdoor display application", description = "For its applicant and the officers of the "
			+ "shop's street; 403 for anyone else.")
	@GetMapping("/api/v1/outdoor-displays/{id}")
	DisplayJson get(@PathVariable long id) {
		return DisplayJson.of(displays.get(actors.require(), id));
	}

	@Operation(summary = "An officer of the shop's street approves; the display goes on the public map",
			description = "version: optional, the version read. 409 if it is no longer pending, changed since read, "
					+ "or its zone overlaps an approved display for a common day (of two approvals at once, one wins).")
	@PostMapping("/api/v1/outdoor-displays/{id}/approve")
	DisplayJson approve(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
		return DisplayJson.of(displays.approve(actors.require(), id, request == null ? null : request.version()));
	}

	@Operation(summary = "An officer of the shop's street rejects, saying why", description = "reason: 1–500 characters.")
	@PostMapping("/api/v1/outdoor-displays/{id}/reject")
	DisplayJson reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
		return DisplayJson.of(displays.reject(actors.require(), id, request == null ? null : request.reason(),
				request == null ? null : request.version()));
	}

	private static OutdoorDisplayState state(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OutdoorDisplayState.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("state: one of PENDING, APPROVED, REJECTED, was '" + text + "'");
		}
	}
}
