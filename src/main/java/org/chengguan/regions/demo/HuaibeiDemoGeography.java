package org.chengguan.regions.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.RegionLevel;
import org.chengguan.regions.internal.Geometries;
import org.chengguan.regions.ServicePoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Generates a plausible geography for Huaibei (淮北市): the real districts/county and streets/towns with their real
 * codes, and GENERATED shapes, communities, unit grids and service points (real boundaries are not public data).
 * <p>
 * Everything is drawn on one raster of cells of about 100 m × 100 m: each cell gets a district (nearest seed,
 * with smooth noise so borders wander), then a street or town, then, in the urban core, a community. Every urban
 * cell is a unit grid (about 10,000 m²); the polygons of streets, communities and districts are traced from the
 * same raster, so every level tiles its parent exactly. The generation is deterministic.
 */
public final class HuaibeiDemoGeography {

	static final String CITY_CODE = "3406";

	private static final GeoPoint CENTRE = new GeoPoint(33.955, 116.798);

	private static final double KM_PER_DEG_LAT = 111.0;

	private static final double KM_PER_DEG_LON = 111.32 * Math.cos(Math.toRadians(CENTRE.lat()));

	static final Lattice LATTICE = new Lattice(33.26, 116.37, 0.0009, 0.001085, 618, 1089);

	private static final int COMMUNITIES = 89;

	private static final int KIOSKS = 25;

	private static final List<District> DISTRICTS = List.of(
			new District("340602", "杜集区", true, pts(34.005, 116.865, 34.10, 116.82, 34.17, 116.76),
					streets("001 高岳街道", "002 矿山集街道", "100 朔里镇", "101 石台镇", "102 段园镇")),
			new District("340603", "相山区", true, pts(33.962, 116.785, 34.00, 116.70),
					streets("001 相南街道", "002 东街道", "003 西街道", "005 东山街道", "008 任圩街道", "009 南黎街道",
							"010 曲阳街道", "011 三堤口街道", "100 渠沟镇")),
			new District("340604", "烈山区", true, pts(33.905, 116.845, 33.83, 116.93, 33.92, 116.97),
					streets("001 杨庄街道", "002 临海童街道", "003 百善街道", "004 任楼街道", "100 烈山镇", "101 宋疃镇",
							"102 古饶镇")),
			new District("340621", "濉溪县", false,
					pts(33.76, 116.72, 33.55, 116.70, 33.40, 116.72, 33.85, 116.58, 34.05, 116.55, 33.65, 116.85),
					streets("100 濉溪镇", "101 韩村镇", "102 刘桥镇", "103 五沟镇", "104 临涣镇", "105 双堆集镇", "106 铁佛镇",
							"107 南坪镇", "108 百善镇", "109 孙疃镇", "110 四铺镇")));

	private static final String[] COMMUNITY_WORDS = { "和平", "幸福", "金山", "花园", "鹰山", "相山", "南湖", "东方", "新城",
			"青年", "前进", "桂苑", "梅苑", "翠峰", "滨湖", "朝阳", "凤凰", "龙山", "铁路", "博物馆", "人民", "淮海", "古城", "惠黎",
			"长山", "孟山", "沱河", "华家湖", "东湖", "西园", "北山", "南山", "文化", "健康", "建设", "团结", "友谊", "光明", "振兴",
			"春晖", "丽景", "紫薇", "银河", "明珠", "黎苑", "矿工", "电厂", "乐园", "黄里", "四季", "水岸", "雅苑" };

	private static final String[] ROADS = { "人民路", "淮海路", "孟山路", "长山路", "相山路", "古城路", "惠黎路", "南黎路",
			"梅苑路", "鹰山路", "华家湖路", "桓谭路", "沱河路", "龙山路", "洪山路", "黎苑路" };

	private final Random random = new Random(20261126L);

	private final int[] district = new int[LATTICE.nx() * LATTICE.ny()];

	private final boolean[] urban = new boolean[district.length];

	private final int[] street = new int[district.length];

	private final int[] community = new int[district.length];

	private final List<DemoRegion> regions = new ArrayList<>();

	private final List<ServicePoint> servicePoints = new ArrayList<>();

	/** Generates the whole geography (a second or two). */
	public static DemoGeography generate() {
		return new HuaibeiDemoGeography().build();
	}

