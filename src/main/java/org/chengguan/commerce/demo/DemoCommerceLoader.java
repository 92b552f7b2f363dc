package org.chengguan.commerce.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chengguan.commerce.internal.Alliances;
import org.chengguan.commerce.internal.Commissioners;
import org.chengguan.commerce.internal.JointVisits;
import org.chengguan.commerce.internal.Merchant;
import org.chengguan.commerce.internal.MerchantStore;
import org.chengguan.commerce.internal.Merchants;
import org.chengguan.commerce.internal.NewMerchant;
import org.chengguan.commerce.internal.StarRatings;
import org.chengguan.geo.GeoPoint;
import org.chengguan.identity.Actor;
import org.chengguan.identity.Actors;
import org.chengguan.platform.DemoData;
import org.chengguan.regions.RegionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo commerce data (演示商户数据, GENERATED), with the demo data only and after the demo users (hence
 * {@code @Order(40)}): eight shops around the city centre in the demo officer's community, the demo citizen owning
 * one and heading their alliance; agreements, a joint visit of ten days ago with a failed item, a rated period of
 * the last 30 days (so stars and the public list show), an open period; and 41 service commissioners, one for each
 * of 41 generated commercial complexes, with a few visits logged. Names are invented. Idempotent: loads only when no
 * demo merchant exists.
 */
@Component
@Order(40)
public class DemoCommerceLoader implements ApplicationRunner {

	static final GeoPoint CENTRE = new GeoPoint(33.955, 116.798);

	static final String LICENCE_PREFIX = "91340603DEMO";

	private static final Logger log = LoggerFactory.getLogger(DemoCommerceLoader.class);

	private static final String[][] SHOPS = { { "翠峰牛肉面馆", "餐饮" }, { "相山鲜果铺", "水果零售" },
			{ "老街烧饼店", "餐饮" }, { "惠民便利店", "便利店" }, { "青禾花艺", "花卉" }, { "淮味烧烤", "餐饮" },
			{ "明亮眼镜店", "眼镜" }, { "家和五金", "五金建材" } };

	private static final String[] AREAS = { "相山", "淮海", "人民", "古城", "孟山", "南湖", "东山", "濉河", "杜集",
			"烈山" };

	private static final String[] KINDS = { "步行街", "商业广场", "购物中心", "美食街", "商贸城" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "涛", "明" };

	private final DemoData demoData;

	private final Actors actors;

	private final Merchants merchants;

	private final MerchantStore store;

	private final JointVisits visits;

	private final StarRatings ratings;

	private final Alliances alliances;

	private final Commissioners commissioners;

