package org.chengguan.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.cases.Satisfaction;
import org.junit.jupiter.api.Test;

/** The rules of a hotline call and of an answer-back, one by one, without a database. */
class CallRulesTests {

	@Test
	void aConsultationNeedsItsAnswerGivenOnTheSpot() {
		var call = new NewCall(CallKind.CONSULTATION, null, "13800000001", "早市几点开？", null, null, null, null, null, null);
		assertThat(CallRules.faults(call)).singleElement().satisfies(f -> assertThat(f).startsWith("answer:"));
	}

	@Test
	void aComplaintNeedsWhatAndWhereForItsCase() {
		var call = new NewCall(CallKind.COMPLAINT, "张", "13800000001", "垃圾", null, "E0102", 33.9, null, null, null);
		assertThat(CallRules.faults(call)).singleElement()
			.satisfies(f -> assertThat(f).startsWith("categoryCode, lat and lon:"));
	}

	@Test
	void takesMobilesAndLandlinesWithTheirAreaCode() {
		assertThat(CallerPhones.normalise("+86 138-0000-0001")).isEqualTo("13800000001");
		assertThat(CallerPhones.normalise("0561-3123456")).isEqualTo("0561-3123456");
		assertThat(CallerPhones.normalise("3123456")).isNull();
		var suggestion = new NewCall(CallKind.SUGGESTION, null, "0561-3123456", "建议", null, null, null, null, null, null);
		assertThat(CallRules.faults(suggestion)).isEmpty();
	}

	@Test
	void anAnswerBackRatesOnlyAReachedCallerAfter1To20Attempts() {
		assertThat(CallRules.faults(new NewAnswerBack(true, 3, Satisfaction.SATISFIED, null))).isEmpty();
		assertThat(CallRules.faults(new NewAnswerBack(false, 21, Satisfaction.UNSATISFIED, null)))
			.extracting(f -> f.substring(0, f.indexOf(':')))
			.containsExactly("attempts", "satisfaction");
		assertThat(CallRules.faults(new NewAnswerBack(null, null, null, null))).containsExactly("reached: true or false");
	}

	@Test
	void masksEveryNumberToItsFirstThreeAndLastFourDigits() {
		assertThat(HotlineCall.mask("13812341234")).isEqualTo("138****1234");
		assertThat(HotlineCall.mask("0561-3123456")).isEqualTo("056****3456");
		assertThat(HotlineCall.mask("12345")).isEqualTo("****");
	}
}