	private DemoGeography build() {
		assignDistricts();
		List<StreetSlot> streets = assignStreets();
		List<CommunitySlot> communities = assignCommunities(streets);
		addCity();
		addDistricts();
		addStreets(streets);
		addCommunitiesAndGrids(communities, streets);
		addKiosksAndSquadrons(streets);
		return new DemoGeography(List.copyOf(regions), List.copyOf(servicePoints));
	}

	// --- raster assignment -------------------------------------------------------------------------------

	private void assignDistricts() {
		for (int j = 0; j < LATTICE.ny(); j++) {
			for (int i = 0; i < LATTICE.nx(); i++) {
				int cell = j * LATTICE.nx() + i;
				double x = x(LATTICE.lonOfCentre(i));
				double y = y(LATTICE.latOfCentre(j));
				if (!insideCity(x, y)) {
					district[cell] = -1;
					continue;
				}
				int best = -1;
				double bestDistance = Double.MAX_VALUE;
				for (int d = 0; d < DISTRICTS.size(); d++) {
					for (GeoPoint seed : DISTRICTS.get(d).seeds()) {
						double distance = Math.hypot(x - x(seed.lon()), y - y(seed.lat())) + 1.8 * noise(x, y, d);
						if (distance < bestDistance) {
							bestDistance = distance;
							best = d;
						}
					}
				}
				district[cell] = best;
				urban[cell] = DISTRICTS.get(best).hasStreetOffices() && insideCore(x, y);
			}
		}
	}

	private static boolean insideCity(double x, double y) {
		// an irregular oval, long north–south, around the middle of the city's published extent
		double dx = x - x(116.71);
		double dy = y - y(33.75);
		double theta = Math.atan2(dy, dx);
		double r = Math.hypot(dx / 27.0, dy / 52.0);
		return r < 1 + 0.07 * Math.sin(3 * theta + 1) + 0.05 * Math.sin(5 * theta + 2) + 0.03 * Math.sin(8 * theta + 0.5);
	}

	private static boolean insideCore(double x, double y) {
		double theta = Math.atan2(y, x);
		double r = Math.hypot(x / 5.5, y / 6.0);
		return r < 1 + 0.08 * Math.sin(3 * theta) + 0.05 * Math.sin(5 * theta + 1);
	}

	/** Smooth noise in [-1, 1] varying over kilometres, different for each salt. */
	private static double noise(double x, double y, int salt) {
		return 0.5 * Math.sin(x / 4.1 + salt * 1.7) * Math.cos(y / 3.7 + salt * 0.9)
				+ 0.3 * Math.sin((x + y) / 2.3 + salt * 2.3) + 0.2 * Math.cos((x - 2 * y) / 1.9 + salt);
	}

	private List<StreetSlot> assignStreets() {
		Arrays.fill(street, -1);
		List<StreetSlot> slots = new ArrayList<>();
		for (int d = 0; d < DISTRICTS.size(); d++) {
			District info = DISTRICTS.get(d);
			for (boolean core : new boolean[] { true, false }) {
				List<String[]> names = info.streets().stream().filter(s -> isStreetOffice(s[0]) == core).toList();
				if (names.isEmpty()) {
					continue;
				}
				final int districtIndex = d;
				List<Integer> cells = cells(c -> district[c] == districtIndex && urban[c] == core);
				List<Integer> seeds = spreadSeeds(cells, names.size());
				int first = slots.size();
				for (int k = 0; k < names.size(); k++) {
					slots.add(new StreetSlot(info.code() + names.get(k)[0], names.get(k)[1], d, core, seeds.get(k)));
				}
				assignNearest(cells, street, slots.subList(first, slots.size()).stream().map(StreetSlot::seed).toList(),
						first, 0.4);
			}
		}
		return slots;
	}

