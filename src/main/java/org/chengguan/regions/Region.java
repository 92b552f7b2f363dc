package org.chengguan.regions;

/** A region of the hierarchy, without its geometry. */
public record Region(String code, RegionLevel level, String name, String parentCode) {
}
