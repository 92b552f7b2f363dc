package org.chengguan.engagement.web;

import java.net.URI;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.engagement.NewRegistration;
import org.chengguan.engagement.OpenDays;
import org.chengguan.engagement.Registration;
import org.chengguan.engagement.web.OpenDayJson.OwnRegistration;
import org.chengguan.engagement.web.OpenDayJson.PublicOpenDay;
import org.chengguan.engagement.web.OpenDayJson.PublicOpenDays;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "open days (public)", description = "城管开放日: the public sees the open days and the seats left, "
		+ "registers without an account, and sees, cancels and rates its registration with the registration code")
@RestController
class PublicOpenDayController {

	private final OpenDays openDays;

	PublicOpenDayController(OpenDays openDays) {
		this.openDays = openDays;
	}

	record RegisterRequest(String name, String phone, String organisation, Integer partySize) {
	}

	record FeedbackRequest(Integer rating, String comment) {
	}

	@Operation(summary = "Open days not yet ended, soonest first, with the seats left (no sign-in)")
	@GetMapping("/api/v1/public/open-days")
	PublicOpenDays list() {
		Instant now = openDays.now();
		var items = openDays.upcoming().stream().map(d -> PublicOpenDay.of(d, now)).toList();
		return new PublicOpenDays(items.size(), items);
	}

	@Operation(summary = "One open day with the seats left (no sign-in)")
	@GetMapping("/api/v1/public/open-days/{id}")
	PublicOpenDay get(@PathVariable long id) {
		return PublicOpenDay.of(openDays.get(id), openDays.now());
	}

	@Operation(summary = "Register for an open day (no sign-in)",
			description = "name 1–50 characters; phone a mainland mobile (11 digits, 13–19); organisation (group, "
					+ "school, company) optional, ≤ 100; partySize 1–5, counted against the capacity. Answers 201 with "
					+ "the registration code, the registrant's key to see, cancel and rate it (keep it: it is shown "
					+ "once). 400 with every fault; 404 no such open day; 409 with reason FULL (and seatsLeft), "
					+ "NOT_OPEN, CLOSED or DUPLICATE (the phone already holds a registration of this open day). A "
					+ "refused registration saves nothing; of many at once for the last seats exactly as many pass as "
					+ "fit.")
	@PostMapping("/api/v1/public/open-days/{id}/registrations")
	ResponseEntity<OwnRegistration> register(@PathVariable long id, @RequestBody RegisterRequest request,
			HttpServletRequest http) {
		Registration r = openDays.register(id, new NewRegistration(request.name(), request.phone(),
				request.organisation(), request.partySize()), http.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/public/open-days/registrations/" + r.code()))
			.body(own(r));
	}

	@Operation(summary = "A registration by its code (no sign-in): the party, the state, the phone masked")
	@GetMapping("/api/v1/public/open-days/registrations/{code}")
	OwnRegistration registration(@PathVariable String code) {
		return own(openDays.byCode(code));
	}

	@Operation(summary = "Cancel a registration by its code before the open day starts; its seats are free again",
			description = "409 with reason CANCELLED or STARTED.")
	@PostMapping("/api/v1/public/open-days/registrations/{code}/cancel")
	OwnRegistration cancel(@PathVariable String code) {
		return own(openDays.cancel(code));
	}

	@Operation(summary = "Feedback on an open day by the registration's code, after it ends, once",
			description = "rating 1–5, comment ≤ 1000 characters. 409 with reason NOT_ENDED, CANCELLED or GIVEN.")
	@PostMapping("/api/v1/public/open-days/registrations/{code}/feedback")
	OwnRegistration feedback(@PathVariable String code, @RequestBody FeedbackRequest request) {
		return own(openDays.feedback(code, request.rating(), request.comment()));
	}

	private OwnRegistration own(Registration r) {
		return OwnRegistration.of(r, openDays.get(r.openDayId()), openDays.now());
	}
}
