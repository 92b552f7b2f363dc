package org.chengguan.cases;

import java.util.List;

import org.chengguan.geo.GeoPoint;

/**
 * A report as it enters the lifecycle, already located and validated.
 *
 * @param subject what it is about besides its place, checked to exist; null for a report about a place only
 */
public record NewCase(Channel channel, String categoryCode, String description, GeoPoint location,
		CaseLocation region, Long reporterId, Contact contact, List<String> photoIds, CaseSubject subject) {

	public NewCase {
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
	}

	/** A report about a place only. */
	public NewCase(Channel channel, String categoryCode, String description, GeoPoint location, CaseLocation region,
			Long reporterId, Contact contact, List<String> photoIds) {
		this(channel, categoryCode, description, location, region, reporterId, contact, photoIds, null);
	}
}
