package org.chengguan.commerce.internal;

/** A duty of the storefront responsibility system (门责制 / 门前三包) that an agreement ticks. */
public enum Duty {
	/** 门前整洁: the stretch is kept clean */
	CLEAN,
	/** 秩序规范: orderly, nothing parked or stacked across it */
	ORDERLY,
	/** 不出店经营: no goods or trade outside the shop */
	NO_GOODS_OUTSIDE,
	/** 绿化维护: the greenery in front is kept */
	GREENERY
}
