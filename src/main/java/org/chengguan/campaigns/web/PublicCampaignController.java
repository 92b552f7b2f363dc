package org.chengguan.campaigns.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.chengguan.assessment.Assessment;
import org.chengguan.campaigns.Campaigns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published campaigns' progress, for anyone without a token: counts and rates only, no case list. */
@Tag(name = "campaigns")
@RestController
@RequestMapping("/api/v1/public/campaigns")
class PublicCampaignController {

	private final Campaigns campaigns;

	private final Assessment assessment;

	PublicCampaignController(Campaigns campaigns, Assessment assessment) {
		this.campaigns = campaigns;
		this.assessment = assessment;
	}

	@Operation(summary = "The published campaigns (no sign-in)")
	@GetMapping
	List<CampaignJson> published() {
		return campaigns.published().stream().map(c -> CampaignJson.of(c, assessment.today())).toList();
	}

	@Operation(summary = "A published campaign's progress (no sign-in; 404 unless published)")
	@GetMapping("/{id}")
	CampaignJson.Progress progress(@PathVariable long id) {
		return CampaignJson.Progress.of(campaigns.publicProgress(id), assessment.today());
	}
}
