package org.chengguan.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CategoryCodeTests {

	@ParameterizedTest
	@CsvSource({ "C0101, C0101", "c0101, C0101", "部件0101, C0101", "事件0102, E0102", "e0102, E0102",
			"' E0102 ', E0102", "'事件 0505', E0505", "部件01, C01", "E04011, E04011" })
	void readsTheWaysPeopleWriteACode(String text, String canonical) {
		assertThat(CategoryCode.parse(text)).contains(new CategoryCode(canonical));
	}

	@Test
	void readsFullWidthLettersAndDigitsFromAChineseInputMethod() {
		assertThat(CategoryCode.parse("ｃ０１０１")).contains(new CategoryCode("C0101"));
		assertThat(CategoryCode.parse("事件０１０２")).contains(new CategoryCode("E0102"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "0101", "C", "CC0101", "C01-01", "暴露垃圾", "部件", "E0102;DROP" })
	void findsNoCodeInTextThatCannotBeOne(String text) {
		assertThat(CategoryCode.parse(text)).isEmpty();
	}

	@Test
	void findsNoCodeInNothing() {
		assertThat(CategoryCode.parse(null)).isEmpty();
	}

	@Test
	void refusesToHoldACodeThatIsNotCanonical() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CategoryCode("部件0101"));
		assertThatIllegalArgumentException().isThrownBy(() -> new CategoryCode("c0101"));
	}

	@Test
	void writesTheChineseFormOfACategorysCode() {
		var category = CatalogueFixtures.category("E0102", CatalogueFixtures.department("SANITATION"));
		assertThat(category.chineseCode()).isEqualTo("事件0102");
	}

	@Test
	void readsAKindFromItsEnglishOrChineseName() {
		assertThat(CategoryKind.parse("event")).contains(CategoryKind.EVENT);
		assertThat(CategoryKind.parse("COMPONENT")).contains(CategoryKind.COMPONENT);
		assertThat(CategoryKind.parse("部件")).contains(CategoryKind.COMPONENT);
		assertThat(CategoryKind.parse("thing")).isEmpty();
	}
}
