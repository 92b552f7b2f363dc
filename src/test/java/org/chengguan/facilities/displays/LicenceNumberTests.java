package org.chengguan.facilities.displays;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicenceNumberTests {

	@Test
	void acceptsAUnifiedSocialCreditCodeWithItsCheckCharacter() {
		String first17 = "91340603MA2T00001";
		String code = first17 + LicenceNumber.checkCharacter(first17);
		assertThat(LicenceNumber.parse(code.toLowerCase())).map(LicenceNumber::value).contains(code);
	}

	@Test
	void refusesAWrongCheckCharacterLettersTheCodeDoesNotUseAndOtherLengths() {
		String first17 = "91340603MA2T00001";
		char right = LicenceNumber.checkCharacter(first17);
		assertThat(LicenceNumber.parse(first17 + (right == '0' ? '1' : '0'))).isEmpty();
		assertThat(LicenceNumber.parse("91340603MA2TO0001" + right)).as("no letter O").isEmpty();
		assertThat(LicenceNumber.parse("9134060")).isEmpty();
	}
}
