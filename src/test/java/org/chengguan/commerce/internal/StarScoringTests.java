package org.chengguan.commerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StarScoringTests {

	static final Map<String, Integer> RULES = new LinkedHashMap<>(Map.of("BASE", 90, "FAILED_ITEM", -5, "CASE", -8,
			"COMPLAINT", -10, "AGREEMENT", 5, "ALLIANCE_DUTY", 5, "STARS_5", 95, "STARS_4", 85, "STARS_3", 75,
			"STARS_2", 60));

	@Test
	void aCleanShopWithItsAgreementAndAllianceDutyGetsFiveStarsForTheseReasons() {
		var outcome = StarScoring.score(RULES, new StarScoring.Facts(0, 0, 0, true, true));
		assertThat(outcome.score()).isEqualTo(100);
		assertThat(outcome.stars()).isEqualTo(5);
		assertThat(outcome.reasons()).containsExactly(new StarRating.Reason("BASE", 1, 90),
				new StarRating.Reason("AGREEMENT", 1, 5), new StarRating.Reason("ALLIANCE_DUTY", 1, 5));
	}

	@Test
	void failedItemsCasesAndComplaintsDeductPerOccurrence() {
		var outcome = StarScoring.score(RULES, new StarScoring.Facts(2, 1, 1, true, false));
		assertThat(outcome.score()).isEqualTo(90 - 10 - 8 - 10 + 5);
		assertThat(outcome.stars()).isEqualTo(2);
		assertThat(outcome.reasons()).contains(new StarRating.Reason("FAILED_ITEM", 2, -10),
				new StarRating.Reason("CASE", 1, -8), new StarRating.Reason("COMPLAINT", 1, -10));
	}

	@Test
	void theScoreStaysWithinZeroAndAHundredAndTheLowestIsOneStar() {
		var outcome = StarScoring.score(RULES, new StarScoring.Facts(30, 0, 0, false, false));
		assertThat(outcome.score()).isZero();
		assertThat(outcome.stars()).isEqualTo(1);
	}

	@Test
	void eachThresholdIsTheLowestScoreOfItsStars() {
		assertThat(StarScoring.score(RULES, new StarScoring.Facts(1, 0, 0, false, false)).stars()).isEqualTo(4);
		assertThat(StarScoring.score(RULES, new StarScoring.Facts(3, 0, 0, false, false)).stars()).isEqualTo(3);
	}
}
