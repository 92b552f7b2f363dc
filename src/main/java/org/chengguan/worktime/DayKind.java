package org.chengguan.worktime;

/** What the official arrangement makes of a day. */
public enum DayKind {

	/** 法定节假日 or a day off of its arrangement: not a working day even when it falls Monday to Friday. */
	HOLIDAY,

	/** 调休上班: a Saturday or Sunday that is a working day to make up for a holiday. */
	WORKDAY
}
