package org.chengguan.geo;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * A coordinate reference system (坐标系) that clients send points in. The platform stores WGS-84 ({@link GeoPoint})
 * and converts the others on the way in with {@link #toWgs84} and on the way out with {@link #fromWgs84}.
 * <p>
 * GCJ-02 and BD-09 differ from WGS-84 only inside the rough bounding box of mainland China that all their clients
 * use (lon 72.004–137.8347, lat 0.8293–55.8271): outside it GCJ-02 is WGS-84 by definition, and Baidu's maps use
 * WGS-84 abroad. The box is tested on the coordinates as given, so points within about 0.02° of its edges (none
 * of them Chinese territory) do not round-trip. As in the usual GCJ-02 implementations, the box also covers parts of
 * neighbouring countries (Seoul, Hanoi), which are shifted like Chinese points.
 */
public enum Crs {

	/** WGS-84: GPS receivers and 天地图 (whose CGCS2000 equals WGS-84 to within centimetres). */
	WGS84("WGS-84") {
		@Override
		GeoPoint convertToWgs84(double lat, double lon) {
			return new GeoPoint(lat, lon);
		}

		@Override
		public CrsPoint fromWgs84(GeoPoint p) {
			return new CrsPoint(this, p.lat(), p.lon());
		}
	},

	/** GCJ-02 (国测局坐标): WeChat's location API, AMap (高德) and Tencent maps. */
	GCJ02("GCJ-02") {
		@Override
		GeoPoint convertToWgs84(double lat, double lon) {
			return Gcj02Offset.toWgs84(lat, lon);
		}

		@Override
		public CrsPoint fromWgs84(GeoPoint p) {
			double lat = p.lat();
			double lon = p.lon();
			if (!Gcj02Offset.appliesAt(lat, lon)) {
				return new CrsPoint(this, lat, lon);
			}
			return new CrsPoint(this, lat + Gcj02Offset.latOffset(lat, lon), lon + Gcj02Offset.lonOffset(lat, lon));
		}
	},

	/** BD-09 (百度坐标, "bd09ll"): Baidu maps; GCJ-02 plus Baidu's own offset. */
	BD09("BD-09") {
		@Override
		GeoPoint convertToWgs84(double lat, double lon) {
			if (!Gcj02Offset.appliesAt(lat, lon)) {
				return new GeoPoint(lat, lon);
			}
			return Bd09Offset.toWgs84(lat, lon);
		}

		@Override
		public CrsPoint fromWgs84(GeoPoint p) {
			double lat = p.lat();
			double lon = p.lon();
			if (!Gcj02Offset.appliesAt(lat, lon)) {
				return new CrsPoint(this, lat, lon);
			}
			double gcjLat = lat + Gcj02Offset.latOffset(lat, lon);
			double gcjLon = lon + Gcj02Offset.lonOffset(lat, lon);
			return Bd09Offset.fromGcj02(gcjLat, gcjLon);
		}
	};

	private final String label;

	Crs(String label) {
		this.label = label;
	}

	/** The usual written name: "WGS-84", "GCJ-02", "BD-09". */
	public String label() {
		return label;
	}

	/**
	 * The system named by {@code name}: "wgs84", "gcj02" or "bd09", with or without the hyphen, in any case.
	 *
	 * @throws IllegalArgumentException for anything else (including null), naming the accepted values
	 */
	public static Crs parse(String name) {
		for (Crs crs : values()) {
			if (crs.name().equalsIgnoreCase(name) || crs.label.equalsIgnoreCase(name)) {
				return crs;
			}
		}
		throw new IllegalArgumentException(
				"unknown coordinate system " + (name == null ? "null" : "'" + name + "'") + "; accepted: " + accepted());
	}

	private static String accepted() {
		StringJoiner joiner = new StringJoiner(", ");
		for (Crs crs : values()) {
			joiner.add(crs.name().toLowerCase(Locale.ROOT)).add(crs.label.toLowerCase(Locale.ROOT));
		}
		return joiner.toString();
	}

	/**
	 * The WGS-84 point that this system calls (lat, lon), in decimal degrees. Round trips through
	 * {@link #fromWgs84} agree to well under a millimetre.
	 *
	 * @throws IllegalArgumentException if lat is not within [-90, 90] or lon not within [-180, 180] (NaN included)
	 */
	public GeoPoint toWgs84(double lat, double lon) {
		checkRange(lat, lon);
		return convertToWgs84(lat, lon);
	}

	/** This system's coordinates of the WGS-84 point {@code p}. */
	public abstract CrsPoint fromWgs84(GeoPoint p);

	/** {@link #toWgs84} for coordinates already checked to be in range. */
	abstract GeoPoint convertToWgs84(double lat, double lon);

	void checkRange(double lat, double lon) {
		if (!(lat >= -90 && lat <= 90)) {
			throw new IllegalArgumentException(label + " latitude must be within [-90, 90], was " + lat);
		}
		if (!(lon >= -180 && lon <= 180)) {
			throw new IllegalArgumentException(label + " longitude must be within [-180, 180], was " + lon);
		}
	}
}
