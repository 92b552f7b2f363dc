package org.chengguan.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "3406", "340603", "340603001", "340603001002", "340603001002003" })
	void acceptsTheCityADistrictAStreetACommunityAndAGrid(String code) {
		assertThat(RegionCode.parse(code)).contains(new RegionCode(code));
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "34", "34060", "3406030", "34060300100", "3406030010020031", "34060a", "３４０６",
			"340603 001" })
	void rejectsAnythingElse(String code) {
		assertThat(RegionCode.parse(code)).isEmpty();
	}
}