	private List<CommunitySlot> assignCommunities(List<StreetSlot> streets) {
		Arrays.fill(community, -1);
		List<StreetSlot> urbanStreets = streets.stream().filter(StreetSlot::urban).toList();
		int[] sizes = new int[urbanStreets.size()];
		for (int s = 0; s < urbanStreets.size(); s++) {
			int index = streets.indexOf(urbanStreets.get(s));
			sizes[s] = cells(c -> street[c] == index).size();
		}
		int[] counts = apportion(sizes, COMMUNITIES, 2);
		List<CommunitySlot> slots = new ArrayList<>();
		List<String> names = communityNames();
		for (int s = 0; s < urbanStreets.size(); s++) {
			int index = streets.indexOf(urbanStreets.get(s));
			List<Integer> cells = cells(c -> street[c] == index);
			List<Integer> seeds = spreadSeeds(cells, counts[s]);
			int first = slots.size();
			for (int k = 0; k < counts[s]; k++) {
				String code = urbanStreets.get(s).code() + String.format("%03d", k + 1);
				slots.add(new CommunitySlot(code, names.get(slots.size()) + "社区", index));
			}
			assignNearest(cells, community, seeds, first, 0.15);
		}
		return slots;
	}

	/** Gives each cell the label (offset + k) of its nearest seed k, the distance bent by noise. */
	private void assignNearest(List<Integer> cells, int[] labels, List<Integer> seeds, int offset, double wobbleKm) {
		double[] sx = seeds.stream().mapToDouble(s -> x(LATTICE.lonOfCentre(s % LATTICE.nx()))).toArray();
		double[] sy = seeds.stream().mapToDouble(s -> y(LATTICE.latOfCentre(s / LATTICE.nx()))).toArray();
		for (int cell : cells) {
			double x = x(LATTICE.lonOfCentre(cell % LATTICE.nx()));
			double y = y(LATTICE.latOfCentre(cell / LATTICE.nx()));
			int best = 0;
			double bestDistance = Double.MAX_VALUE;
			for (int k = 0; k < sx.length; k++) {
				double distance = Math.hypot(x - sx[k], y - sy[k]) + wobbleKm * noise(x * 3, y * 3, k);
				if (distance < bestDistance) {
					bestDistance = distance;
					best = k;
				}
			}
			labels[cell] = offset + best;
		}
	}

	/** Picks n cells spread out over the given ones (greedy Poisson-disc, shrinking the spacing until n fit). */
	private List<Integer> spreadSeeds(List<Integer> cells, int n) {
		if (cells.size() < n) {
			throw new IllegalStateException("cannot place " + n + " seeds in " + cells.size() + " cells");
		}
		List<Integer> shuffled = new ArrayList<>(cells);
		Collections.shuffle(shuffled, random);
		double spacing = Math.sqrt(cells.size() * 0.01 / n);
		while (true) {
			List<Integer> chosen = new ArrayList<>();
			double minimum = spacing;
			for (int cell : shuffled) {
				if (chosen.stream().allMatch(c -> distanceKm(c, cell) >= minimum)) {
					chosen.add(cell);
					if (chosen.size() == n) {
						return chosen;
					}
				}
			}
			spacing *= 0.85;
		}
	}

	private static double distanceKm(int a, int b) {
		double dx = ((a % LATTICE.nx()) - (b % LATTICE.nx())) * LATTICE.dLon() * KM_PER_DEG_LON;
		double dy = ((a / LATTICE.nx()) - (b / LATTICE.nx())) * LATTICE.dLat() * KM_PER_DEG_LAT;
		return Math.hypot(dx, dy);
	}

	private List<Integer> cells(java.util.function.IntPredicate predicate) {
		List<Integer> result = new ArrayList<>();
		for (int c = 0; c < district.length; c++) {
			if (district[c] >= 0 && predicate.test(c)) {
				result.add(c);
			}
		}
		return result;
	}

	/** Splits total over the sizes in proportion (largest remainder), each getting at least min. */
	static int[] apportion(int[] sizes, int total, int min) {
		int[] counts = new int[sizes.length];
		Arrays.fill(counts, min);
		int left = total - min * sizes.length;
		long sum = Arrays.stream(sizes).asLongStream().sum();
		double[] remainders = new double[sizes.length];
		int given = 0;
		for (int k = 0; k < sizes.length; k++) {
			double share = (double) left * sizes[k] / sum;
			counts[k] += (int) share;
			given += (int) share;
			remainders[k] = share - (int) share;
		}
		for (; given < left; given++) {
			int best = 0;
			for (int k = 1; k < sizes.length; k++) {
				if (remainders[k] > remainders[best]) {
					best = k;
				}
			}
			counts[best]++;
			remainders[best] = -1;
		}
		return counts;
	}

