package org.chengguan.facilities;

import java.time.Instant;
import java.util.Set;

import org.chengguan.geo.GeoPoint;

/**
 * What to look for. Every part is optional except the limit; with {@code near} the answer is nearest first and
 * carries distances.
 *
 * @param types the types wanted; empty for all
 * @param near the WGS-84 point to measure from
 * @param radiusMetres only within this distance of {@code near} (requires it)
 * @param bbox only inside this WGS-84 box
 * @param openAt only open at this instant (opening hours, public holidays and date exceptions)
 * @param available only with free spaces or free ports now (parking and charging only)
 * @param portKind with {@code available}: a free port of this kind
 * @param text only those whose name or address contains this text (case-insensitive)
 */
public record FacilityQuery(Set<FacilityType> types, GeoPoint near, Double radiusMetres, BoundingBox bbox,
		Instant openAt, boolean available, PortKind portKind, String text, int limit) {

	public FacilityQuery {
		types = types == null ? Set.of() : Set.copyOf(types);
		if (radiusMetres != null && near == null) {
			throw new IllegalArgumentException("a radius needs a point (lat and lon)");
		}
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1");
		}
	}

	/** The nearest {@code limit} facilities of a type to a point. */
	public static FacilityQuery nearest(FacilityType type, GeoPoint near, int limit) {
		return new FacilityQuery(type == null ? Set.of() : Set.of(type), near, null, null, null, false, null, null,
				limit);
	}
}
