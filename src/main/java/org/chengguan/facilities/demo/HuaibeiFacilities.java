package org.chengguan.facilities.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.chengguan.facilities.FacilityType;
import org.chengguan.facilities.PortKind;
import org.chengguan.facilities.PortState;
import org.chengguan.facilities.internal.NewFacility;
import org.chengguan.facilities.internal.NewFacility.NewPort;
import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.Location;
import org.chengguan.regions.RegionDirectory;
import org.chengguan.regions.ServicePoint;

/**
 * GENERATED facilities for the Huaibei demo: counts of the order of the city's own figures (the seed's 6,851
 * charging groups with 72,762 ports), placed inside the demo geography — four in five in the mapped communities of the
 * urban streets, the rest anywhere in the towns — with names, addresses and phone numbers made up from the region's
 * names. Deterministic for a seed.
 */
public final class HuaibeiFacilities {

	public static final int CHARGING_STATIONS = 6_851;

	public static final int CHARGING_PORTS = 72_762;

	private static final String[] ROADS = { "人民路", "淮海路", "相山路", "孟山路", "古城路", "南黎路", "长山路", "沱河路", "梧桐路",
			"惠黎路", "濉溪路", "淮海中路", "民主路", "黎苑路", "龙山路", "南湖路", "凤凰山路", "东外环路", "西外环路", "桓谭路" };

	private static final String[] PLACES = { "小区", "广场", "公园", "商业街", "花园", "新村", "家园", "中心", "市场", "学校东门" };

	private static final String[] OPERATORS = { "国家电网", "特来电", "星星充电", "云快充", "小桔充电", "淮北公交" };

	private final RegionDirectory regions;

	private final Random random;

	private HuaibeiFacilities(RegionDirectory regions, long seed) {
		this.regions = regions;
		this.random = new Random(seed);
	}

	/** The demo facilities, codes starting with {@code prefix}, about {@code scale} × the demo's counts. */
	public static List<NewFacility> generate(RegionDirectory regions, List<ServicePoint> servicePoints, String prefix,
			double scale, long seed) {
		return new HuaibeiFacilities(regions, seed).all(servicePoints, prefix, scale);
	}

	private List<NewFacility> all(List<ServicePoint> servicePoints, String prefix, double scale) {
		List<NewFacility> out = new ArrayList<>();
		int stations = (int) Math.round(CHARGING_STATIONS * scale);
		List<List<NewPort>> ports = ports(stations, (int) Math.round(CHARGING_PORTS * scale));
		for (int i = 0; i < stations; i++) {
			out.add(charging(prefix + "EV-" + i, ports.get(i)));
		}
		add(out, prefix + "P-", (int) (6_000 * scale), this::parking);
		add(out, prefix + "WC-", (int) (2_400 * scale), this::toilet);
		add(out, prefix + "CP-", (int) (5_500 * scale), this::conveniencePoint);
		add(out, prefix + "SS-", (int) (3_000 * scale), code -> stalls(code, FacilityType.SEASONAL_STALL));
		add(out, prefix + "OD-", (int) (1_800 * scale), code -> stalls(code, FacilityType.OUTDOOR_DISPLAY));
		add(out, prefix + "SA-", (int) (1_200 * scale), code -> stalls(code, FacilityType.STALL_AREA));
		add(out, prefix + "NM-", (int) (450 * scale), code -> stalls(code, FacilityType.EARLY_NIGHT_MARKET));
		add(out, prefix + "FM-", (int) (320 * scale), code -> stalls(code, FacilityType.FARMERS_MARKET));
		for (ServicePoint p : servicePoints) {
			if (p.kind() != ServicePoint.Kind.SQUADRON && p.location() != null) {
				out.add(station(prefix + "ST-" + p.code(), p));
			}
		}
		return out;
	}

	private static void add(List<NewFacility> out, String prefix, int count,
			java.util.function.Function<String, NewFacility> make) {
		for (int i = 0; i < count; i++) {
			out.add(make.apply(prefix + i));
		}
	}

	private record Spot(GeoPoint point, Location location, String place, String address) {
	}

