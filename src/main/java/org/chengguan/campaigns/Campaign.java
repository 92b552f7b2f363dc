package org.chengguan.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A special campaign (专项整治) as stored: its scope (categories, regions, period, both days included in the city's
 * time zone), its targets, and its version (each change adds one; a change based on an older version is a 409).
 */
public record Campaign(long id, String name, String description, List<String> categories, List<String> regions,
		LocalDate startDate, LocalDate endDate, List<Target> targets, boolean published, int version, long createdBy,
		Instant createdAt, Instant updatedAt) {

	/** Where a campaign stands on a day: not started, running, or over. */
	public enum Phase {
		/** 未开始 */
		PLANNED,
		/** 进行中 */
		ACTIVE,
		/** 已结束 */
		ENDED
	}

	public Campaign {
		categories = List.copyOf(categories);
		regions = List.copyOf(regions);
		targets = List.copyOf(targets);
	}

	public Phase phase(LocalDate today) {
		return today.isBefore(startDate) ? Phase.PLANNED : today.isAfter(endDate) ? Phase.ENDED : Phase.ACTIVE;
	}

	/** Whether a region code lies in the campaign's regions. */
	public boolean covers(String regionCode) {
		return regionCode != null && regions.stream().anyMatch(regionCode::startsWith);
	}
}
