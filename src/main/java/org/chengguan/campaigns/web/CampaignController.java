package org.chengguan.campaigns.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.assessment.Assessment;
import org.chengguan.campaigns.Campaign;
import org.chengguan.campaigns.CampaignDraft;
import org.chengguan.campaigns.Campaigns;
import org.chengguan.campaigns.TaggedCase;
import org.chengguan.campaigns.TaggedInspection;
import org.chengguan.campaigns.Target;
import org.chengguan.identity.Actors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Special campaigns (专项整治): created and changed by leaders (within their scope) and administrators, read by staff
 * within their scope; progress is every target against the assessment's figures over the campaign's slice.
 */
@Tag(name = "campaigns")
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

	private final Campaigns campaigns;

	private final Actors actors;

	private final Assessment assessment;

	CampaignController(Campaigns campaigns, Actors actors, Assessment assessment) {
		this.campaigns = campaigns;
		this.actors = actors;
		this.assessment = assessment;
	}

	/**
	 * A campaign to save. Targets: {@code measure} (CASES_REPORTED, CASES_CLOSED, CLOSURE_RATE, ON_TIME_RATE,
	 * MERCHANTS_INSPECTED), {@code value} for the whole campaign, optionally {@code eachDistrict}, {@code eachStreet}
	 * and {@code overrides} (district or street code → value). Rates are percentages.
	 */
	record CampaignRequest(String name, String description, List<String> categories, List<String> regions,
			LocalDate startDate, LocalDate endDate, List<Target> targets, Boolean published, Integer expectedVersion) {

		CampaignDraft draft() {
			return new CampaignDraft(name, description, categories, regions, startDate, endDate, targets, published);
		}
	}

	@Operation(summary = "The campaigns the caller may read (staff; those touching their scope)")
	@GetMapping
	List<CampaignJson> list() {
		LocalDate today = assessment.today();
		return campaigns.list(actors.require()).stream().map(c -> CampaignJson.of(c, today)).toList();
	}

	@Operation(summary = "Creates a campaign (LEADER within their scope, ADMIN) and tags what is already in its scope",
			description = "400 with every fault (unknown category or region, end before start, empty scope, a target "
					+ "value ≤ 0 or a rate above 100); nothing is saved.")
	@PostMapping
	ResponseEntity<CampaignJson> create(@RequestBody CampaignRequest request) {
		Campaign c = campaigns.create(actors.require(), request.draft());
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + c.id())).body(CampaignJson.of(c, assessment.today()));
	}

	@Operation(summary = "One campaign")
	@GetMapping("/{id}")
	CampaignJson get(@PathVariable long id) {
		return CampaignJson.of(campaigns.get(actors.require(), id), assessment.today());
	}

	@Operation(summary = "Changes a campaign (the whole of it) and re-tags its scope",
			description = "expectedVersion is the version read; 409 with currentVersion when another change came first. "
					+ "Faults as for POST.")
	@PutMapping("/{id}")
	CampaignJson update(@PathVariable long id, @RequestBody CampaignRequest request) {
		return CampaignJson.of(campaigns.update(actors.require(), id, request.expectedVersion(), request.draft()),
				assessment.today());
	}

	@Operation(summary = "Targets against actuals, for the campaign and per district and street",
			description = "Case figures are the assessment's over the campaign's categories, regions and period "
					+ "(上报, 结案 of the cases filed in it, 结案率, 按期结案率); inspections are the tagged joint inspections. "
					+ "percent = actual / target × 100.")
	@GetMapping("/{id}/progress")
	CampaignJson.Progress progress(@PathVariable long id) {
		return CampaignJson.Progress.of(campaigns.progress(actors.require(), id), assessment.today());
	}

	@Operation(summary = "The tagged cases within the caller's scope, latest report first (no personal data)")
	@GetMapping("/{id}/cases")
	List<TaggedCase> cases(@PathVariable long id, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "100") int limit) {
		return campaigns.cases(actors.require(), id, offset, limit);
	}

	@Operation(summary = "The tagged joint inspections within the caller's scope, latest visit first")
	@GetMapping("/{id}/inspections")
	List<TaggedInspection> inspections(@PathVariable long id) {
		return campaigns.inspections(actors.require(), id);
	}
}
