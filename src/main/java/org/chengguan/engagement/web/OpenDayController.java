package org.chengguan.engagement.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.engagement.NewOpenDay;
import org.chengguan.engagement.OpenDay;
import org.chengguan.engagement.OpenDays;
import org.chengguan.engagement.Registration;
import org.chengguan.engagement.RegistrationState;
import org.chengguan.engagement.web.OpenDayJson.PublicOpenDay;
import org.chengguan.engagement.web.OpenDayJson.StaffRegistration;
import org.chengguan.engagement.web.OpenDayJson.StaffRegistrations;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "open days (staff)", description = "城管开放日: officers, leaders and administrators create open days in "
		+ "their region, see the registrations (names, phones masked) and mark attendance")
@RestController
class OpenDayController {

	private final OpenDays openDays;

	private final Actors actors;

	OpenDayController(OpenDays openDays, Actors actors) {
		this.openDays = openDays;
		this.actors = actors;
	}

	record AttendanceRequest(Boolean attended) {
	}

	record OpenDayList(int count, List<PublicOpenDay> items) {
	}

	@Operation(summary = "Create an open day (OFFICER, LEADER or ADMIN of the place's region)",
			description = "title ≤ 200, description ≤ 4000, startsAt < endsAt (ISO instants), place ≤ 200 with lat/lon "
					+ "(crs wgs84, gcj02 or bd09) inside the city and the creator's scope, capacity 1–10000, "
					+ "registrationOpensAt (default now) < registrationClosesAt (default startsAt) ≤ endsAt. 400 with "
					+ "every fault; 403 wrong role or scope; 422 a point outside the city.")
	@PostMapping("/api/v1/open-days")
	ResponseEntity<PublicOpenDay> create(@RequestBody NewOpenDay request) {
		OpenDay created = openDays.create(actors.require(), request);
		return ResponseEntity.created(URI.create("/api/v1/public/open-days/" + created.id()))
			.body(PublicOpenDay.of(created, openDays.now()));
	}

	@Operation(summary = "The open days of the caller's scope, latest first (OFFICER, LEADER, ADMIN)")
	@GetMapping("/api/v1/open-days")
	OpenDayList list() {
		Instant now = openDays.now();
		var items = openDays.ofScope(actors.require()).stream().map(d -> PublicOpenDay.of(d, now)).toList();
		return new OpenDayList(items.size(), items);
	}

	@Operation(summary = "An open day's registrations: names, phones masked, party, attendance, feedback",
			description = "Staff of the open day's region (OFFICER, LEADER, ADMIN); the registration codes are never shown.")
	@GetMapping("/api/v1/open-days/{id}/registrations")
	StaffRegistrations registrations(@PathVariable long id) {
		Actor me = actors.require();
		List<Registration> all = openDays.registrations(me, id);
		OpenDay day = openDays.get(id);
		var live = all.stream().filter(r -> r.state() == RegistrationState.REGISTERED).toList();
		return new StaffRegistrations(id, day.capacity(), day.seatsTaken(), live.size(),
				(int) live.stream().filter(r -> Boolean.TRUE.equals(r.attended())).count(),
				all.stream().map(StaffRegistration::of).toList());
	}

	@Operation(summary = "Mark whether a registrant came (staff of the region, from an hour before the start)",
			description = "attended: true or false. 409 before the hour, or for a cancelled registration.")
	@PostMapping("/api/v1/open-days/{id}/registrations/{registrationId}/attendance")
	StaffRegistration attendance(@PathVariable long id, @PathVariable long registrationId,
			@RequestBody AttendanceRequest request) {
		if (request.attended() == null) {
			throw new InvalidInputException("attended: true or false");
		}
		return StaffRegistration.of(openDays.markAttendance(actors.require(), id, registrationId, request.attended()));
	}
}
