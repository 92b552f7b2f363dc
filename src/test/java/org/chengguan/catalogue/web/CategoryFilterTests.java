package org.chengguan.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.chengguan.catalogue.Category;
import org.chengguan.catalogue.CategoryClass;
import org.chengguan.catalogue.CategoryKind;
import org.chengguan.catalogue.Department;
import org.chengguan.platform.InvalidInputException;
import org.chengguan.worktime.TimeLimit;
import org.chengguan.worktime.TimeLimitUnit;
import org.junit.jupiter.api.Test;

class CategoryFilterTests {

	static final Department sanitation = new Department("SANITATION", "环卫处", "Sanitation", "张", "0561-3100000",
			"地址", "职责");

	static final Category garbage = new Category("E0102", "CJ/T 214-2007", CategoryKind.EVENT,
			new CategoryClass("01", "市容环境"), "暴露垃圾", sanitation, TimeLimit.of("4", TimeLimitUnit.WORK_HOURS), false,
			"立案", "结案", true);

	@Test
	void letsEverythingThroughWithoutFilters() {
		assertThat(CategoryFilter.of(null, null).matches(garbage)).isTrue();
		assertThat(CategoryFilter.of(" ", " ").matches(garbage)).isTrue();
	}

	@Test
	void filtersByKindGivenInAnyCaseOrInChinese() {
		assertThat(CategoryFilter.of("EVENT", null).matches(garbage)).isTrue();
		assertThat(CategoryFilter.of("event", null).matches(garbage)).isTrue();
		assertThat(CategoryFilter.of("事件", null).matches(garbage)).isTrue();
		assertThat(CategoryFilter.of("COMPONENT", null).matches(garbage)).isFalse();
	}

	@Test
	void findsACategoryByPartOfItsNameOrCodeInEitherForm() {
		assertThat(CategoryFilter.of(null, "垃圾").matches(garbage)).isTrue();
		assertThat(CategoryFilter.of(null, "0102").matches(garbage)).isTrue();
		assertThat(CategoryFilter.of(null, "e01").matches(garbage)).isTrue();
		assertThat(CategoryFilter.of(null, "事件01").matches(garbage)).isTrue();
		assertThat(CategoryFilter.of(null, "ｅ０１").matches(garbage)).isTrue();
		assertThat(CategoryFilter.of(null, "井盖").matches(garbage)).isFalse();
		assertThat(CategoryFilter.of(null, "部件01").matches(garbage)).isFalse();
	}

	@Test
	void rejectsAKindThatDoesNotExistNamingIt() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> CategoryFilter.of("THING", null))
			.withMessageContaining("'THING'");
	}
}
