package org.chengguan.cases.web.mobile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.CategoryKind;
import org.springframework.stereotype.Component;

/**
 * The active categories grouped for the picker: events (事件) first, which is what people mostly report, then city
 * components (部件); within each kind by class (大类) in catalogue order.
 */
@Component
class CategoryPicker {

	private final CatalogueManagement catalogue;

	CategoryPicker(CatalogueManagement catalogue) {
		this.catalogue = catalogue;
	}

	List<CategoryGroup> groups() {
		Map<String, List<Category>> byClass = new LinkedHashMap<>();
		catalogue.categories().stream()
			.filter(Category::active)
			.sorted(Comparator.comparing((Category c) -> c.kind() == CategoryKind.EVENT ? 0 : 1)
				.thenComparing(Category::code))
			.forEach(c -> byClass.computeIfAbsent(CategoryPictures.classKey(c.kind(), c.categoryClass().code()),
					key -> new ArrayList<>()).add(c));
		return byClass.entrySet().stream().map(entry -> group(entry.getKey(), entry.getValue())).toList();
	}

	private static CategoryGroup group(String key, List<Category> categories) {
		Category first = categories.get(0);
		return new CategoryGroup(key, first.kind(), first.categoryClass().name(),
				categories.stream().map(CategoryPicker::choice).toList());
	}

	private static CategoryChoice choice(Category c) {
		String search = String.join(" ", c.name(), c.code(), c.chineseCode(), c.categoryClass().name(),
				c.kind().chineseName()).toLowerCase(Locale.ROOT);
		return new CategoryChoice(c.code(), c.name(), CategoryPictures.of(c), c.urgent(), search);
	}
}
