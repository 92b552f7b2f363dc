package org.chengguan.regions;

import org.chengguan.geo.GeoPoint;

/** A point of the service network and the region it serves. */
public record ServicePoint(String code, Kind kind, String name, String address, String phone, GeoPoint location,
		String servesCode) {

	public enum Kind {
		/** 社区城市管理工作站: one per community */
		STATION,
		/** 城管执法服务岗亭: a street kiosk */
		KIOSK,
		/** 城管中队: a squadron */
		SQUADRON
	}
}
