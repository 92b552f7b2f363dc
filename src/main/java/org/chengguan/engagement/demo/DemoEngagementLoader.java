package org.chengguan.engagement.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.chengguan.engagement.CallKind;
import org.chengguan.engagement.Hotline;
import org.chengguan.engagement.NewCall;
import org.chengguan.engagement.NewOpenDay;
import org.chengguan.engagement.NewRegistration;
import org.chengguan.engagement.OpenDay;
import org.chengguan.engagement.OpenDays;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo engagement (演示数据), with the demo data only and after the demo users ({@code @Order(30)}): three hotline
 * calls taken by the demo {@code operator} (a consultation answered, a suggestion awaiting its reply, a complaint
 * reported as a case in 相山区) and two open days of the demo {@code officer}'s community (翠峰社区), one
 * nearly full. Names and phone numbers are GENERATED (fictional). Loaded once: nothing is added when the demo open
 * days exist.
 */
@Component
@Order(30)
class DemoEngagementLoader implements ApplicationRunner {

	static final String NEARLY_FULL = "城管开放日·走进数字城管指挥中心";

	static final String SECOND = "城管开放日·跟着队员走一次网格";

	private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(DemoEngagementLoader.class);

	private final DemoData demoData;

	private final Actors actors;

	private final Hotline hotline;

	private final OpenDays openDays;

	private final JdbcClient jdbc;

	DemoEngagementLoader(DemoData demoData, Actors actors, Hotline hotline, OpenDays openDays, JdbcClient jdbc) {
		this.demoData = demoData;
		this.actors = actors;
		this.hotline = hotline;
		this.openDays = openDays;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData.enabled()) {
			loadIfAbsent();
		}
	}

	/** Loads the demo engagement unless it is there (or the demo users are not); answers whether it loaded it. */
	synchronized boolean loadIfAbsent() {
		Actor officer = actors.byUsername("officer").orElse(null);
		Actor operator = actors.byUsername("operator").orElse(null);
		if (officer == null || operator == null || loaded()) {
			return false;
		}
		LocalDate saturday = LocalDate.now(CITY).plusDays(1);
		while (saturday.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
			saturday = saturday.plusDays(1);
		}
		OpenDay full = openDays.create(officer, openDay(NEARLY_FULL, "参观数字城管指挥中心大屏，了解一件市民投诉从受理、派遣到"
				+ "办结的全过程；与值班长、派遣员面对面交流。适合社区居民、学生和志愿者团体。", saturday, 9, 30,
				"相山区数字城管指挥中心（一楼大厅集合）", 30));
		String[][] people = { { "陈丽", "13956100101", "翠峰社区志愿者服务队", "5" }, { "刘洋", "13956100102", null, "2" },
				{ "黄晓燕", "13956100103", "淮北一中", "5" }, { "杨帆", "13956100104", null, "3" },
				{ "赵敏", "13956100105", "相南街道居民", "4" }, { "周强", "13956100106", null, "5" },
				{ "吴婷", "13956100107", "淮北师范大学", "3" }, { "郑凯", "13956100108", null, "1" } };
		for (String[] p : people) {
			openDays.register(full.id(), new NewRegistration(p[0], p[1], p[2], Integer.valueOf(p[3])), null);
		}
		OpenDay second = openDays.create(officer, openDay(SECOND, "跟随社区城管队员巡查网格，体验市容劝导和“随手拍”上报；"
				+ "活动后座谈，欢迎提出意见建议。请穿运动鞋。", saturday.plusWeeks(1), 14, 0, "翠峰社区城市管理工作站", 20));
		openDays.register(second.id(), new NewRegistration("孙磊", "13956100109", null, 2), null);
		openDays.register(second.id(), new NewRegistration("钱芳", "13956100110", "翠峰社区居委会", 3), null);

		hotline.register(operator, new NewCall(CallKind.CONSULTATION, "李女士", "13956100201", "询问相山区早市的开放时间",
				"相山区各早市一般 05:30–08:30 开放，节假日照常；具体以各早市公示为准。", null, null, null, null, null),
				"demo-hotline-1");
		hotline.register(operator, new NewCall(CallKind.SUGGESTION, "王先生", "0561-3100202",
				"建议在相山公园东门增设一处非机动车停放点", null, null, null, null, null, null), "demo-hotline-2");
		hotline.register(operator, new NewCall(CallKind.COMPLAINT, "张先生", "13956100203",
				"夜间渣土车经过后路面遗撒，早上还没有清扫", null, "E0304", 33.9700, 116.7950, "wgs84", null),
				"demo-hotline-3");
		log.info("Loaded the GENERATED demo engagement: 2 open days ({} and {}), 3 hotline calls", full.id(),
				second.id());
		return true;
	}

	private boolean loaded() {
		return jdbc.sql("SELECT count(*) FROM engagement.open_day WHERE title IN (?, ?)")
			.params(List.of(NEARLY_FULL, SECOND))
			.query(Integer.class)
			.single() > 0;
	}

	private static NewOpenDay openDay(String title, String description, LocalDate day, int hour, int minute,
			String place, int capacity) {
		Instant start = day.atTime(hour, minute).atZone(CITY).toInstant();
		return new NewOpenDay(title, description, start, start.plusSeconds(150 * 60), place, 33.955, 116.798, "wgs84",
				capacity, null, null);
	}
}
