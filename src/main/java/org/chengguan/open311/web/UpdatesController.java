package org.chengguan.open311.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.chengguan.open311.internal.Jurisdiction;
import org.chengguan.open311.internal.UpdateFeed;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** FixMyStreet's GET servicerequestupdates (public; an api_key sent along is not needed and not checked). */
@Hidden
@GeoReport
@RestController
class UpdatesController {

	private final Jurisdiction jurisdiction;

	private final UpdateFeed feed;

	UpdatesController(Jurisdiction jurisdiction, UpdateFeed feed) {
		this.jurisdiction = jurisdiction;
		this.feed = feed;
	}

	@GetMapping(DiscoveryController.BASE + "/servicerequestupdates.{format}")
	ResponseEntity<byte[]> updates(@PathVariable String format, HttpServletRequest request) {
		Answers.format(format);
		jurisdiction.check(request.getParameterMap());
		return Answers.ok(format,
				Documents.updates(feed.between(request.getParameterMap()), jurisdiction.properties().zone()));
	}
}
