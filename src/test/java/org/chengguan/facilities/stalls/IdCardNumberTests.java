package org.chengguan.facilities.stalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdCardNumberTests {

	/** GB 11643's own example number. */
	static final String EXAMPLE = "11010519491231002X";

	@Test
	void acceptsANumberWithItsCheckDigitAsTyped() {
		assertThat(IdCardNumber.parse(" 11010519491231002x ")).map(IdCardNumber::value).contains(EXAMPLE);
		assertThat(IdCardNumber.checkDigit(EXAMPLE.substring(0, 17))).isEqualTo('X');
	}

	@Test
	void refusesAWrongCheckDigitAnImpossibleBirthDateAndOtherShapes() {
		assertThat(IdCardNumber.parse("110105194912310021")).isEmpty();
		String feb30 = "34060319900230123";
		assertThat(IdCardNumber.parse(feb30 + IdCardNumber.checkDigit(feb30))).as("30 February").isEmpty();
		assertThat(IdCardNumber.parse("3406031990")).isEmpty();
		assertThat(IdCardNumber.parse(null)).isEmpty();
		assertThatThrownBy(() -> new IdCardNumber("110105194912310021")).hasMessageNotContaining("110105194912310021");
	}

	@Test
	void showsTheFirstFourAndTheLastFourToAnyoneButItsOwner() {
		assertThat(IdCardNumber.parse(EXAMPLE).orElseThrow().masked()).isEqualTo("1101**********002X");
		assertThat(IdCardNumber.parse(EXAMPLE).orElseThrow().toString()).doesNotContain("19491231");
		assertThat(IdCardNumber.mask("12345")).isEqualTo("*****");
	}
}
