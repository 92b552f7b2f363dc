package org.chengguan.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chengguan.PlatformTest;
import org.chengguan.campaigns.demo.DemoCampaigns;
import org.chengguan.campaigns.internal.CampaignRules;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules a campaign must meet, one by one, on the real catalogue and demo geography; and the demo campaign meets them. */
@PlatformTest
class CampaignRulesTests {

	@Autowired
	CampaignRules rules;

	@Autowired
	DemoDataLoader demoData;

	static final LocalDate DAY = LocalDate.of(2026, 10, 1);

	@BeforeEach
	void geography() {
		demoData.loadIfAbsent();
	}

	static CampaignDraft draft(List<String> regions, LocalDate end, Target... targets) {
		return new CampaignDraft("专项", null, List.of("E0101"), regions, DAY, end, List.of(targets), false);
	}

	static Target target(TargetMeasure m, Double value, Double eachDistrict, Double eachStreet,
			Map<String, Double> overrides) {
		return new Target(m, value, eachDistrict, eachStreet, overrides);
	}

	@Test
	void theDemoCampaignMeetsEveryRule() {
		assertThat(rules.faults(DemoCampaigns.draft(LocalDate.of(2026, 11, 26)))).isEmpty();
		assertThat(DemoCampaigns.draft(LocalDate.of(2026, 11, 26)).startDate()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(DemoCampaigns.draft(LocalDate.of(2026, 11, 26)).endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(DemoCampaigns.draft(LocalDate.of(2026, 2, 3)).endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void refusesTheCityAsARegionAndAPeriodOverThreeYears() {
		assertThat(rules.faults(draft(List.of("3406"), DAY.plusDays(5),
				target(TargetMeasure.CASES_CLOSED, 3.0, null, null, null))))
			.containsExactly("regions: '3406' is the city; name its districts instead");
		assertThat(rules.faults(draft(List.of("340603"), DAY.plusDays(1098),
				target(TargetMeasure.CASES_CLOSED, 3.0, null, null, null))))
			.containsExactly("endDate: a campaign lasts at most 1098 days");
		assertThat(rules.faults(draft(List.of("340603"), DAY.plusDays(1097),
				target(TargetMeasure.CASES_CLOSED, 3.0, null, null, null)))).isEmpty();
	}

	@Test
	void refusesTargetsThatCannotBeMet() {
		assertThat(rules.faults(draft(List.of("340603"), DAY, target(TargetMeasure.CASES_CLOSED, 2.5, null, -1.0, null),
				target(TargetMeasure.CASES_CLOSED, 3.0, null, null, null),
				target(TargetMeasure.ON_TIME_RATE, 100.0, 100.5, null, null))))
			.containsExactly("targets[0].value: a count is a whole number", "targets[0].eachStreet: must be above 0",
					"targets[1].measure: CASES_CLOSED is named twice", "targets[2].eachDistrict: a rate is a percentage, at most 100");
		assertThat(rules.faults(draft(List.of("340603"), DAY, new Target(null, 1.0, null, null, null))))
			.singleElement().asString().startsWith("targets[0].measure: required");
		assertThat(rules.faults(draft(List.of("340603"), DAY))).containsExactly("targets: at least one target");
	}

	@Test
	void overridesNameDistrictsOrStreetsOfTheScope() {
		assertThat(rules.faults(draft(List.of("340603001"), DAY, target(TargetMeasure.CASES_CLOSED, 5.0, null, null,
				Map.of("340603", 5.0, "340603001", 4.0, "340604001", 2.0, "340603001006", 1.0)))))
			.containsExactlyInAnyOrder("targets[0].overrides: 340604001 杨庄街道 lies outside the campaign's regions",
					"targets[0].overrides: '340603001006' is not a district or street code");
	}

	@Test
	void aUnitsTargetIsItsOverrideElseItsLevelsElseARatesCampaignValue() {
		Target count = target(TargetMeasure.CASES_CLOSED, 100.0, 40.0, null, Map.of("340603001", 12.0));
		assertThat(count.forUnit("340603001")).isEqualTo(12.0);
		assertThat(count.forUnit("340603")).isEqualTo(40.0);
		assertThat(count.forUnit("340603002")).as("no per-street count").isNull();
		Target rate = target(TargetMeasure.CLOSURE_RATE, 95.0, null, 90.0, Map.of());
		assertThat(rate.forUnit("340603")).isEqualTo(95.0);
		assertThat(rate.forUnit("340603002")).isEqualTo(90.0);
	}
}
