package org.chengguan.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.chengguan.PlatformTest;
import org.chengguan.facilities.internal.FacilityStore;
import org.chengguan.geo.Crs;
import org.chengguan.geo.CrsPoint;
import org.chengguan.geo.GeoPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Searches against a brute-force oracle over every stored facility (the demo data and other tests' rows included). */
@PlatformTest
class FacilitySearchTests {

	static final GeoPoint CENTRE = new GeoPoint(33.955, 116.798);

	/** The planar distance's error against the ellipsoid within the city, plus the answer's rounding to 0.1 m. */
	static final double RELATIVE = 1e-4;

	static final double ABSOLUTE = 0.06;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FacilityStore store;

	TestFacilities facilities;

	@BeforeEach
	void setUp() {
		facilities = new TestFacilities(context, port);
	}

	record Stored(long id, double lat, double lon) {
	}

	List<Stored> stored(String types) {
		return jdbc.sql("SELECT id, lat, lon FROM facilities.facility WHERE type IN (" + types + ")")
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getDouble(2), rs.getDouble(3)))
			.list();
	}

	/** Distance on the ellipsoid for points a few km apart (meridian and normal radii at the mid latitude). */
	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double a = 6_378_137.0, e2 = 0.00669438002290;
		double phi = Math.toRadians((lat1 + lat2) / 2);
		double w = 1 - e2 * Math.sin(phi) * Math.sin(phi);
		double m = a * (1 - e2) / Math.pow(w, 1.5);
		double n = a / Math.sqrt(w);
		double dy = m * Math.toRadians(lat2 - lat1);
		double dx = n * Math.cos(phi) * Math.toRadians(lon2 - lon1);
		return Math.hypot(dx, dy);
	}

	static boolean close(double actual, double expected) {
		return Math.abs(actual - expected) <= expected * RELATIVE + ABSOLUTE;
	}

	@Test
	void theNearestAreTheOraclesNearestInOrderWithTheirDistancesInMetres() {
		List<Stored> toilets = stored("'PUBLIC_TOILET'");
		Random random = new Random(5);
		for (int round = 0; round < 8; round++) {
			GeoPoint p = new GeoPoint(33.90 + random.nextDouble() * 0.11, 116.74 + random.nextDouble() * 0.12);
			int limit = 5 + random.nextInt(40);
			JsonNode items = facilities.api.get("/api/v1/facilities?type=PUBLIC_TOILET&lat=" + p.lat() + "&lon="
					+ p.lon() + "&limit=" + limit).json().get("items");
			List<Double> oracle = toilets.stream().map(s -> metres(p.lat(), p.lon(), s.lat(), s.lon())).sorted()
				.limit(limit).toList();
			assertThat(items.size()).isEqualTo(limit);
			for (int k = 0; k < limit; k++) {
				JsonNode item = items.get(k);
				double truth = metres(p.lat(), p.lon(), item.get("lat").asDouble(), item.get("lon").asDouble());
				double answered = item.get("distanceMetres").asDouble();
				assertThat(close(answered, truth)).as("distance of item %d: %f vs %f", k, answered, truth).isTrue();
				// the k-th answer is as near as the oracle's k-th: same set and order, up to ties within the error
				assertThat(close(truth, oracle.get(k))).as("item %d at %f, oracle's %f", k, truth, oracle.get(k)).isTrue();
				assertThat(item.get("type").asString()).isEqualTo("PUBLIC_TOILET");
			}
		}
	}

	@Test
	void severalTypesAreSearchedTogetherNearestFirst() {
		List<Stored> all = stored("'FARMERS_MARKET', 'EARLY_NIGHT_MARKET'");
		JsonNode items = facilities.api.get("/api/v1/facilities?type=FARMERS_MARKET,early_night_market&lat=33.955"
				+ "&lon=116.798&limit=30").json().get("items");
		List<Double> oracle = all.stream().map(s -> metres(33.955, 116.798, s.lat(), s.lon())).sorted().limit(30).toList();
		for (int k = 0; k < 30; k++) {
			double truth = metres(33.955, 116.798, items.get(k).get("lat").asDouble(), items.get(k).get("lon").asDouble());
			assertThat(close(truth, oracle.get(k))).isTrue();
		}
	}

	@Test
	void aRadiusGivesEveryFacilityWithinItAndNoOther() {
		List<Stored> toilets = stored("'PUBLIC_TOILET'");
		long inside = toilets.stream().filter(s -> metres(33.955, 116.798, s.lat(), s.lon()) <= 1500).count();
		JsonNode body = facilities.api.get("/api/v1/facilities?type=PUBLIC_TOILET&lat=33.955&lon=116.798&radius=1500"
				+ "&limit=500").json();
		assertThat(inside).isBetween(20L, 499L);
		// points within the error of the edge may fall either way
		long edge = toilets.stream().filter(s -> Math.abs(metres(33.955, 116.798, s.lat(), s.lon()) - 1500) < 0.3).count();
		assertThat((long) body.get("count").asInt()).isBetween(inside - edge, inside + edge);
		for (JsonNode item : body.get("items")) {
			assertThat(item.get("distanceMetres").asDouble()).isLessThanOrEqualTo(1500.0);
		}
	}

	@Test
	void aBoundingBoxGivesEveryFacilityInsideItAndNoOther() {
		double minLon = 116.785, minLat = 33.945, maxLon = 116.805, maxLat = 33.96;
		long inside = stored("'PARKING'").stream()
			.filter(s -> s.lat() >= minLat && s.lat() <= maxLat && s.lon() >= minLon && s.lon() <= maxLon)
			.count();
		JsonNode body = facilities.api.get("/api/v1/facilities?type=PARKING&bbox=" + minLon + "," + minLat + ","
				+ maxLon + "," + maxLat + "&limit=500").json();
		assertThat(inside).isBetween(20L, 499L);
		assertThat((long) body.get("count").asInt()).isEqualTo(inside);
		for (JsonNode item : body.get("items")) {
			assertThat(item.get("lat").asDouble()).isBetween(minLat, maxLat);
			assertThat(item.get("lon").asDouble()).isBetween(minLon, maxLon);
		}
	}

	@Test
	void aPointInGcj02OrBd09FindsWhatItsWgs84PointFinds() {
		String wgs = facilities.api.get("/api/v1/facilities?type=EV_CHARGING&lat=33.955&lon=116.798&limit=10").body();
		CrsPoint gcj = Crs.GCJ02.fromWgs84(CENTRE);
		CrsPoint bd = Crs.BD09.fromWgs84(CENTRE);
		JsonNode fromGcj = facilities.api.get("/api/v1/facilities?type=EV_CHARGING&lat=" + gcj.lat() + "&lon="
				+ gcj.lon() + "&crs=gcj02&limit=10").json();
		JsonNode fromBd = facilities.api.get("/api/v1/facilities?type=EV_CHARGING&lat=" + bd.lat() + "&lon="
				+ bd.lon() + "&crs=BD-09&limit=10").json();
		assertThat(ids(fromGcj)).isEqualTo(ids(facilities.api.get("/api/v1/facilities?type=EV_CHARGING&lat=33.955"
				+ "&lon=116.798&limit=10").json()));
		assertThat(ids(fromBd)).isEqualTo(ids(fromGcj));
		assertThat(Math.abs(fromGcj.get("items").get(0).get("distanceMetres").asDouble()
				- facilities.api.get("/api/v1/facilities?type=EV_CHARGING&lat=33.955&lon=116.798&limit=1").json()
					.get("items").get(0).get("distanceMetres").asDouble())).isLessThan(0.2);
		// and the raw GCJ-02 numbers read as WGS-84 are hundreds of metres off: a different answer
		assertThat(facilities.api.get("/api/v1/facilities?type=EV_CHARGING&lat=" + gcj.lat() + "&lon=" + gcj.lon()
				+ "&limit=10").body()).isNotEqualTo(wgs);
	}

	static List<Long> ids(JsonNode body) {
		List<Long> ids = new ArrayList<>();
		body.get("items").forEach(i -> ids.add(i.get("id").asLong()));
		return ids;
	}

	@Test
	void geographicQueriesRunOnTheSpatialIndexNotASequentialScan() {
		jdbc.sql("ANALYZE facilities.facility").update();
		GeoPoint p = CENTRE;
		List<FacilityQuery> queries = List.of(FacilityQuery.nearest(FacilityType.PUBLIC_TOILET, p, 10),
				FacilityQuery.nearest(null, p, 10),
				new FacilityQuery(Set.of(FacilityType.EV_CHARGING), p, 800.0, null, null, false, null, null, 100),
				new FacilityQuery(Set.of(), p, 300.0, null, null, false, null, null, 100),
				new FacilityQuery(Set.of(FacilityType.PARKING), null, null,
						new BoundingBox(116.79, 33.95, 116.80, 33.96), null, false, null, null, 100),
				new FacilityQuery(Set.of(FacilityType.EV_CHARGING, FacilityType.PARKING), p, null, null, null, true,
						null, null, 10));
		for (FacilityQuery query : queries) {
			String plan = store.explain(query);
			assertThat(plan).as(plan).contains("Index Scan").contains("pos_").doesNotContain("Seq Scan");
		}
	}

	@Test
	void textSearchFindsNameAndAddressSubstringsInChineseAndLatin() {
		facilities.importCsv("""
				T5S-1,测试搜索葫芦娃便民维修点,CONVENIENCE_POINT,33.4501,116.7201,,濉溪县测试路1号,08:00-20:00,,,,,,,,,
				T5S-2,Search Test Kiosk ABC,CONVENIENCE_POINT,33.4502,116.7202,,葫芦娃大街2号,24/7,,,,,,,,,
				""");
		assertThat(names("葫芦娃")).containsExactlyInAnyOrder("测试搜索葫芦娃便民维修点", "Search Test Kiosk ABC");
		assertThat(names("search test kiosk")).containsExactly("Search Test Kiosk ABC");
		assertThat(names("葫芦娃便民")).containsExactly("测试搜索葫芦娃便民维修点");
		assertThat(names("葫芦娃大街")).containsExactly("Search Test Kiosk ABC");
		assertThat(names("葫芦娃X不存在")).isEmpty();
	}

	List<String> names(String q) {
		List<String> names = new ArrayList<>();
		facilities.api.get("/api/v1/facilities?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=50")
			.json().get("items").forEach(i -> names.add(i.get("name").asString()));
		return names;
	}

	@Test
	void openAtFollowsWeeklyHoursPublicHolidaysAndExceptionDates() {
		facilities.importCsv("""
				T5O-1,测试营业时间甲市场,FARMERS_MARKET,33.4511,116.7211,,,"Mo-Fr 08:00-18:00; Sa,Su 09:00-12:00; PH off; 2026-11-30 10:00-11:00",,,,,,,120,蔬菜|水果,
				T5O-2,测试营业时间乙夜市,EARLY_NIGHT_MARKET,33.4512,116.7212,,,"Fr,Sa 18:00-02:00",,,,,,,40,小吃,
				T5O-3,测试营业时间丙公厕,PUBLIC_TOILET,33.4513,116.7213,,,24/7,accessible|baby-room,,,,,,,,
				""");
		assertThat(openAt("2026-09-30T09:00:00+08:00")).containsExactlyInAnyOrder("测试营业时间甲市场", "测试营业时间丙公厕");
		assertThat(openAt("2026-10-01T09:00")).containsExactly("测试营业时间丙公厕"); // 国庆: PH off
		assertThat(openAt("2026-11-30T09:00")).containsExactly("测试营业时间丙公厕"); // the exception: 10–11 only
		assertThat(openAt("2026-11-30T10:30")).containsExactlyInAnyOrder("测试营业时间甲市场", "测试营业时间丙公厕");
		assertThat(openAt("2026-10-03T01:00")).containsExactlyInAnyOrder("测试营业时间乙夜市", "测试营业时间丙公厕");
		assertThat(openAt("2026-10-09T01:00Z")).containsExactlyInAnyOrder("测试营业时间甲市场", "测试营业时间丙公厕");
	}

	List<String> openAt(String at) {
		List<String> names = new ArrayList<>();
		facilities.api.get("/api/v1/facilities?q=" + URLEncoder.encode("测试营业时间", StandardCharsets.UTF_8)
				+ "&lat=33.45&lon=116.72&openAt=" + URLEncoder.encode(at, StandardCharsets.UTF_8)).json().get("items")
			.forEach(i -> names.add(i.get("name").asString()));
		return names;
	}

	@Test
	void openNowIsAFieldOfEveryAnswerAndAFilter() {
		JsonNode body = facilities.api.get("/api/v1/facilities?type=PUBLIC_TOILET&lat=33.955&lon=116.798&openAt=now"
				+ "&limit=20").json();
		assertThat(body.get("count").asInt()).isEqualTo(20);
		body.get("items").forEach(i -> assertThat(i.get("openNow").asBoolean()).isTrue());
	}

	@Test
	void invalidParametersAreOneProblemListingEveryFault() {
		var response = facilities.api.get("/api/v1/facilities?type=SPA&lat=abc&lon=116.8&crs=mars&radius=-5&limit=0"
				+ "&openAt=tomorrow&bbox=1,2,3&available=maybe&portKind=XX");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		List<String> errors = new ArrayList<>();
		response.json().get("errors").forEach(e -> errors.add(e.asString()));
		assertThat(errors).anyMatch(e -> e.startsWith("type:")).anyMatch(e -> e.startsWith("lat:"))
			.anyMatch(e -> e.startsWith("crs:")).anyMatch(e -> e.startsWith("radius:"))
			.anyMatch(e -> e.startsWith("limit:")).anyMatch(e -> e.startsWith("openAt:"))
			.anyMatch(e -> e.startsWith("bbox:")).anyMatch(e -> e.startsWith("available:"))
			.anyMatch(e -> e.startsWith("portKind:"));
		for (String bad : List.of("radius=100", "lat=33.9", "lat=91&lon=0", "limit=501", "bbox=117,34,116,33",
				"radius=60000&lat=33.9&lon=116.8", "limit=2.5")) {
			var r = facilities.api.get("/api/v1/facilities?" + bad);
			assertThat(r.status()).as(bad).isEqualTo(400);
			assertThat(r.isProblem()).as(bad).isTrue();
		}
		assertThat(facilities.api.get("/api/v1/facilities/abc").status()).isEqualTo(400);
		var missing = facilities.api.get("/api/v1/facilities/999999999");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.isProblem()).isTrue();
	}

	@Test
	void theGeoJsonExportIsAFeatureCollectionOfPointsOfTheSameQuery() {
		var response = facilities.api.get("/api/v1/facilities.geojson?type=PUBLIC_TOILET&lat=33.955&lon=116.798&limit=7");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/geo+json");
		JsonNode body = response.json();
		assertThat(body.get("type").asString()).isEqualTo("FeatureCollection");
		JsonNode list = facilities.api.get("/api/v1/facilities?type=PUBLIC_TOILET&lat=33.955&lon=116.798&limit=7").json();
		assertThat(body.get("features").size()).isEqualTo(7);
		for (int k = 0; k < 7; k++) {
			JsonNode feature = body.get("features").get(k);
			JsonNode item = list.get("items").get(k);
			assertThat(feature.get("type").asString()).isEqualTo("Feature");
			assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
			assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(item.get("lon").asDouble());
			assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(item.get("lat").asDouble());
			assertThat(feature.get("properties").get("id").asLong()).isEqualTo(item.get("id").asLong());
			assertThat(feature.get("properties").get("distanceMetres").asDouble())
				.isEqualTo(item.get("distanceMetres").asDouble());
			assertThat(feature.get("properties").has("lat")).isFalse();
		}
	}

	@Test
	void clustersCountEveryFacilityOfTheBoxOnce() {
		String box = "116.70,33.88,116.90,34.02";
		JsonNode body = facilities.api.get("/api/v1/facilities/clusters?bbox=" + box + "&zoom=12&type=PUBLIC_TOILET").json();
		long inside = stored("'PUBLIC_TOILET'").stream()
			.filter(s -> s.lat() >= 33.88 && s.lat() <= 34.02 && s.lon() >= 116.70 && s.lon() <= 116.90)
			.count();
		assertThat((long) body.get("total").asInt()).isEqualTo(inside);
		assertThat(body.get("clusters").size()).isLessThan((int) inside);
		var sorted = new ArrayList<Integer>();
		body.get("clusters").forEach(c -> sorted.add(c.get("count").asInt()));
		assertThat(sorted).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(facilities.api.get("/api/v1/facilities/clusters?zoom=12").status()).isEqualTo(400);
	}

	@Test
	void chargingCoverageAddsUpToTheStoredStationsAndPorts() {
		JsonNode body = facilities.api.get("/api/v1/facilities/charging-coverage?region=3406").json();
		long stations = jdbc.sql("SELECT count(*) FROM facilities.facility WHERE type = 'EV_CHARGING'").query(Long.class).single();
		long ports = jdbc.sql("SELECT count(*) FROM facilities.charging_port").query(Long.class).single();
		assertThat((long) body.get("stations").asInt()).isEqualTo(stations);
		assertThat((long) body.get("ports").asInt()).isEqualTo(ports);
		assertThat(body.get("communities").asInt()).isGreaterThan(80);
		assertThat(body.get("acPorts").asInt() + body.get("dcPorts").asInt()).isEqualTo(body.get("ports").asInt());
	}
}
