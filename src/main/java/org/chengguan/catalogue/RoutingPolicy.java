package org.chengguan.catalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * How a case finds its department (派遣规则): among the active rules for its category whose region contains the
 * case's region, the one with the longest, most specific region code decides: a grid's rule beats its community's,
 * which beats its street's, district's and finally the whole city's. With no such rule the category's default
 * department leads alone.
 */
final class RoutingPolicy {

	private RoutingPolicy() {
	}

	/**
	 * @param rules candidate rules; rules of other categories, other regions or inactive ones are ignored
	 * @param departments looks up a department a rule names; rules only name departments that exist
	 */
	static Routing route(Category category, String regionCode, Collection<RoutingRule> rules,
			Function<String, Department> departments) {
		return rules.stream()
			.filter(RoutingRule::active)
			.filter(rule -> rule.covers(category.code(), regionCode))
			.max(Comparator.comparingInt(rule -> rule.regionCode().length()))
			.map(rule -> new Routing(category, regionCode, departments.apply(rule.leadDepartment()),
					rule.assistingDepartments().stream().map(departments).toList(), rule))
			.orElseGet(() -> new Routing(category, regionCode, category.defaultDepartment(), List.of(), null));
	}
}
