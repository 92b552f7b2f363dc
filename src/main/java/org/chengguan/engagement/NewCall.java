package org.chengguan.engagement;

/**
 * A call as the operator types it. A complaint needs where and what (categoryCode, lat/lon with crs wgs84, gcj02 or
 * bd09) for its case; a consultation needs the answer given on the spot. {@code regionCode} places a suggestion or a
 * consultation inside the operator's scope (default: the scope itself); a complaint's region is its case's.
 */
public record NewCall(CallKind kind, String callerName, String callerPhone, String content, String answer,
		String categoryCode, Double lat, Double lon, String crs, String regionCode) {
}
