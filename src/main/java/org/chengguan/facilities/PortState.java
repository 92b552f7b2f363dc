package org.chengguan.facilities;

/** A charging port's live state as its charging system reports it. */
public enum PortState {
	/** 空闲: a car can plug in now */
	FREE,
	/** 充电中 */
	CHARGING,
	/** 故障 */
	FAULT,
	/** 离线: the system has lost the port */
	OFFLINE
}