	/** A point in a mapped community (four in five) or anywhere in the city's towns and streets. */
	private Spot spot() {
		boolean urban = random.nextDouble() < 0.8;
		while (true) {
			GeoPoint p = urban
					? new GeoPoint(33.955 + random.nextGaussian() * 0.035, 116.798 + random.nextGaussian() * 0.04)
					: new GeoPoint(33.27 + random.nextDouble() * 0.96, 116.38 + random.nextDouble() * 0.65);
			Optional<Location> at = inRange(p) ? regions.locate(p) : Optional.empty();
			if (at.isEmpty() || (urban && at.get().community().isEmpty())) {
				continue;
			}
			Location location = at.get();
			String area = location.community().map(c -> c.name()).orElse(location.street().name())
				.replaceAll("(社区|街道|镇)$", "");
			String road = ROADS[random.nextInt(ROADS.length)];
			String address = location.district().name() + location.street().name() + road + (1 + random.nextInt(300))
					+ "号";
			return new Spot(p, location, area, address);
		}
	}

	private static boolean inRange(GeoPoint p) {
		return p.lat() > 33.2 && p.lat() < 34.3 && p.lon() > 116.3 && p.lon() < 117.1;
	}

	private String phone() {
		return "0561-" + (3000000 + random.nextInt(999999));
	}

	private NewFacility facility(String code, FacilityType type, Spot s, String name, String hours,
			List<String> features, Integer capacity, Integer free, String fee, Boolean government, String sharing,
			Integer pitches, List<String> goods, List<NewPort> ports) {
		return new NewFacility(code, name, type, s.point().lat(), s.point().lon(), s.address(),
				s.location().street().code(), s.location().community().map(c -> c.code()).orElse(null), hours,
				hours.equals("24/7"), features, phone(), capacity, free, fee, government, sharing, pitches, goods,
				ports, null);
	}

	private NewFacility charging(String code, List<NewPort> ports) {
		Spot s = spot();
		String name = OPERATORS[random.nextInt(OPERATORS.length)] + s.place()
				+ PLACES[random.nextInt(PLACES.length)] + "充电站";
		String hours = random.nextDouble() < 0.85 ? "24/7" : "06:00-23:00";
		List<String> features = random.nextDouble() < 0.4 ? List.of("parking-fee-waived") : List.of();
		return facility(code, FacilityType.EV_CHARGING, s, name, hours, features, null, null, null, null, null, null,
				null, ports);
	}

	/** Port lists for the stations: small AC groups, mixed ones and large DC hubs, adjusted to {@code total}. */
	private List<List<NewPort>> ports(int stations, int total) {
		int[] counts = new int[stations];
		int sum = 0;
		for (int i = 0; i < stations; i++) {
			double r = random.nextDouble();
			counts[i] = r < 0.35 ? 2 + random.nextInt(5) : r < 0.8 ? 6 + random.nextInt(9) : 14 + random.nextInt(17);
			sum += counts[i];
		}
		for (int i = 0; sum != total && stations > 0; i = (i + 1) % stations) {
			if (sum < total) {
				counts[i]++;
				sum++;
			}
			else if (counts[i] > 2) {
				counts[i]--;
				sum--;
			}
		}
		List<List<NewPort>> out = new ArrayList<>(stations);
		for (int count : counts) {
			double dcShare = count <= 6 ? 0.1 : count < 14 ? 0.5 : 0.85;
			List<NewPort> ports = new ArrayList<>(count);
			for (int n = 0; n < count; n++) {
				boolean dc = random.nextDouble() < dcShare;
				BigDecimal kw = dc ? BigDecimal.valueOf(new int[] { 60, 120, 160 }[random.nextInt(3)])
						: BigDecimal.valueOf(7);
				double r = random.nextDouble();
				PortState state = r < 0.55 ? PortState.FREE : r < 0.93 ? PortState.CHARGING
						: r < 0.97 ? PortState.FAULT : PortState.OFFLINE;
				ports.add(new NewPort(dc ? PortKind.DC : PortKind.AC, kw, state));
			}
			out.add(ports);
		}
		return out;
	}

	private NewFacility parking(String code) {
		Spot s = spot();
		if (random.nextDouble() < 0.1) {
			String[] units = { "区人民政府", "街道办事处", "区财政局", "市自然资源局", "区教育局", "市住建局" };
			int capacity = 50 + random.nextInt(350);
			return facility(code, FacilityType.PARKING, s, s.place() + units[random.nextInt(units.length)] + "机关停车场",
					"24/7", List.of("shared-off-peak"), capacity, random.nextInt(capacity + 1), "错时开放时段免费", true,
					"Mo-Fr 18:30-07:30; Sa,Su,PH 00:00-24:00", null, null, null);
		}
		int capacity = 30 + random.nextInt(770);
		String hours = random.nextDouble() < 0.7 ? "24/7" : "06:00-23:00";
		return facility(code, FacilityType.PARKING, s, s.place() + PLACES[random.nextInt(PLACES.length)] + "停车场",
				hours, random.nextDouble() < 0.3 ? List.of("ev-spaces") : List.of(), capacity,
				random.nextInt(capacity + 1), "首小时2元，之后每小时1元，24小时封顶20元", false, null, null, null, null);
	}

