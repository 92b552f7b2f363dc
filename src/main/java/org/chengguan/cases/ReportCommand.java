package org.chengguan.cases;

import java.util.List;

/**
 * A report as a client sends it. {@code crs} is wgs84 (default), gcj02 or bd09; {@code contactName} and
 * {@code contactPhone} are the hotline caller's; {@code selfHandled} with {@code afterPhotoIds} is an inspector's
 * 自处理.
 */
public record ReportCommand(String categoryCode, String description, Double lat, Double lon, String crs,
		Channel channel, List<String> photoIds, String contactName, String contactPhone, Boolean selfHandled,
		List<String> afterPhotoIds) {

	public ReportCommand {
		selfHandled = selfHandled != null && selfHandled;
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
		afterPhotoIds = afterPhotoIds == null ? List.of() : List.copyOf(afterPhotoIds);
	}

	/** A stable digest of what was asked, to tell a retry from a different request under the same key. */
	String fingerprint() {
		return String.join("|", String.valueOf(categoryCode), String.valueOf(description), String.valueOf(lat),
				String.valueOf(lon), String.valueOf(crs), String.valueOf(channel), String.join(",", photoIds),
				String.valueOf(contactName), String.valueOf(contactPhone), String.valueOf(selfHandled),
				String.join(",", afterPhotoIds));
	}
}
