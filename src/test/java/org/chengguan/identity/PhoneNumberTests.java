package org.chengguan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PhoneNumberTests {

	@Test
	void masksTheMiddleFourDigits() {
		assertThat(new PhoneNumber("13800000001").masked()).isEqualTo("138****0001");
		assertThat(new PhoneNumber("13800000001")).hasToString("138****0001");
		assertThat(PhoneNumber.mask("12ab")).isEqualTo("****");
		assertThat(PhoneNumber.mask(null)).isNull();
	}

	@Test
	void readsNumbersAsTypedWithSpacesDashesOrPlus86() {
		assertThat(PhoneNumber.parse("138 0000 0001")).contains(new PhoneNumber("13800000001"));
		assertThat(PhoneNumber.parse("+86-139-1234-5678")).contains(new PhoneNumber("13912345678"));
	}

	@Test
	void refusesWhatIsNoMainlandMobileNumber() {
		assertThat(PhoneNumber.parse("12800000001")).isEmpty();
		assertThat(PhoneNumber.parse("1380000000")).isEmpty();
		assertThat(PhoneNumber.parse("0561-3110101")).isEmpty();
		assertThat(PhoneNumber.parse(null)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("1380000000x"));
	}
}
