package org.chengguan.campaigns.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.chengguan.campaigns.CampaignDraft;
import org.chengguan.campaigns.Target;
import org.chengguan.campaigns.TargetMeasure;

/**
 * The demo's campaign 「三整治一提升」 (GENERATED targets): illegal construction, exposed and piled-up garbage,
 * abandoned cars, damaged greenery and illegal small ads over Huaibei's four districts for the current quarter.
 */
public final class DemoCampaigns {

	public static final String NAME = "三整治一提升";

	/** 私搭乱建, 暴露垃圾, 积存垃圾渣土, 废弃车辆, 毁绿损绿, 非法小广告 */
	public static final List<String> CATEGORIES = List.of("E0101", "E0102", "E0103", "E0107", "E0507", "E0201");

	/** 杜集区, 相山区, 烈山区, 濉溪县 */
	public static final List<String> DISTRICTS = List.of("340602", "340603", "340604", "340621");

	private DemoCampaigns() {
	}

	/** The campaign over the quarter that holds {@code today}. */
	public static CampaignDraft draft(LocalDate today) {
		YearMonth first = YearMonth.from(today).minusMonths((today.getMonthValue() - 1) % 3);
		return new CampaignDraft(NAME,
				"整治私搭乱建、整治环境卫生（垃圾分类、暴露垃圾）、整治废弃车辆与毁绿损绿、非法小广告，提升城市管理水平。"
						+ "目标为演示数据（GENERATED）。",
				CATEGORIES, DISTRICTS, first.atDay(1), first.plusMonths(2).atEndOfMonth(),
				List.of(new Target(TargetMeasure.CASES_REPORTED, 600.0, 150.0, null, Map.of()),
						new Target(TargetMeasure.CASES_CLOSED, 500.0, 120.0, null, Map.of("340603", 160.0)),
						new Target(TargetMeasure.CLOSURE_RATE, 95.0, null, null, Map.of()),
						new Target(TargetMeasure.ON_TIME_RATE, 90.0, null, null, Map.of()),
						new Target(TargetMeasure.MERCHANTS_INSPECTED, 200.0, null, 5.0, Map.of())),
				true);
	}
}
