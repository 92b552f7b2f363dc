package org.chengguan.cases;

/** Deadline colours: yellow at 80 % of the stage's limit, red when overdue. */
public enum WarningLevel {
	GREEN, YELLOW, RED
}
