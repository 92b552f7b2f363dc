package org.chengguan.cases;

import java.util.List;

import org.chengguan.geo.GeoPoint;

/** A report as it enters the lifecycle, already located and validated. */
public record NewCase(Channel channel, String categoryCode, String description, GeoPoint location,
		CaseLocation region, Long reporterId, Contact contact, List<String> photoIds) {

	public NewCase {
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
	}
}
