package org.chengguan.cases.web.workbench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengguan.catalogue.CatalogueManagement;
import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.Department;
import org.chengguan.regions.Region;
import org.chengguan.regions.RegionDirectory;
import org.springframework.stereotype.Component;

/**
 * Names for codes: categories, departments (in the page's language) and regions. Categories and departments are
 * read once per page, not once per row.
 */
@Component
class Names {

	private final CatalogueManagement catalogue;

	private final RegionDirectory regions;

	Names(CatalogueManagement catalogue, RegionDirectory regions) {
		this.catalogue = catalogue;
		this.regions = regions;
	}

	/** The names for one page. */
	Lookup lookup(Locale locale) {
		return new Lookup(catalogue.categories().stream().collect(Collectors.toMap(Category::code, Function.identity())),
				catalogue.departments(), locale, regions);
	}

	static final class Lookup {

		private final Map<String, Category> categories;

		private final List<Department> departments;

		private final Map<String, Department> byCode;

		private final boolean english;

		private final RegionDirectory regions;

		Lookup(Map<String, Category> categories, List<Department> departments, Locale locale,
				RegionDirectory regions) {
			this.categories = categories;
			this.departments = departments;
			this.byCode = departments.stream().collect(Collectors.toMap(Department::code, Function.identity()));
			this.english = locale != null && "en".equals(locale.getLanguage());
			this.regions = regions;
		}

		String category(String code) {
			Category category = code == null ? null : categories.get(code);
			return category == null ? code : category.name();
		}

		List<Category> activeCategories() {
			return categories.values().stream().filter(Category::active)
				.sorted(java.util.Comparator.comparing(Category::code)).toList();
		}

		String department(String code) {
			Department department = code == null ? null : byCode.get(code);
			if (department == null) {
				return code;
			}
			return english && department.englishName() != null ? department.englishName() : department.name();
		}

		List<String> departments(List<String> codes) {
			return codes.stream().map(this::department).toList();
		}

		/** Every department as (code, name) for the dispatch selects. */
		List<Option> departmentOptions() {
			return departments.stream().map(d -> new Option(d.code(), department(d.code()))).toList();
		}

		String region(String code) {
			return code == null ? null : regions.region(code).map(Region::name).orElse(code);
		}
	}

	/** A value and its label, for selects. */
	record Option(String value, String label) {
	}
}