	private static List<String> communityNames() {
		List<String> names = new ArrayList<>(Arrays.asList(COMMUNITY_WORDS));
		String[] suffixes = { "东", "西", "南", "北" };
		for (int round = 0; names.size() < COMMUNITIES; round++) {
			names.add(COMMUNITY_WORDS[round % COMMUNITY_WORDS.length] + suffixes[round / COMMUNITY_WORDS.length]);
		}
		return names;
	}

	// --- regions -----------------------------------------------------------------------------------------

	private void addCity() {
		int[] labels = new int[district.length];
		for (int c = 0; c < labels.length; c++) {
			labels[c] = district[c] >= 0 ? 0 : -1;
		}
		add(CITY_CODE, RegionLevel.CITY, "淮北市", null, labels, 0);
	}

	private void addDistricts() {
		Map<Integer, Geometry> shapes = new RasterTracer(district, LATTICE).trace();
		Map<Integer, Coordinate> labels = labelPoints(district, DISTRICTS.size());
		for (int d = 0; d < DISTRICTS.size(); d++) {
			District info = DISTRICTS.get(d);
			regions.add(new DemoRegion(info.code(), RegionLevel.DISTRICT, info.name(), CITY_CODE, shapes.get(d),
					labels.get(d)));
		}
	}

	private void addStreets(List<StreetSlot> streets) {
		Map<Integer, Geometry> shapes = new RasterTracer(street, LATTICE).trace();
		Map<Integer, Coordinate> labels = labelPoints(street, streets.size());
		for (int s = 0; s < streets.size(); s++) {
			StreetSlot slot = streets.get(s);
			regions.add(new DemoRegion(slot.code(), RegionLevel.STREET, slot.name(),
					DISTRICTS.get(slot.district()).code(), shapes.get(s), labels.get(s)));
		}
	}

	private void addCommunitiesAndGrids(List<CommunitySlot> communities, List<StreetSlot> streets) {
		Map<Integer, Geometry> shapes = new RasterTracer(community, LATTICE).trace();
		Map<Integer, Coordinate> labels = labelPoints(community, communities.size());
		int[] sequence = new int[communities.size()];
		for (int k = 0; k < communities.size(); k++) {
			CommunitySlot slot = communities.get(k);
			regions.add(new DemoRegion(slot.code(), RegionLevel.COMMUNITY, slot.name(),
					streets.get(slot.street()).code(), shapes.get(k), labels.get(k)));
			Coordinate at = labels.get(k);
			servicePoints.add(new ServicePoint("ST-" + slot.code(), ServicePoint.Kind.STATION,
					slot.name() + "城市管理工作站", address(slot.street(), streets, k), phone(k),
					new GeoPoint(at.y, at.x), slot.code()));
		}
		// grids in reading order inside each community: north to south, west to east
		for (int j = LATTICE.ny() - 1; j >= 0; j--) {
			for (int i = 0; i < LATTICE.nx(); i++) {
				int k = community[j * LATTICE.nx() + i];
				if (k < 0) {
					continue;
				}
				CommunitySlot slot = communities.get(k);
				int seq = ++sequence[k];
				if (seq > 999) {
					throw new IllegalStateException("community " + slot.code() + " has more than 999 grids");
				}
				Geometry square = LATTICE.cell(i, j);
				regions.add(new DemoRegion(slot.code() + String.format("%03d", seq), RegionLevel.GRID,
						slot.name() + String.format("%03d", seq) + "网格", slot.code(), square,
						new Coordinate(round7(LATTICE.lonOfCentre(i)), round7(LATTICE.latOfCentre(j)))));
			}
		}
	}

	private void addKiosksAndSquadrons(List<StreetSlot> streets) {
		List<StreetSlot> urbanStreets = streets.stream().filter(StreetSlot::urban).toList();
		int[] sizes = urbanStreets.stream().mapToInt(s -> 1).toArray();
		int[] kiosks = apportion(sizes, KIOSKS, 1);
		int number = 0;
		for (int s = 0; s < urbanStreets.size(); s++) {
			int index = streets.indexOf(urbanStreets.get(s));
			List<Integer> cells = cells(c -> street[c] == index);
			for (int cell : spreadSeeds(cells, kiosks[s])) {
				number++;
				servicePoints.add(new ServicePoint(String.format("KI-%02d", number), ServicePoint.Kind.KIOSK,
						urbanStreets.get(s).name() + "城管执法服务岗亭" + number + "号", address(index, streets, number),
						phone(100 + number), centre(cell), urbanStreets.get(s).code()));
			}
		}
		for (int d = 0; d < DISTRICTS.size(); d++) {
			int districtIndex = d;
			StreetSlot seat = streets.stream().filter(s -> s.district() == districtIndex).findFirst().orElseThrow();
			int index = streets.indexOf(seat);
			servicePoints.add(new ServicePoint("SQ-" + DISTRICTS.get(d).code(), ServicePoint.Kind.SQUADRON,
					DISTRICTS.get(d).name() + seat.name() + "城管中队", address(index, streets, 200 + d), phone(200 + d),
					centre(seat.seed()), seat.code()));
		}
	}

