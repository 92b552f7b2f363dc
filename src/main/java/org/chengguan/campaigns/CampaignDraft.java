package org.chengguan.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * What a leader or administrator writes to create or change a campaign. Checked as a whole: every fault is listed in
 * one 400 problem and nothing is saved.
 *
 * @param categories catalogue category codes (at least one)
 * @param regions region codes of any level, district to grid (at least one); a case is in scope when its region code
 *        starts with one of them
 * @param startDate first day, in the city's time zone (Asia/Shanghai)
 * @param endDate last day, included
 * @param published whether the public may read its progress ({@code /public/campaigns/{id}})
 */
public record CampaignDraft(String name, String description, List<String> categories, List<String> regions,
		LocalDate startDate, LocalDate endDate, List<Target> targets, Boolean published) {

	public CampaignDraft {
		categories = categories == null ? List.of() : categories.stream().map(c -> c == null ? "" : c.strip()).toList();
		regions = regions == null ? List.of() : regions.stream().map(r -> r == null ? "" : r.strip()).toList();
		targets = targets == null ? List.of() : List.copyOf(targets);
	}
}
