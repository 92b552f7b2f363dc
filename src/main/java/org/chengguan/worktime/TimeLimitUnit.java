package org.chengguan.worktime;

/** How a time limit is counted. */
public enum TimeLimitUnit {

	/** 自然时: wall-clock hours, every day, day and night. */
	NATURAL_HOURS,

	/** 工作时: hours inside the working periods of working days only. */
	WORK_HOURS,

	/** 工作日: N working days = N × the configured working-day length in 工作时. */
	WORK_DAYS
}
