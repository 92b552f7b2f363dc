package org.chengguan.facilities.stalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.OpeningHours;
import org.junit.jupiter.api.Test;

class PitchRequestRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	static final Predicate<LocalDate> NATIONAL_DAY = d -> d.getMonthValue() == 10 && d.getDayOfMonth() <= 7;

	static StallArea area(FacilityType type, String hours, int pitches) {
		return new StallArea(7, "相南测试摊群点", type, "340603001", "340603001006", OpeningHours.parse(hours), pitches,
				List.of("蔬菜", "水果"));
	}

	static final StallArea DAILY = area(FacilityType.STALL_AREA, "06:00-09:00,17:00-22:00", 10);

	static NewPitchApplication request(List<String> goods, LocalDate from, LocalDate to, Integer pitch, String phone) {
		return new NewPitchApplication(goods, from, to, pitch, phone);
	}

	static List<String> codes(List<PitchFault> faults) {
		return faults.stream().map(PitchFault::code).toList();
	}

	@Test
	void acceptsGoodsAllowedForAPeriodTheAreaOpensOn() {
		assertThat(PitchRequestRules.check(DAILY, request(List.of(" 蔬菜 ", "水果", "蔬菜"), TODAY, TODAY.plusDays(91), 10,
				"+86 138-0013-8000"), TODAY, d -> false)).isEmpty();
	}

	@Test
	void listsEveryFaultOfAMalformedRequestBeforeLookingAtTheArea() {
		var faults = PitchRequestRules.check(DAILY, request(List.of("服装", ""), TODAY.plusDays(3), TODAY, 0, "0561-1234567"),
				TODAY, d -> false);
		assertThat(codes(faults)).containsExactly("goodsName", "toBeforeFrom", "pitchLow", "phone");
		assertThat(faults).allMatch(PitchFault::malformed);
		assertThat(codes(PitchRequestRules.check(DAILY, request(List.of(), null, null, null, null), TODAY, d -> false)))
			.containsExactly("goodsMissing", "fromMissing", "toMissing", "phone");
	}

	@Test
	void refusesGoodsTheAreaDoesNotAllowAndAPitchItDoesNotHave() {
		var faults = PitchRequestRules.check(DAILY, request(List.of("蔬菜", "服装"), TODAY, TODAY, 11, "13800138000"), TODAY,
				d -> false);
		assertThat(codes(faults)).containsExactly("goodsNotAllowed", "pitchHigh");
		assertThat(faults.get(0).args()).containsExactly("服装", "蔬菜、水果");
		assertThat(faults).noneMatch(PitchFault::malformed);
	}

	@Test
	void refusesAPeriodInThePastTooFarAheadOrTooLong() {
		assertThat(codes(PitchRequestRules.check(DAILY, request(List.of("蔬菜"), TODAY.minusDays(1), TODAY, null,
				"13800138000"), TODAY, d -> false))).containsExactly("fromPast");
		assertThat(codes(PitchRequestRules.check(DAILY, request(List.of("蔬菜"), TODAY.plusDays(181), TODAY.plusDays(182),
				null, "13800138000"), TODAY, d -> false))).containsExactly("fromTooFar");
		assertThat(codes(PitchRequestRules.check(DAILY, request(List.of("蔬菜"), TODAY, TODAY.plusDays(92), null,
				"13800138000"), TODAY, d -> false))).containsExactly("tooLong");
	}

	@Test
	void thePeriodStartsAndEndsOnDaysTheAreaOpens() {
		StallArea weekend = area(FacilityType.EARLY_NIGHT_MARKET, "Sa,Su 05:30-08:30", 30);
		LocalDate saturday = LocalDate.of(2026, 11, 28);
		assertThat(PitchRequestRules.check(weekend, request(List.of("蔬菜"), saturday, saturday.plusDays(8), null,
				"13800138000"), TODAY, d -> false)).as("Saturday to the next Sunday").isEmpty();
		assertThat(codes(PitchRequestRules.check(weekend, request(List.of("蔬菜"), saturday.plusDays(2),
				saturday.plusDays(6), null, "13800138000"), TODAY, d -> false))).containsExactly("closedFrom", "closedTo");
	}

	@Test
	void aPublicHolidayOffOrADateClosedCountsAsClosed() {
		StallArea market = area(FacilityType.STALL_AREA, "06:00-20:00; PH off; 2026-12-31 off", 10);
		assertThat(codes(PitchRequestRules.check(market, request(List.of("蔬菜"), LocalDate.of(2026, 12, 30),
				LocalDate.of(2026, 12, 31), null, "13800138000"), TODAY, d -> false))).containsExactly("closedTo");
		StallArea holidays = area(FacilityType.STALL_AREA, "06:00-20:00; PH off", 10);
		LocalDate nextYear = LocalDate.of(2027, 10, 1);
		assertThat(codes(PitchRequestRules.check(holidays, request(List.of("蔬菜"), nextYear, nextYear, null,
				"13800138000"), LocalDate.of(2027, 9, 1), NATIONAL_DAY))).containsExactly("closedFrom");
	}

	@Test
	void aNightsHoursPastMidnightBelongToTheDayTheyStart() {
		StallArea night = area(FacilityType.EARLY_NIGHT_MARKET, "18:00-01:00; 2026-12-24 off", 40);
		assertThat(codes(PitchRequestRules.check(night, request(List.of("蔬菜"), LocalDate.of(2026, 12, 20),
				LocalDate.of(2026, 12, 24), null, "13800138000"), TODAY, d -> false)))
			.as("the 23rd's night runs into the 24th, but the market does not open on the 24th").containsExactly("closedTo");
		assertThat(PitchRequestRules.check(night, request(List.of("蔬菜"), LocalDate.of(2026, 12, 20),
				LocalDate.of(2026, 12, 25), null, "13800138000"), TODAY, d -> false)).isEmpty();
	}

	@Test
	void aSeasonalStallTakesPeriodsWithinItsSeasonOnly() {
		StallArea melons = area(FacilityType.SEASONAL_STALL, "Mo-Su off; 2027-05-01/2027-05-31 06:00-10:00", 6);
		LocalDate spring = LocalDate.of(2027, 4, 20);
		assertThat(PitchRequestRules.check(melons, request(List.of("水果"), LocalDate.of(2027, 5, 1),
				LocalDate.of(2027, 5, 31), null, "13800138000"), spring, d -> false)).isEmpty();
		assertThat(codes(PitchRequestRules.check(melons, request(List.of("水果"), LocalDate.of(2027, 4, 25),
				LocalDate.of(2027, 6, 2), null, "13800138000"), spring, d -> false)))
			.containsExactly("closedFrom", "closedTo");
	}

	@Test
	void onlyStallLikeTypesWithPitchesTakeApplications() {
		for (FacilityType type : FacilityType.values()) {
			var faults = PitchRequestRules.check(area(type, "24/7", 5), request(List.of("蔬菜"), TODAY, TODAY, null,
					"13800138000"), TODAY, d -> false);
			assertThat(faults.isEmpty()).as(type.name()).isEqualTo(StallArea.takesApplications(type));
		}
		assertThat(StallArea.TYPES).containsExactlyInAnyOrder(FacilityType.STALL_AREA, FacilityType.EARLY_NIGHT_MARKET,
				FacilityType.SEASONAL_STALL);
		assertThat(codes(PitchRequestRules.check(area(FacilityType.STALL_AREA, "24/7", 0), request(List.of("蔬菜"), TODAY,
				TODAY, null, "13800138000"), TODAY, d -> false))).containsExactly("noPitches");
	}
}