	private NewFacility toilet(String code) {
		Spot s = spot();
		List<String> features = new ArrayList<>();
		if (random.nextDouble() < 0.6) {
			features.add("accessible");
		}
		if (random.nextDouble() < 0.25) {
			features.add("baby-room");
		}
		if (random.nextDouble() < 0.15) {
			features.add("family-restroom");
		}
		String hours = random.nextDouble() < 0.7 ? "24/7" : "05:30-23:00";
		return facility(code, FacilityType.PUBLIC_TOILET, s, s.place() + PLACES[random.nextInt(PLACES.length)] + "公厕",
				hours, features, null, null, null, null, null, null, null, null);
	}

	private NewFacility conveniencePoint(String code) {
		Spot s = spot();
		String[] kinds = { "便民维修点", "配钥匙修鞋点", "快递驿站", "便民理发点", "缝补服务点", "城管爱心驿站" };
		String[] hours = { "08:00-20:00", "Mo-Sa 08:00-18:00; Su,PH off", "07:30-21:00", "09:00-19:00; PH off" };
		String kind = kinds[random.nextInt(kinds.length)];
		return facility(code, FacilityType.CONVENIENCE_POINT, s, s.place() + kind, hours[random.nextInt(hours.length)],
				kind.equals("城管爱心驿站") ? List.of("water", "phone-charging", "rest") : List.of(), null, null, null, null,
				null, null, null, null);
	}

	private NewFacility stalls(String code, FacilityType type) {
		Spot s = spot();
		String name;
		String hours;
		int pitches;
		List<String> goods;
		switch (type) {
			case SEASONAL_STALL -> {
				name = s.place() + "应季瓜果自产摊位";
				hours = "06:00-10:00,16:00-20:00";
				pitches = 2 + random.nextInt(11);
				goods = List.of("西瓜", "桃", "葡萄", "时令蔬菜");
			}
			case OUTDOOR_DISPLAY -> {
				name = s.place() + "特色外摆区";
				hours = "17:00-23:00";
				pitches = 5 + random.nextInt(26);
				goods = List.of("餐饮外摆", "文创");
			}
			case STALL_AREA -> {
				name = s.place() + "临时摊群点";
				hours = "06:00-09:00,17:00-22:00";
				pitches = 10 + random.nextInt(71);
				goods = List.of("蔬菜", "水果", "小吃", "日用百货");
			}
			case EARLY_NIGHT_MARKET -> {
				boolean night = random.nextBoolean();
				name = s.place() + (night ? "夜市" : "早市");
				hours = night ? "18:00-01:00; 2026-02-16/2026-02-18 off" : "05:30-08:30";
				pitches = 20 + random.nextInt(100);
				goods = night ? List.of("小吃", "服装", "日用百货") : List.of("蔬菜", "水果", "早点");
			}
			default -> {
				name = s.place() + "农贸市场";
				hours = "05:30-19:00; PH 06:00-12:00; 2026-02-16/2026-02-18 off";
				pitches = 60 + random.nextInt(240);
				goods = List.of("蔬菜", "肉类", "水产", "粮油", "水果");
			}
		}
		return facility(code, type, s, name, hours, List.of(), null, null, null, null, null, pitches, goods, null);
	}

	private NewFacility station(String code, ServicePoint p) {
		Optional<Location> at = regions.locate(p.location());
		Location location = at.orElse(null);
		String hours = p.kind() == ServicePoint.Kind.KIOSK ? "07:00-21:00" : "Mo-Fr 08:30-12:00,14:00-17:30; PH off";
		return new NewFacility(code, p.name(), FacilityType.STATION, p.location().lat(), p.location().lon(),
				p.address() == null ? "" : p.address(), location == null ? null : location.street().code(),
				location == null ? null : location.community().map(c -> c.code()).orElse(null), hours, false,
				List.of(), p.phone(), null, null, null, null, null, null, null, null, null);
	}
}
