package org.chengguan.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.catalogue.CatalogueFixtures.inactiveRule;
import static org.chengguan.catalogue.CatalogueFixtures.rule;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RoutingPolicyTests {

	static final Map<String, Department> departments = Stream
		.of("DEFAULT", "CITY", "DISTRICT", "STREET", "COMMUNITY", "GRID", "HELPER_A", "HELPER_B", "OTHER")
		.map(CatalogueFixtures::department)
		.collect(Collectors.toMap(Department::code, Function.identity()));

	static final Category category = CatalogueFixtures.category("E0102", departments.get("DEFAULT"));

	static final String grid = "340603001002003";

	@Test
	void sendsACaseToTheCategorysDefaultDepartmentWhenNoRuleMatches() {
		var routing = route(grid, List.of());

		assertThat(routing.lead().code()).isEqualTo("DEFAULT");
		assertThat(routing.assisting()).isEmpty();
		assertThat(routing.source()).isEqualTo(Routing.Source.CATEGORY_DEFAULT);
		assertThat(routing.matchedRule()).isEmpty();
	}

	@Test
	void letsTheRuleWithTheLongestMatchingRegionCodeWin() {
		var rules = List.of(rule(1, "E0102", "3406", "CITY"), rule(2, "E0102", "340603001", "STREET"),
				rule(3, "E0102", "340603", "DISTRICT"), rule(4, "E0102", "340603001002", "COMMUNITY"));

		var routing = route(grid, rules);

		assertThat(routing.lead().code()).isEqualTo("COMMUNITY");
		assertThat(routing.source()).isEqualTo(Routing.Source.RULE);
		assertThat(routing.rule().id()).isEqualTo(4);
	}

	@Test
	void letsAGridsOwnRuleBeatEveryoneElses() {
		var rules = List.of(rule(1, "E0102", "340603", "DISTRICT"), rule(2, "E0102", grid, "GRID"));

		assertThat(route(grid, rules).lead().code()).isEqualTo("GRID");
	}

	@Test
	void appliesACityWideRuleAnywhereInTheCity() {
		var rules = List.of(rule(1, "E0102", "3406", "CITY"));

		assertThat(route(grid, rules).lead().code()).isEqualTo("CITY");
		assertThat(route("340621", rules).lead().code()).isEqualTo("CITY");
		assertThat(route("3406", rules).lead().code()).isEqualTo("CITY");
	}

	@Test
	void ignoresAnInactiveRuleEvenWhenItIsTheMostSpecific() {
		var rules = List.of(rule(1, "E0102", "340603", "DISTRICT"), inactiveRule(2, "E0102", "340603001", "STREET"));

		assertThat(route(grid, rules).lead().code()).isEqualTo("DISTRICT");
	}

	@Test
	void fallsBackToTheDefaultWhenTheOnlyMatchingRuleIsInactive() {
		var routing = route(grid, List.of(inactiveRule(1, "E0102", "3406", "CITY")));

		assertThat(routing.lead().code()).isEqualTo("DEFAULT");
		assertThat(routing.source()).isEqualTo(Routing.Source.CATEGORY_DEFAULT);
	}

	@Test
	void ignoresRulesOfOtherCategories() {
		var rules = List.of(rule(1, "E0103", grid, "OTHER"), rule(2, "C0102", "340603", "OTHER"));

		assertThat(route(grid, rules).lead().code()).isEqualTo("DEFAULT");
	}

	@Test
	void ignoresRulesForOtherRegionsAndForRegionsInsideTheOneAskedAbout() {
		var rules = List.of(rule(1, "E0102", "340621", "OTHER"), rule(2, "E0102", "340603002", "OTHER"),
				rule(3, "E0102", grid, "GRID"));

		assertThat(route("340603001", rules).lead().code()).isEqualTo("DEFAULT");
	}

	@Test
	void namesTheAssistingDepartmentsOfTheWinningRuleInOrder() {
		var rules = List.of(rule(1, "E0102", "3406", "CITY", "OTHER"),
				rule(2, "E0102", "340603", "DISTRICT", "HELPER_B", "HELPER_A"));

		var routing = route(grid, rules);

		assertThat(routing.lead().code()).isEqualTo("DISTRICT");
		assertThat(routing.assisting()).extracting(Department::code).containsExactly("HELPER_B", "HELPER_A");
	}

	@Test
	void reportsTheRegionItWasAskedAbout() {
		assertThat(route(grid, List.of(rule(1, "E0102", "3406", "CITY"))).regionCode()).isEqualTo(grid);
	}

	private static Routing route(String region, List<RoutingRule> rules) {
		return RoutingPolicy.route(category, region, rules, departments::get);
	}
}
