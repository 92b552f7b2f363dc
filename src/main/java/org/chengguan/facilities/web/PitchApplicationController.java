package org.chengguan.facilities.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.facilities.stalls.NewPitchApplication;
import org.chengguan.facilities.stalls.PitchApplication;
import org.chengguan.facilities.stalls.PitchApplicationState;
import org.chengguan.facilities.stalls.PitchApplications;
import org.chengguan.facilities.stalls.PitchCalendar;
import org.chengguan.facilities.stalls.PitchCalendars;
import org.chengguan.facilities.stalls.StallArea;
import org.chengguan.facilities.stalls.TakenPitch;
import org.chengguan.facilities.stalls.VendorRegistration;
import org.chengguan.facilities.stalls.VendorRegistrations;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "pitch applications", description = "摊位申请: a vendor applies for a pitch of a stall area; an officer of "
		+ "the area's street approves it with a pitch or rejects it")
@RestController
class PitchApplicationController {

	private final PitchApplications applications;

	private final Actors actors;

	private final VendorRegistrations vendors;

	private final PitchCalendars calendars;

	PitchApplicationController(PitchApplications applications, Actors actors, VendorRegistrations vendors,
			PitchCalendars calendars) {
		this.vendors = vendors;
		this.calendars = calendars;
		this.applications = applications;
		this.actors = actors;
	}

	record ApplyRequest(List<String> goods, LocalDate from, LocalDate to, Integer preferredPitch, String contactPhone) {
	}

	record ApproveRequest(Integer pitch) {
	}

	record RejectRequest(String reason) {
	}

	record ApplicationList(int count, List<PitchApplicationJson> items) {
	}

	record TakenAndFree(long facilityId, String name, int pitches, LocalDate from, LocalDate to, List<TakenPitch> taken,
			List<Integer> free) {
	}

	@Operation(summary = "A citizen (as a vendor) applies for a pitch of a stall area",
			description = "Stall areas, early/night markets and seasonal stalls take applications. goods: each among the "
					+ "area's goods allowed. from/to: yyyy-MM-dd, both days included, from today, at most 92 days, "
					+ "starting at most 180 days ahead, the area open on the first and the last day (its hours, with "
					+ "holidays and closed dates; a season is dates in the hours). preferredPitch: optional, 1 to the "
					+ "area's pitches. contactPhone: a mobile number, shown only to the applicant and the deciding "
					+ "officers. 400 for a request that lacks something, 422 for what the area does not allow (errors "
					+ "lists all), 409 with an open application of the area for a common day, 403 for staff.")
	@PostMapping("/api/v1/facilities/{id}/pitch-applications")
	ResponseEntity<PitchApplicationJson> apply(@PathVariable long id, @RequestBody ApplyRequest request) {
		Actor me = actors.require();
		PitchApplication created = applications.apply(me, id, new NewPitchApplication(request.goods(), request.from(),
				request.to(), request.preferredPitch(), request.contactPhone()));
		return ResponseEntity.created(URI.create("/api/v1/pitch-applications/" + created.id()))
			.body(PitchApplicationJson.of(created, null, PitchApplicationJson.names(actors)));
	}