	private final RegionDirectory regions;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCommerceLoader(DemoData demoData, Actors actors, Merchants merchants, MerchantStore store, JointVisits visits,
			StarRatings ratings, Alliances alliances, Commissioners commissioners, RegionDirectory regions,
			JdbcClient jdbc, Clock clock) {
		this.demoData = demoData;
		this.actors = actors;
		this.merchants = merchants;
		this.store = store;
		this.visits = visits;
		this.ratings = ratings;
		this.alliances = alliances;
		this.commissioners = commissioners;
		this.regions = regions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoData.enabled()) {
			loadIfAbsent();
		}
	}

	/** Loads the demo commerce data unless it is there; returns whether it loaded. */
	public synchronized boolean loadIfAbsent() {
		Optional<Actor> leader = actors.byUsername("leader");
		Optional<Actor> officer = actors.byUsername("officer");
		if (leader.isEmpty() || officer.isEmpty() || jdbc.sql(
				"SELECT count(*) FROM commerce.merchant WHERE licence_number LIKE ?").param(LICENCE_PREFIX + "%")
			.query(Long.class).single() > 0) {
			return false;
		}
		String community = regions.locate(CENTRE).flatMap(l -> l.community()).map(c -> c.code()).orElse(null);
		Long citizen = actors.byUsername("citizen").map(Actor::userId).orElse(null);
		List<Merchant> shops = new ArrayList<>();
		for (int i = 0; i < SHOPS.length; i++) {
			GeoPoint at = new GeoPoint(CENTRE.lat() + 0.0004 * (i % 4) - 0.0006, CENTRE.lon() + 0.0005 * (i / 4) - 0.0003);
			if (community == null || !regions.locate(at).flatMap(l -> l.community()).map(c -> c.code())
				.filter(community::equals).isPresent()) {
				at = CENTRE;
			}
			shops.add(merchants.register(leader.get(), new NewMerchant(SHOPS[i][0] + "（演示）",
					LICENCE_PREFIX + String.format("%04d", i + 1), SHOPS[i][1], person(i), "1385610" + String.format("%04d", 1000 + i),
					null, i == 0 ? citizen : null, "淮北市相山区演示路" + (10 + 2 * i) + "号", at.lat(), at.lon(), null,
					"东至相邻店铺分界，西至店门外 " + (8 + i) + " 米，进深至人行道边", 8 + i, null)));
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		for (int i = 0; i < 5; i++) {
			merchants.sign(officer.get(), shops.get(i).id(), today.minusDays(40 + i),
					List.of("CLEAN", "ORDERLY", "NO_GOODS_OUTSIDE"));
		}
		var alliance = alliances.create(officer.get(), "相南街道翠峰商户自治联盟（演示）", community == null
				? shops.get(0).regionCode() : community, shops.get(0).id(),
				shops.subList(1, 5).stream().map(Merchant::id).toList(),
				"一、门前三包，人人有责；二、不出店经营，不占道；三、每月自查一次，互帮互督。");
		alliances.recordSelfInspection(officer.get(), alliance.id(), today.minusDays(7), 5, 1, "淮味烧烤门前有纸箱，已当场清理。");
		visits.record(officer.get(), shops.get(5).id(), new JointVisits.VisitCommand(null,
				clock.instant().minus(Duration.ofDays(10)), List.of(
						new JointVisits.ItemResult("ENF_OUTSIDE", false, "烧烤炉摆至店外", null, false),
						new JointVisits.ItemResult("ENF_CLEAN", true, null, null, null),
						new JointVisits.ItemResult("FIRE_EXTINGUISHER", true, null, null, null),
						new JointVisits.ItemResult("ENV_FUMES", false, "油烟净化器未开启", null, false)),
				null, "演示：城管、消防、环保联合检查"));
		var rated = ratings.open(leader.get(), "近30天星级评定（演示）", today.minusDays(30), today.minusDays(1));
		ratings.close(leader.get(), rated.id());
		ratings.open(leader.get(), "本季度星级评定（演示）", today, today.plusDays(90));
		int logged = commissioners(leader.get());
		log.info("Loaded the GENERATED demo commerce data: {} merchants, 1 alliance, 41 commissioners ({} visits logged)",
				shops.size(), logged);
		return true;
	}

	private int commissioners(Actor leader) {
		int logged = 0;
		for (int i = 0; i < 41; i++) {
			double angle = i * 2 * Math.PI / 41;
			GeoPoint at = new GeoPoint(CENTRE.lat() + 0.02 * Math.sin(angle) * (1 + i % 3) / 3,
					CENTRE.lon() + 0.025 * Math.cos(angle) * (1 + i % 3) / 3);
			if (regions.locate(at).isEmpty()) {
				at = CENTRE;
			}
			String name = AREAS[i % AREAS.length] + KINDS[(i / AREAS.length) % KINDS.length] + (i >= 40 ? "二期" : "")
					+ "（演示）";
			var complex = commissioners.createComplex(leader, name, "淮北市演示大道" + (100 + i) + "号", at.lat(),
					at.lon());
			var commissioner = commissioners.assign(leader, complex.id(), person(i + 3),
					"1395610" + String.format("%04d", 2000 + i), null);
			if (i < 5) {
				commissioners.logVisit(leader, commissioner.id(), LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")))
					.minusDays(2 + i), null, "走访综合体商户，宣传门前三包和外摆规范", List.of(
							new Commissioners.QuestionAnswered("店招更换需要办理什么手续？", "向属地城管部门申请设置审批，按规范样式制作"),
							new Commissioners.QuestionAnswered("节假日能否临时外摆？", "在街道划定的特色外摆区域内按时段摆放")));
				logged++;
			}
		}
		return logged;
	}

	private static String person(int i) {
		return SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + (i % 2 == 0 ? GIVEN[(i * 3 + 1) % GIVEN.length] : "");
	}
}
