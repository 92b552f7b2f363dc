package org.chengguan.cases.web.mobile;

import java.util.Map;

import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.CategoryKind;

/**
 * The picture the pages show for a category, so that people who do not know the catalogue's names find theirs at a
 * glance: a character that says what it is (a category the list does not know gets the first of its name) on its
 * class's colour.
 */
final class CategoryPictures {

	private static final Map<String, String> GLYPHS = Map.ofEntries(Map.entry("C0101", "水"), Map.entry("C0102", "污"),
			Map.entry("C0103", "雨"), Map.entry("C0104", "箅"), Map.entry("C0105", "电"), Map.entry("C0111", "气"),
			Map.entry("C0118", "灯"), Map.entry("C0126", "健"), Map.entry("C0203", "站"), Map.entry("C0209", "标"),
			Map.entry("C0211", "栏"), Map.entry("C0301", "厕"), Map.entry("C0305", "箱"), Map.entry("C0307", "匾"),
			Map.entry("C0402", "树"), Map.entry("C0405", "绿"), Map.entry("E0101", "建"), Map.entry("E0102", "垃"),
			Map.entry("E0103", "渣"), Map.entry("E0104", "扫"), Map.entry("E0105", "河"), Map.entry("E0106", "乱"),
			Map.entry("E0107", "车"), Map.entry("E0108", "烟"), Map.entry("E0109", "噪"), Map.entry("E0201", "贴"),
			Map.entry("E0202", "广"), Map.entry("E0301", "工"), Map.entry("E0302", "尘"), Map.entry("E0304", "撒"),
			Map.entry("E0401", "塌"), Map.entry("E0402", "管"), Map.entry("E0403", "燃"), Map.entry("E0404", "涝"),
			Map.entry("E0501", "游"), Map.entry("E0502", "摊"), Map.entry("E0503", "店"), Map.entry("E0504", "停"),
			Map.entry("E0505", "单"), Map.entry("E0506", "堆"), Map.entry("E0507", "毁"), Map.entry("E0508", "充"));

	private CategoryPictures() {
	}

	static Picture of(Category category) {
		String glyph = GLYPHS.get(category.code());
		return new Picture(glyph != null ? glyph : category.name().substring(0, 1),
				classKey(category.kind(), category.categoryClass().code()));
	}

	/** By code alone, for a case whose category left the catalogue. */
	static Picture of(String categoryCode) {
		String code = categoryCode == null ? "" : categoryCode;
		String glyph = GLYPHS.get(code);
		return new Picture(glyph != null ? glyph : "?", code.length() >= 3 ? code.substring(0, 3) : "");
	}

	/** The class's key across both kinds: {@code C01} (部件 公用设施) is not {@code E01} (事件 市容环境). */
	static String classKey(CategoryKind kind, String classCode) {
		return kind.codePrefix() + classCode;
	}
}
