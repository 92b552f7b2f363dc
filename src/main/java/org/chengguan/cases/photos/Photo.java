package org.chengguan.cases.photos;

import java.time.Instant;
import java.util.UUID;

import org.chengguan.geo.GeoPoint;

/**
 * An uploaded photo: its content's identity and type, its size, and where and when the camera says it was taken
 * (EXIF; null when the photo does not say).
 */
public record Photo(UUID id, String sha256, ImageType type, int bytes, Integer width, Integer height,
		GeoPoint takenAt, Instant takenTime, long uploadedBy, Instant uploadedAt, Long caseId, String keptRegion) {
}
