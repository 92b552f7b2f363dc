package org.chengguan.facilities;

/** What a facility is; the constants are the API's type codes. */
public enum FacilityType {

	/** 农贸市场 */
	FARMERS_MARKET,
	/** 临时摊群点: a temporary stall area with pitches and time windows */
	STALL_AREA,
	/** 早市/夜市 */
	EARLY_NIGHT_MARKET,
	/** 应季瓜果自产摊位: seasonal stalls for growers' own produce */
	SEASONAL_STALL,
	/** 特色外摆: an outdoor display zone in front of shops */
	OUTDOOR_DISPLAY,
	/** 便民服务点: repairs, keys, parcels and the like */
	CONVENIENCE_POINT,
	/** 公厕 */
	PUBLIC_TOILET,
	/** 停车场 */
	PARKING,
	/** 充电桩群: an EV charging station with its ports */
	EV_CHARGING,
	/** 城管工作站/岗亭: a station or kiosk of the service network (from regions) */
	STATION;

	/** Whether the type has pitches and goods (the stall-like types). */
	public boolean hasPitches() {
		return this == STALL_AREA || this == EARLY_NIGHT_MARKET || this == SEASONAL_STALL || this == OUTDOOR_DISPLAY;
	}
}
