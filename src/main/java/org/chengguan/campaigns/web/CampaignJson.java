package org.chengguan.campaigns.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.campaigns.Campaign;
import org.chengguan.campaigns.CampaignProgress;
import org.chengguan.campaigns.Target;

/** A campaign as the API shows it (no user ids), with its phase on the day asked. */
record CampaignJson(long id, String name, String description, List<String> categories, List<String> regions,
		LocalDate startDate, LocalDate endDate, List<Target> targets, boolean published, int version,
		Campaign.Phase phase, Instant updatedAt) {

	static CampaignJson of(Campaign c, LocalDate today) {
		return new CampaignJson(c.id(), c.name(), c.description(), c.categories(), c.regions(), c.startDate(),
				c.endDate(), c.targets(), c.published(), c.version(), c.phase(today), c.updatedAt());
	}

	/** A campaign's progress: every figure against its target, overall and per district and street. */
	record Progress(CampaignJson campaign, Instant asOf, CampaignProgress.Unit overall,
			List<CampaignProgress.Unit> districts, List<CampaignProgress.Unit> streets, long taggedCases,
			long taggedInspections) {

		static Progress of(CampaignProgress p, LocalDate today) {
			return new Progress(CampaignJson.of(p.campaign(), today), p.asOf(), p.overall(), p.districts(), p.streets(),
					p.taggedCases(), p.taggedInspections());
		}
	}
}
