package org.chengguan.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * Where a case of a category in a region goes (派遣去向): its lead department and assisting departments, and the
 * rule that decided it.
 *
 * @param regionCode the region asked about, most specific first: the case's grid, else its community, street or
 * district
 * @param rule the routing rule that matched, or {@code null} when the category's default department applies
 */
public record Routing(Category category, String regionCode, Department lead, List<Department> assisting,
		RoutingRule rule) {

	/** Where a routing came from. */
	public enum Source {

		/** A routing rule for the category and region matched. */
		RULE,

		/** No rule matched: the category's default department leads, alone. */
		CATEGORY_DEFAULT
	}

	public Routing {
		assisting = List.copyOf(assisting);
	}

	public Source source() {
		return rule == null ? Source.CATEGORY_DEFAULT : Source.RULE;
	}

	/** Whether the filed case goes to {@link #lead()} at once, without waiting for a dispatcher. */
	public boolean autoDispatch() {
		return rule != null && rule.autoDispatch();
	}

	public Optional<RoutingRule> matchedRule() {
		return Optional.ofNullable(rule);
	}
}
