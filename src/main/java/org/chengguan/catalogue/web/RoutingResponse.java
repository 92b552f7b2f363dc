package org.chengguan.catalogue.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.chengguan.catalogue.Routing;

/**
 * Where a case goes, as the API shows it.
 *
 * @param rule the matched routing rule, {@code null} (and present in the JSON) when the category's default applies
 */
record RoutingResponse(CategoryRef category, String region, DepartmentRef lead, List<DepartmentRef> assisting,
		@JsonInclude(JsonInclude.Include.ALWAYS) RuleRef rule, Routing.Source source) {

	record CategoryRef(String code, String name) {
	}

	record RuleRef(long id, String regionCode, String note, boolean autoDispatch) {
	}

	static RoutingResponse of(Routing routing) {
		return new RoutingResponse(new CategoryRef(routing.category().code(), routing.category().name()),
				routing.regionCode(), DepartmentRef.of(routing.lead()),
				routing.assisting().stream().map(DepartmentRef::of).toList(),
				routing.matchedRule().map(r -> new RuleRef(r.id(), r.regionCode(), r.note(), r.autoDispatch())).orElse(null),
				routing.source());
	}
}
