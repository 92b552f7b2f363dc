package org.chengguan.regions.web;

import org.chengguan.regions.Region;

/** A region named by code, name and level, as it appears inside other answers. */
record RegionSummary(String code, String name, String level) {

	static RegionSummary of(Region region) {
		return region == null ? null : new RegionSummary(region.code(), region.name(), region.level().name());
	}
}
