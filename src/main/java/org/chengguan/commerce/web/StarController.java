package org.chengguan.commerce.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.commerce.internal.CommerceAccess;
import org.chengguan.commerce.internal.RatingPeriod;
import org.chengguan.commerce.internal.RatingRules;
import org.chengguan.commerce.internal.StarCertificate;
import org.chengguan.commerce.internal.StarRating;
import org.chengguan.commerce.internal.StarRatings;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.ForbiddenException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "star ratings", description = "星级文明户: rating periods, the scoring rules as configuration, the stars "
		+ "computed with their reasons when a period is closed, the public list (name and stars only) and the "
		+ "sticker-ready certificate")
@RestController
class StarController {

	private final StarRatings ratings;

	private final RatingRules rules;

	private final StarCertificate certificate;

	private final Actors actors;

	StarController(StarRatings ratings, RatingRules rules, StarCertificate certificate, Actors actors) {
		this.ratings = ratings;
		this.rules = rules;
		this.certificate = certificate;
		this.actors = actors;
	}

	record PeriodRequest(String name, LocalDate startsOn, LocalDate endsOn) {
	}

	record PublicList(int count, List<StarRatings.PublicStar> items) {
	}

	@Operation(summary = "The scoring rules (staff)", description = "BASE, points per FAILED_ITEM, CASE (patrols' "
			+ "and inspections' cases about the merchant), COMPLAINT (citizens' reports about it), AGREEMENT (signed), "
			+ "ALLIANCE_DUTY (the alliance self-inspected in the period); STARS_5…STARS_2 the lowest scores.")
	@GetMapping("/api/v1/star-rating/rules")
	Map<String, Integer> rules() {
		staff();
		return rules.current();
	}

	@Operation(summary = "Change scoring rules (LEADER or ADMIN); 400 unless coherent, nothing saved")
	@PutMapping("/api/v1/star-rating/rules")
	Map<String, Integer> changeRules(@RequestBody Map<String, Integer> changes) {
		return rules.update(actors.require(), changes);
	}

	@Operation(summary = "Rating periods, latest first (staff)")
	@GetMapping("/api/v1/rating-periods")
	List<RatingPeriod> periods() {
		staff();
		return ratings.periods();
	}

	@Operation(summary = "Open a rating period (LEADER or ADMIN); 409 for a name taken")
	@PostMapping("/api/v1/rating-periods")
	ResponseEntity<RatingPeriod> open(@RequestBody PeriodRequest r) {
		RatingPeriod p = ratings.open(actors.require(), r.name(), r.startsOn(), r.endsOn());
		return ResponseEntity.created(URI.create("/api/v1/rating-periods/" + p.id())).body(p);
	}

	@Operation(summary = "Close a period and rate every merchant (LEADER or ADMIN)",
			description = "422 while the period is still open (today on or before its end); 409 if already closed. "
					+ "The ratings and the closing commit together.")
	@PostMapping("/api/v1/rating-periods/{id}/close")
	RatingPeriod close(@PathVariable long id) {
		return ratings.close(actors.require(), id);
	}

	@Operation(summary = "Every merchant's stars in a closed period, with reasons (staff); 409 for a period still open")
	@GetMapping("/api/v1/rating-periods/{id}/ratings")
	List<StarRating> ratings(@PathVariable long id) {
		staff();
		return ratings.ratings(id);
	}

	@Operation(summary = "The starred shops (3 stars and more) of the latest closed period: name and stars only",
			description = "Public, no sign-in.")
	@GetMapping("/api/v1/public/stars")
	PublicList publicStars() {
		List<StarRatings.PublicStar> items = ratings.publicList();
		return new PublicList(items.size(), items);
	}

	@Operation(summary = "A starred shop's certificate (星级文明户 sticker), PDF, A6", description = "Public: the "
			+ "shop's name, its stars and the period. 404 for a shop without stars in the latest closed period.")
	@GetMapping("/api/v1/public/stars/{merchantId}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long merchantId) {
		byte[] pdf = certificate.render(merchantId);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("star-certificate-" + merchantId + ".pdf").build().toString())
			.body(pdf);
	}

	private Actor staff() {
		Actor me = actors.require();
		if (!CommerceAccess.isStaff(me)) {
			throw new ForbiddenException("this is for staff; the public list is /api/v1/public/stars");
		}
		return me;
	}
}