	private void add(String code, RegionLevel level, String name, String parent, int[] labels, int label) {
		Geometry shape = new RasterTracer(labels, LATTICE).trace().get(label);
		regions.add(new DemoRegion(code, level, name, parent, shape, labelPoints(labels, label + 1).get(label)));
	}

	/** Per label, the centre of its cell nearest the label's mean cell: always inside the label's region. */
	private static Map<Integer, Coordinate> labelPoints(int[] labels, int count) {
		double[] si = new double[count];
		double[] sj = new double[count];
		int[] n = new int[count];
		for (int c = 0; c < labels.length; c++) {
			if (labels[c] >= 0) {
				si[labels[c]] += c % LATTICE.nx();
				sj[labels[c]] += c / LATTICE.nx();
				n[labels[c]]++;
			}
		}
		int[] best = new int[count];
		double[] bestDistance = new double[count];
		Arrays.fill(bestDistance, Double.MAX_VALUE);
		for (int c = 0; c < labels.length; c++) {
			int l = labels[c];
			if (l >= 0) {
				double d = Math.hypot(c % LATTICE.nx() - si[l] / n[l], c / LATTICE.nx() - sj[l] / n[l]);
				if (d < bestDistance[l]) {
					bestDistance[l] = d;
					best[l] = c;
				}
			}
		}
		Map<Integer, Coordinate> points = new java.util.HashMap<>();
		for (int l = 0; l < count; l++) {
			if (n[l] > 0) {
				GeoPoint p = centre(best[l]);
				points.put(l, new Coordinate(p.lon(), p.lat()));
			}
		}
		return points;
	}

	private static GeoPoint centre(int cell) {
		return new GeoPoint(round7(LATTICE.latOfCentre(cell / LATTICE.nx())),
				round7(LATTICE.lonOfCentre(cell % LATTICE.nx())));
	}

	private String address(int streetIndex, List<StreetSlot> streets, int salt) {
		StreetSlot slot = streets.get(streetIndex);
		return "淮北市" + DISTRICTS.get(slot.district()).name() + slot.name() + ROADS[Math.floorMod(salt * 7 + streetIndex, ROADS.length)]
				+ (10 + Math.floorMod(salt * 37 + streetIndex * 11, 290)) + "号";
	}

	/** Fictional numbers in Huaibei's 0561 area, for demonstration only. */
	private static String phone(int salt) {
		return String.format("0561-39%05d", Math.floorMod(salt * 7919, 100_000));
	}

	private static double round7(double degrees) {
		return Math.round(degrees * 1e7) / 1e7;
	}

	private static double x(double lon) {
		return (lon - CENTRE.lon()) * KM_PER_DEG_LON;
	}

	private static double y(double lat) {
		return (lat - CENTRE.lat()) * KM_PER_DEG_LAT;
	}

	private static boolean isStreetOffice(String streetCode) {
		return streetCode.charAt(0) == '0'; // GB/T 10114: 001–099 街道, 1xx 镇
	}

	private static List<GeoPoint> pts(double... latLon) {
		List<GeoPoint> points = new ArrayList<>();
		for (int k = 0; k < latLon.length; k += 2) {
			points.add(new GeoPoint(latLon[k], latLon[k + 1]));
		}
		return points;
	}

	private static List<String[]> streets(String... codeAndName) {
		return Arrays.stream(codeAndName).map(s -> s.split(" ", 2)).toList();
	}

	private record District(String code, String name, boolean hasStreetOffices, List<GeoPoint> seeds,
			List<String[]> streets) {
	}

	private record StreetSlot(String code, String name, int district, boolean urban, int seed) {
	}

	private record CommunitySlot(String code, String name, int street) {
	}
}
