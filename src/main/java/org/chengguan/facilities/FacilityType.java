package org.chengguan.facilities;

/**
 * What a facility is; the constants are the API's type codes. Each carries the catalogue category (CJ/T 214-2007, the
 * catalogue's V202) a citizen's report of a fault there is filed under ("report a fault here"): this is the one place
 * that mapping lives. The catalogue has no category for parking-lot or charging equipment, so those take the nearest
 * one there is; a city that adds better ones changes the codes here.
 */
public enum FacilityType {

	/** 农贸市场: its order (stalls spilling out) is 占道经营 */
	FARMERS_MARKET("E0502"),
	/** 临时摊群点: a temporary stall area with pitches and time windows; 占道经营 */
	STALL_AREA("E0502"),
	/** 早市/夜市; 占道经营 */
	EARLY_NIGHT_MARKET("E0502"),
	/** 应季瓜果自产摊位: seasonal stalls for growers' own produce; 占道经营 */
	SEASONAL_STALL("E0502"),
	/** 特色外摆: an outdoor display zone in front of shops; beyond it is 店外经营 */
	OUTDOOR_DISPLAY("E0503"),
	/** 便民服务点: repairs, keys, parcels and the like; 店外经营 */
	CONVENIENCE_POINT("E0503"),
	/** 公厕: 公共厕所 (damaged, dirty, not open on time) */
	PUBLIC_TOILET("C0301"),
	/** 停车场: 机动车乱停放 (the nearest category; the catalogue has none for a lot's equipment) */
	PARKING("E0504"),
	/** 充电桩群: an EV charging station with its ports; 电动车飞线充电 (the only charging category there is) */
	EV_CHARGING("E0508"),
	/** 城管工作站/岗亭: a station or kiosk of the service network (from regions); no category fits, the citizen picks */
	STATION(null);

	private final String faultCategory;

	FacilityType(String faultCategory) {
		this.faultCategory = faultCategory;
	}

	/** The catalogue category a fault report about a facility of this type starts with; null when none fits. */
	public String faultCategory() {
		return faultCategory;
	}

	/** Whether the type has pitches and goods (the stall-like types). */
	public boolean hasPitches() {
		return this == STALL_AREA || this == EARLY_NIGHT_MARKET || this == SEASONAL_STALL || this == OUTDOOR_DISPLAY;
	}
}
