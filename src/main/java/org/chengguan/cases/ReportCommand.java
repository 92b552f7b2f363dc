package org.chengguan.cases;

import java.util.List;

/**
 * A report as a client sends it. {@code crs} is wgs84 (default), gcj02 or bd09; {@code contactName} and
 * {@code contactPhone} are the hotline caller's; {@code selfHandled} with {@code afterPhotoIds} is an inspector's
 * 自处理. {@code subject} is what the report is about besides its place, as {@code kind:id} (e.g. {@code facility:42},
 * a facility of the convenience map); null for a report about a place only.
 */
public record ReportCommand(String categoryCode, String description, Double lat, Double lon, String crs,
		Channel channel, List<String> photoIds, String contactName, String contactPhone, Boolean selfHandled,
		List<String> afterPhotoIds, String subject) {

	public ReportCommand {
		selfHandled = selfHandled != null && selfHandled;
		photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
		afterPhotoIds = afterPhotoIds == null ? List.of() : List.copyOf(afterPhotoIds);
		subject = subject == null || subject.isBlank() ? null : subject.strip();
	}

	/** A report about a place only. */
	public ReportCommand(String categoryCode, String description, Double lat, Double lon, String crs, Channel channel,
			List<String> photoIds, String contactName, String contactPhone, Boolean selfHandled,
			List<String> afterPhotoIds) {
		this(categoryCode, description, lat, lon, crs, channel, photoIds, contactName, contactPhone, selfHandled,
				afterPhotoIds, null);
	}

	/**
	 * A stable digest of what was asked, to tell a retry from a different request under the same key. The subject is
	 * added only when there is one, so the digests of keys stored before subjects existed still match their retries.
	 */
	String fingerprint() {
		String digest = String.join("|", String.valueOf(categoryCode), String.valueOf(description), String.valueOf(lat),
				String.valueOf(lon), String.valueOf(crs), String.valueOf(channel), String.join(",", photoIds),
				String.valueOf(contactName), String.valueOf(contactPhone), String.valueOf(selfHandled),
				String.join(",", afterPhotoIds));
		return subject == null ? digest : digest + "|subject=" + subject;
	}
}
