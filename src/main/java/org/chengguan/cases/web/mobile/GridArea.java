package org.chengguan.cases.web.mobile;

/** A community (or an inspector's whole scope) whose unit grids the grids map draws. */
public record GridArea(String code, String name) {
}
