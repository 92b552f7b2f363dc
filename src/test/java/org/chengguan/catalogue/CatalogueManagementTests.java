package org.chengguan.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.chengguan.PlatformTest;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.platform.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PlatformTest
class CatalogueManagementTests {

	/** Marks the rules these tests add, so they can remove them again from the shared database. */
	static final String TEST_NOTE = "CatalogueManagementTests";

	@Autowired
	CatalogueManagement catalogue;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTestRules() {
		jdbc.sql("DELETE FROM catalogue.routing_rule WHERE note = ?").param(TEST_NOTE).update();
	}

	@Test
	void findsACategoryByItsCodeInAnyForm() {
		assertThat(catalogue.category("E0102")).map(Category::name).contains("暴露垃圾");
		assertThat(catalogue.category("e0102")).map(Category::name).contains("暴露垃圾");
		assertThat(catalogue.category("事件0102")).map(Category::name).contains("暴露垃圾");
		assertThat(catalogue.category("部件0101")).map(Category::name).contains("上水井盖");
		assertThat(catalogue.category("E9999")).isEmpty();
		assertThat(catalogue.category("暴露垃圾")).isEmpty();
	}

	@Test
	void findsADepartmentByItsCodeInAnyLetterCase() {
		assertThat(catalogue.department("sanitation")).map(Department::name).contains("环卫处");
		assertThat(catalogue.department("NO_SUCH")).isEmpty();
	}

	@Test
	void routesByTheMostSpecificRuleInTheDatabaseAsSoonAsItIsAdded() {
		var grid = "340603001002003";
		assertThat(catalogue.route("E0505", grid).lead().code()).isEqualTo("STREET_OFFICE");

		addRule("E0505", "340603", "ENFORCEMENT", true);
		addRule("E0505", "340603001002", "LANDSCAPE", true);
		addRule("E0505", "340603001", "SANITATION", true);

		var routing = catalogue.route("E0505", grid);
		assertThat(routing.lead().code()).isEqualTo("LANDSCAPE");
		assertThat(routing.rule().regionCode()).isEqualTo("340603001002");
		assertThat(catalogue.route("E0505", "340603001").lead().code()).isEqualTo("SANITATION");
		assertThat(catalogue.route("E0505", "340603002").lead().code()).isEqualTo("ENFORCEMENT");
		assertThat(catalogue.route("E0505", "340604").lead().code()).isEqualTo("STREET_OFFICE");
	}

	@Test
	void ignoresARuleOnceItIsDeactivated() {
		var grid = "340604001001001";
		addRule("E0506", "340604", "ENFORCEMENT", true);
		addRule("E0506", "340604001", "SANITATION", false);

		assertThat(catalogue.route("E0506", grid).lead().code()).isEqualTo("ENFORCEMENT");

		jdbc.sql("UPDATE catalogue.routing_rule SET active = false WHERE note = ?").param(TEST_NOTE).update();
		assertThat(catalogue.route("E0506", grid).source()).isEqualTo(Routing.Source.CATEGORY_DEFAULT);
	}

	@Test
	void acceptsTheCategoryInItsChineseForm() {
		assertThat(catalogue.route("事件0102", "340603001").category().code()).isEqualTo("E0102");
	}

	@Test
	void rejectsAMalformedRegionCodeNamingIt() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> catalogue.route("E0102", "34060"))
			.withMessageContaining("'34060'");
	}

	@Test
	void rejectsTextThatCannotBeACategoryCodeNamingIt() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> catalogue.route("垃圾", "340603"))
			.withMessageContaining("'垃圾'");
	}

	@Test
	void reportsAnUnknownCategoryAsNotFound() {
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> catalogue.route("e9999", "340603"))
			.withMessageContaining("'e9999' (E9999)");
	}

	private void addRule(String category, String region, String lead, boolean active) {
		jdbc.sql("""
				INSERT INTO catalogue.routing_rule (category_code, region_code, lead_department, active, note)
				VALUES (?, ?, ?, ?, ?)
				""").params(category, region, lead, active, TEST_NOTE).update();
	}
}