	@Operation(summary = "Pitch applications: my own (mine=true), or those an officer decides",
			description = "mine=true: the signed-in user's own applications, newest first. Otherwise the applications "
					+ "of the areas in the officer's street (OFFICER only: an officer scoped to a community decides for "
					+ "its street), in state (PENDING, APPROVED, REJECTED, WITHDRAWN; all if absent); pending ones "
					+ "oldest first, others latest decided first. limit 1–500 (default 100).")
	@GetMapping("/api/v1/pitch-applications")
	ApplicationList list(@RequestParam(required = false) Boolean mine, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "100") int limit) {
		Actor me = actors.require();
		List<PitchApplication> found = Boolean.TRUE.equals(mine) ? applications.mine(me, limit)
				: applications.toDecide(me, state(state), limit);
		var names = PitchApplicationJson.names(actors);
		var registered = Boolean.TRUE.equals(mine) ? java.util.Map.<Long, VendorRegistration>of()
				: vendors.byUsers(found.stream().map(PitchApplication::applicantId).distinct().toList());
		List<PitchApplicationJson> items = found.stream()
			.map(a -> PitchApplicationJson.of(a, null, names)
				.withVendor(PitchApplicationJson.VendorSummary.of(registered.get(a.applicantId()))))
			.toList();
		return new ApplicationList(items.size(), items);
	}

	@Operation(summary = "One pitch application with its steps (who did what when)",
			description = "For its applicant and the officers of its street; 403 for anyone else.")
	@GetMapping("/api/v1/pitch-applications/{id}")
	PitchApplicationJson get(@PathVariable long id) {
		Actor me = actors.require();
		return one(me, applications.get(me, id));
	}

	@Operation(summary = "An officer of the area's street approves, giving a pitch",
			description = "pitch: 1 to the area's pitches; absent, the applicant's preferred pitch. 409 if the pitch is "
					+ "given to another application for a common day (whichever approval commits first wins) or the "
					+ "application is no longer pending; 403 for others than the street's officers.")
	@PostMapping("/api/v1/pitch-applications/{id}/approve")
	PitchApplicationJson approve(@PathVariable long id, @RequestBody(required = false) ApproveRequest request) {
		Actor me = actors.require();
		return one(me, applications.approve(me, id, request == null ? null : request.pitch()));
	}

	@Operation(summary = "An officer of the area's street rejects, saying why", description = "reason: 1–500 characters.")
	@PostMapping("/api/v1/pitch-applications/{id}/reject")
	PitchApplicationJson reject(@PathVariable long id, @RequestBody(required = false) RejectRequest request) {
		Actor me = actors.require();
		return one(me, applications.reject(me, id, request == null ? null : request.reason()));
	}

	@Operation(summary = "The applicant withdraws a pending application", description = "409 once it is decided.")
	@PostMapping("/api/v1/pitch-applications/{id}/withdraw")
	PitchApplicationJson withdraw(@PathVariable long id) {
		Actor me = actors.require();
		return one(me, applications.withdraw(me, id));
	}

	@Operation(summary = "Which pitches of a stall area are taken on a day, or on any day of a period (public)",
			description = "date (yyyy-MM-dd, default today), or from and to (at most 92 days). taken: each approved "
					+ "pitch with its period, nothing about who holds it; free: the pitches free on every day asked.")
	@GetMapping("/api/v1/facilities/{id}/pitches")
	TakenAndFree pitches(@PathVariable long id, @RequestParam(required = false) String date,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		StallArea area = applications.area(id)
			.orElseThrow(() -> new NotFoundException("There is no stall area " + id + " that takes pitch applications."));
		LocalDate first = date(date != null ? date : from, date != null ? "date" : "from");
		LocalDate last = date != null || to == null ? first : date(to, "to");
		if (last.isBefore(first) || first.plusDays(91).isBefore(last)) {
			throw new InvalidInputException("to: a period of 1–92 days from 'from', was " + first + " to " + last);
		}
		return new TakenAndFree(id, area.name(), area.pitches(), first, last, applications.taken(id, first, last),
				applications.freePitches(area, first, last));
	}

	/** The calendar as served: per pitch one state per day; holders only in the officers' answer. */
	record CalendarJson(long facilityId, String name, int pitches, LocalDate from, LocalDate to, List<LocalDate> days,
			List<CalendarRow> rows, List<Integer> freeThroughout, List<PitchCalendar.Holder> holders) {

		static CalendarJson of(PitchCalendar c, boolean officer) {
			return new CalendarJson(c.facilityId(), c.name(), c.pitches(), c.from(), c.to(), c.days(),
					c.rows().stream().map(r -> new CalendarRow(r.pitch(), r.taken().stream()
						.map(t -> t ? "TAKEN" : "FREE").toList())).toList(),
					c.freeThroughout(), officer ? c.holders() : null);
		}
	}

	record CalendarRow(int pitch, List<String> days) {
	}

	@Operation(summary = "The pitch calendar of a stall area (摊位日历, public): per pitch and day, TAKEN or FREE",
			description = "from (default today) and to (default from + 6 days), at most 31 days. rows: one per pitch, "
					+ "days[i] is the state on days[i]; freeThroughout: the pitches free on every day. Nothing about "
					+ "who holds a pitch.")
	@GetMapping("/api/v1/facilities/{id}/pitch-calendar")
	CalendarJson calendar(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		StallArea area = stallArea(id);
		LocalDate first = date(from, "from");
		LocalDate last = to == null || to.isBlank() ? first.plusDays(6) : date(to, "to");
		return CalendarJson.of(calendars.calendar(area, first, last), false);
	}

	@Operation(summary = "The pitch calendar with who holds each taken pitch, for the officers of the area's street",
			description = "As the public calendar, plus holders: pitch, period, application id, the vendor's name and "
					+ "the phone masked. 403 for anyone but an officer of the street.")
	@GetMapping("/api/v1/pitch-holders/{id}")
	CalendarJson holders(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Actor me = actors.require();
		StallArea area = stallArea(id);
		LocalDate first = date(from, "from");
		LocalDate last = to == null || to.isBlank() ? first.plusDays(6) : date(to, "to");
		return CalendarJson.of(calendars.holders(me, area, first, last, PitchApplicationJson.names(actors)), true);
	}

	private StallArea stallArea(long id) {
		return applications.area(id)
			.orElseThrow(() -> new NotFoundException("There is no stall area " + id + " that takes pitch applications."));
	}

	private LocalDate date(String text, String name) {
		if (text == null || text.isBlank()) {
			return applications.today();
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(name + ": a date is yyyy-MM-dd, was '" + text + "'");
		}
	}

	private PitchApplicationJson one(Actor me, PitchApplication a) {
		var json = PitchApplicationJson.of(a, applications.steps(me, a.id()), PitchApplicationJson.names(actors));
		return applications.mayDecide(me, a) ? json.withVendor(PitchApplicationJson.VendorSummary
			.of(vendors.byUsers(List.of(a.applicantId())).get(a.applicantId()))) : json;
	}

	private static PitchApplicationState state(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return PitchApplicationState.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("state: one of PENDING, APPROVED, REJECTED, WITHDRAWN, was '" + text + "'");
		}
	}
}
