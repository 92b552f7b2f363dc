package org.chengguan.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chengguan.PlatformTest;
import org.chengguan.worktime.TimeLimitUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The catalogue the migrations seed is the default catalogue of docs/DOMAIN.md §2, row for row. */
@PlatformTest
class SeededCatalogueTests {

	/** Copied verbatim from docs/DOMAIN.md §2. */
	static final String DOMAIN_TABLE = """
			| 部件0101 | 上水井盖 | 供水公司 | 6 自然时 (urgent) |
			| 部件0102 | 污水井盖 | 排水管理处 | 6 自然时 |
			| 部件0103 | 雨水井盖 | 排水管理处 | 6 自然时 |
			| 部件0104 | 雨水箅子 | 排水管理处 | 1 工作日 |
			| 部件0105 | 电力井盖 | 供电公司 | 6 自然时 |
			| 部件0111 | 燃气井盖 | 燃气公司 | 2 自然时 (urgent) |
			| 部件0118 | 路灯 | 路灯管理所 | 3 工作日 |
			| 部件0126 | 健身设施 | 体育局 | 5 工作日 |
			| 部件0203 | 公交站亭 | 公交公司 | 3 工作日 |
			| 部件0209 | 交通标志牌 | 交警支队 | 3 工作日 |
			| 部件0211 | 交通护栏 | 市政工程处 | 3 工作日 |
			| 部件0301 | 公共厕所 | 环卫处 | 1 工作日 |
			| 部件0305 | 垃圾箱 | 环卫处 | 4 工作时 |
			| 部件0307 | 广告牌匾 | 城管执法局 | 2 工作日 |
			| 部件0402 | 行道树 | 园林处 | 10 工作日 (fallen tree: 2 自然时) |
			| 部件0405 | 绿地 | 园林处 | 5 工作日 |
			| 事件0101 | 私搭乱建 | 城管执法局 | 20 工作日 (stop work within 4 工作时) |
			| 事件0102 | 暴露垃圾 | 环卫处 | 4 工作时 |
			| 事件0103 | 积存垃圾渣土 | 环卫处 | 2 工作日 |
			| 事件0104 | 道路不洁 | 环卫处 | 2 工作时 |
			| 事件0105 | 水域不洁 | 水利局 | 3 工作日 |
			| 事件0106 | 绿地脏乱 | 园林处 | 4 工作时 |
			| 事件0107 | 废弃车辆 | 公安交管 | 5 工作日 |
			| 事件0108 | 餐饮油烟 | 城管执法局 | 2 工作日 |
			| 事件0109 | 噪声扰民 | 城管执法局 | 4 工作时 |
			| 事件0201 | 非法小广告 | 街道办事处 | 1 工作日 |
			| 事件0202 | 违规户外广告 | 城管执法局 | 3 工作日 |
			| 事件0301 | 施工扰民 | 城管执法局 | 2 工作时 |
			| 事件0302 | 工地扬尘 | 住建局 | 1 工作日 |
			| 事件0304 | 道路遗撒 | 城管执法局 | 4 工作时 |
			| 事件0401 | 路面塌陷 | 市政工程处 | 2 自然时 (urgent) |
			| 事件0402 | 供水管破裂 | 供水公司 | 2 自然时 (urgent) |
			| 事件0403 | 燃气泄漏 | 燃气公司 | 1 自然时 (urgent) |
			| 事件0404 | 道路积水 | 排水管理处 | 4 工作时 |
			| 事件0501 | 无照经营游商 | 城管执法局 | 2 工作时 |
			| 事件0502 | 占道经营 | 城管执法局 | 4 工作时 |
			| 事件0503 | 店外经营 | 城管执法局 | 4 工作时 |
			| 事件0504 | 机动车乱停放 | 公安交管 | 2 工作时 |
			| 事件0505 | 非机动车乱停放 | 街道办事处 | 4 工作时 |
			| 事件0506 | 乱堆物堆料 | 街道办事处 | 1 工作日 |
			| 事件0507 | 毁绿损绿 | 园林处 | 1 工作日 |
			| 事件0508 | 电动车飞线充电 | 街道办事处 | 1 工作日 |
			""";

	static final Map<String, TimeLimitUnit> units = Map.of("自然时", TimeLimitUnit.NATURAL_HOURS, "工作时",
			TimeLimitUnit.WORK_HOURS, "工作日", TimeLimitUnit.WORK_DAYS);

	static final Map<String, String> componentClasses = Map.of("01", "公用设施", "02", "道路交通", "03", "市容环境", "04",
			"园林绿化", "05", "房屋土地", "06", "其他设施");

	static final Map<String, String> eventClasses = Map.of("01", "市容环境", "02", "宣传广告", "03", "施工管理", "04",
			"突发事件", "05", "街面秩序", "06", "其他事件");

	@Autowired
	CatalogueManagement catalogue;

	@Test
	void holdsExactlyTheFortyTwoRowsOfTheDomainTable() {
		var rows = DOMAIN_TABLE.lines().toList();
		assertThat(rows).hasSize(42);
		assertThat(catalogue.categories()).extracting(Category::chineseCode)
			.containsExactlyInAnyOrderElementsOf(rows.stream().map(row -> cells(row)[0]).toList());
		assertThat(catalogue.categories()).filteredOn(c -> c.kind() == CategoryKind.COMPONENT).hasSize(16);
		assertThat(catalogue.categories()).filteredOn(c -> c.kind() == CategoryKind.EVENT).hasSize(26);
	}

