package org.chengguan.cases;

/** How a case came in (信息收集 channels). */
public enum Channel {
	/** 微信随手拍: a citizen's report from the app or WeChat */
	CITIZEN_APP,
	/** 网格员巡查: an inspector's patrol report */
	INSPECTOR,
	/** 热线: registered by a hotline operator */
	HOTLINE,
	/** an Open311 GeoReport v2 client */
	OPEN311,
	/** bulk import */
	IMPORT;

	/** Whether a report from this channel must be verified on site before filing (inspectors' need not). */
	public boolean needsVerification() {
		return this != INSPECTOR;
	}

	/** Whether the reporter is a member of the public who is answered back (回访). */
	public boolean hasCitizenReporter() {
		return this == CITIZEN_APP || this == HOTLINE || this == OPEN311;
	}
}
