package org.chengguan.facilities;

/** A charging port's current: 交流慢充 (AC) or 直流快充 (DC). */
public enum PortKind {
	AC, DC
}
