package org.chengguan.facilities;

/** How many of a charging station's AC and DC ports are free now. */
public record FreePorts(int ac, int dc) {
}