	@Test
	void givesEveryCategoryTheNameDepartmentLimitAndUrgencyOfTheDomainTable() {
		var byChineseCode = catalogue.categories().stream()
			.collect(Collectors.toMap(Category::chineseCode, Function.identity()));
		DOMAIN_TABLE.lines().map(SeededCatalogueTests::cells).forEach(row -> {
			var category = byChineseCode.get(row[0]);
			var limit = row[3].split(" ");
			assertThat(category.name()).as(row[0]).isEqualTo(row[1]);
			assertThat(category.defaultDepartment().name()).as(row[0]).isEqualTo(row[2]);
			assertThat(category.defaultLimit().amount()).as(row[0]).isEqualByComparingTo(new BigDecimal(limit[0]));
			assertThat(category.defaultLimit().unit()).as(row[0]).isEqualTo(units.get(limit[1]));
			assertThat(category.urgent()).as(row[0]).isEqualTo(row[3].contains("(urgent)"));
		});
	}

	@Test
	void spotChecksAFewRowsByTheirCanonicalCodes() {
		assertThat(catalogue.category("C0101")).hasValueSatisfying(c -> {
			assertThat(c.defaultDepartment().code()).isEqualTo("WATER_SUPPLY");
			assertThat(c.defaultLimit().amount()).isEqualTo(new BigDecimal("6"));
			assertThat(c.defaultLimit().unit()).isEqualTo(TimeLimitUnit.NATURAL_HOURS);
			assertThat(c.urgent()).isTrue();
		});
		assertThat(catalogue.category("E0102")).hasValueSatisfying(c -> {
			assertThat(c.defaultDepartment().code()).isEqualTo("SANITATION");
			assertThat(c.defaultLimit().unit()).isEqualTo(TimeLimitUnit.WORK_HOURS);
			assertThat(c.urgent()).isFalse();
		});
		assertThat(catalogue.category("E0403")).hasValueSatisfying(c -> {
			assertThat(c.defaultDepartment().code()).isEqualTo("GAS");
			assertThat(c.defaultLimit().amount()).isEqualTo(new BigDecimal("1"));
			assertThat(c.urgent()).isTrue();
		});
		assertThat(catalogue.category("E0505").map(c -> c.defaultDepartment().code())).contains("STREET_OFFICE");
	}

	@Test
	void derivesEveryClassFromTheFirstTwoDigitsOfTheCode() {
		assertThat(catalogue.categories()).allSatisfy(c -> {
			assertThat(c.categoryClass().code()).isEqualTo(c.code().substring(1, 3));
			var names = c.kind() == CategoryKind.COMPONENT ? componentClasses : eventClasses;
			assertThat(c.categoryClass().name()).isEqualTo(names.get(c.categoryClass().code()));
		});
	}

	@Test
	void givesEveryCategoryAStandardFilingAndClosingRulesAndMakesItActive() {
		assertThat(catalogue.categories()).allSatisfy(c -> {
			assertThat(c.standard()).isEqualTo("CJ/T 214-2007");
			assertThat(c.filingRule()).isNotBlank();
			assertThat(c.closingRule()).isNotBlank();
			assertThat(c.code()).startsWith(c.kind().codePrefix());
			assertThat(c.active()).isTrue();
		});
	}

	@Test
	void writesTheExceptionsOfTheDomainTableIntoTheRuleTexts() {
		assertThat(catalogue.category("部件0402").orElseThrow().filingRule()).contains("倒伏").contains("2 自然时");
		assertThat(catalogue.category("事件0101").orElseThrow().filingRule()).contains("停工").contains("4 工作时");
		assertThat(catalogue.category("事件0102").orElseThrow().filingRule()).contains("0.5㎡");
	}

	@Test
	void seedsEveryDepartmentTheCategoriesNeedWithContactData() {
		assertThat(catalogue.departments()).extracting(Department::code)
			.containsExactlyInAnyOrder("SANITATION", "ENFORCEMENT", "LANDSCAPE", "WATER_SUPPLY", "DRAINAGE", "POWER",
					"GAS", "STREET_LIGHTING", "SPORTS", "PUBLIC_TRANSPORT", "TRAFFIC_POLICE", "MUNICIPAL_WORKS",
					"WATER_RESOURCES", "TRAFFIC_MANAGEMENT", "STREET_OFFICE", "HOUSING", "SUIXI_SANITATION");
		assertThat(catalogue.departments()).allSatisfy(d -> {
			assertThat(d.phone()).matches("0561-31[0-9]{5}");
			assertThat(Arrays.asList(d.name(), d.englishName(), d.contactPerson(), d.address(), d.duties()))
				.allSatisfy(text -> assertThat(text).isNotBlank());
		});
	}

	@Test
	void routesGarbageInSuixiCountyToTheCountySanitationStation() {
		var routing = catalogue.route("E0102", "340621100001001");

		assertThat(routing.lead().code()).isEqualTo("SUIXI_SANITATION");
		assertThat(routing.rule().regionCode()).isEqualTo("340621");
		assertThat(catalogue.route("E0102", "340603001").source()).isEqualTo(Routing.Source.CATEGORY_DEFAULT);
	}

	@Test
	void bringsInTrafficAndTheStreetOfficeOnAGasLeakAnywhereInTheCity() {
		var routing = catalogue.route("E0403", "340602100");

		assertThat(routing.lead().code()).isEqualTo("GAS");
		assertThat(routing.assisting()).extracting(Department::code)
			.containsExactly("TRAFFIC_MANAGEMENT", "STREET_OFFICE");
		assertThat(routing.rule().regionCode()).isEqualTo("3406");
	}

	private static String[] cells(String row) {
		return Arrays.stream(row.split("\\|"))
			.map(String::strip)
			.filter(cell -> !cell.isEmpty())
			.toArray(String[]::new);
	}
}
