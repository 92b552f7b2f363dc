package org.chengguan.cases.web.mobile;

import java.util.List;

import org.chengguan.catalogue.CategoryKind;

/** One class (大类) of categories in the picker, under its kind (部件 or 事件). */
public record CategoryGroup(String key, CategoryKind kind, String name, List<CategoryChoice> categories) {
}
