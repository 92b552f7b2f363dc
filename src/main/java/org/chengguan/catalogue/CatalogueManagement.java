package org.chengguan.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The catalogue's API for other modules: categories (类别), departments (部门) and routing (派遣去向). Every read
 * goes to the database, so a change to the catalogue shows at once; the tables are small.
 */
@Service
public class CatalogueManagement {

	private final Categories categories;

	private final Departments departments;

	private final RoutingRules routingRules;

	CatalogueManagement(Categories categories, Departments departments, RoutingRules routingRules) {
		this.categories = categories;
		this.departments = departments;
		this.routingRules = routingRules;
	}

	/** Every category, active or not, ordered by code (部件 before 事件). */
	public List<Category> categories() {
		return categories.all();
	}

	/**
	 * The category with the given code, written in any form {@link CategoryCode#parse} reads ({@code E0102},
	 * {@code e0102}, {@code 事件0102}); empty if there is none or the text cannot be a code.
	 */
	public Optional<Category> category(String code) {
		return CategoryCode.parse(code).flatMap(categories::byCode);
	}

	/** Every department, ordered by code. */
	public List<Department> departments() {
		return departments.all();
	}

	/** The department with the given code, in any letter case; empty if there is none. */
	public Optional<Department> department(String code) {
		return code == null ? Optional.empty() : departments.byCode(code.strip().toUpperCase(Locale.ROOT));
	}

	/**
	 * Where a case of the category in the region goes: the department of the active routing rule with the most
	 * specific region containing {@code regionCode}, or else the category's default department.
	 *
	 * @param categoryCode in any form {@link CategoryCode#parse} reads
	 * @param regionCode the most specific region of the case: its grid (15 digits), else its community (12), street
	 * (9), district (6) or the city (4)
	 * @throws InvalidInputException if either code is malformed
	 * @throws NotFoundException if no category has the code
	 */
	public Routing route(String categoryCode, String regionCode) {
		var code = CategoryCode.parse(categoryCode)
			.orElseThrow(() -> new InvalidInputException(
					"'" + categoryCode + "' is not a category code: " + codeShape()));
		var region = RegionCode.parse(regionCode)
			.orElseThrow(() -> new InvalidInputException(
					"'" + regionCode + "' is not a region code: expected " + RegionCode.EXPECTED));
		var category = categories.byCode(code)
			.orElseThrow(() -> new NotFoundException("No category with code '" + categoryCode + "'"
					+ (code.value().equals(categoryCode) ? "" : " (" + code + ")") + " in the catalogue"));
		var rules = routingRules.covering(code, region);
		var named = rules.isEmpty() ? Map.<String, Department>of()
				: departments.all().stream().collect(Collectors.toMap(Department::code, Function.identity()));
		return RoutingPolicy.route(category, region.value(), rules, departmentCode -> Optional
			.ofNullable(named.get(departmentCode))
			.orElseThrow(() -> new IllegalStateException("a rule names an unknown department: " + departmentCode)));
	}

	private static String codeShape() {
		return Arrays.stream(CategoryKind.values())
			.map(kind -> kind.codePrefix() + " or " + kind.chineseName() + " (" + kind.name() + ")")
			.collect(Collectors.joining(", ", "expected ", " followed by digits"));
	}
}
