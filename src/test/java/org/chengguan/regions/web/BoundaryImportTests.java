package org.chengguan.regions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.regions.web.RegionsApiTests.assertProblem;

import java.util.List;
import java.util.stream.Collectors;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Imports into made-up cities (codes 349x) far from the demo data, so each test owns its regions. */
@PlatformTest
class BoundaryImportTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(new TestUsers(context).admin());
	}

	@Test
	void importsANestedHierarchyAndLocatesPointsInsideIt() {
		var response = post(collection(hierarchy("3499"), feature("349901001001001", "一号网格", square(119.95, 29.95, 120.0, 30.05)),
				feature("349901001001002", "二号网格", square(120.0, 29.95, 120.05, 30.05))));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("imported").asInt()).isEqualTo(6);
		assertThat(response.json().get("byLevel").get("GRID").asInt()).isEqualTo(2);

		var located = api.get("/api/v1/locate?lat=30.0&lon=120.025").json();
		assertThat(located.get("grid").get("code").asString()).isEqualTo("349901001001002");
		assertThat(located.get("community").get("name").asString()).isEqualTo("试验社区");
		assertThat(located.get("district").get("code").asString()).isEqualTo("349901");
		assertThat(api.get("/api/v1/regions/349901001001").json().get("children")).hasSize(2);
		assertThat(api.get("/api/v1/regions/349901001001").json().get("generated").asBoolean()).isFalse();
	}

	@Test
	void aDryRunValidatesButStoresNothing() {
		var response = api.post("/api/v1/regions/import?dryRun=true", "application/geo+json", collection(hierarchy("3496")));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("dryRun").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/regions/3496").status()).isEqualTo(404);
	}

	@Test
	void rejectsASelfIntersectingPolygonAndStoresNothingOfTheFile() {
		String bowTie = "[[[120,30],[120.1,30.1],[120.1,30],[120,30.1],[120,30]]]";
		var response = post(collection(feature("3498", "试验市", square(119.9, 29.9, 120.2, 30.2)),
				feature("349801", "坏区", "{\"type\":\"Polygon\",\"coordinates\":" + bowTie + "}")));
		assertProblem(response, 422, "nothing was stored");
		assertThat(errors(response)).anyMatch(e -> e.contains("349801") && e.contains("Self-intersection"));
		assertThat(api.get("/api/v1/regions/3498").status()).isEqualTo(404);
	}

	@Test
	void rejectsOverlappingGrids() {
		var response = post(collection(hierarchy("3497"), feature("349701001001001", "甲", square(119.95, 29.95, 120.01, 30.05)),
				feature("349701001001002", "乙", square(120.0, 29.95, 120.05, 30.05))));
		assertProblem(response, 422, "1 error");
		assertThat(errors(response)).singleElement().asString().contains("349701001001001").contains("overlaps");
		assertThat(api.get("/api/v1/regions/3497").status()).isEqualTo(404);
	}

	@Test
	void listsEveryFaultOfAFileAtOnce() {
		var response = post(collection(hierarchy("3495"),
				feature("349501001001001", "出界网格", square(120.04, 29.95, 120.2, 30.05)),
				feature("349588001001", "孤儿社区", square(119.96, 29.96, 119.97, 29.97)),
				feature("349501001001002", "未闭合", "{\"type\":\"Polygon\",\"coordinates\":[[[120,30],[120.01,30],[120.01,30.01],[120,30.01]]]}"),
				feature("34950100100X", "坏编码", square(119.96, 29.96, 119.97, 29.97)),
				feature("349501001001003", "线", "{\"type\":\"LineString\",\"coordinates\":[[120,30],[120.01,30]]}")));
		assertThat(response.status()).isEqualTo(422);
		assertThat(errors(response)).hasSize(5)
			.anyMatch(e -> e.contains("349501001001001") && e.contains("outside its parent"))
			.anyMatch(e -> e.contains("349588001001") && e.contains("parent 349588001"))
			.anyMatch(e -> e.contains("not closed"))
			.anyMatch(e -> e.contains("34950100100X") && e.contains("digits"))
			.anyMatch(e -> e.contains("Polygon or MultiPolygon"));
		assertThat(api.get("/api/v1/regions/3495").status()).isEqualTo(404);
	}

	@Test
	void rejectsWhatIsNotAFeatureCollection() {
		assertProblem(api.post("/api/v1/regions/import", "application/json", "{\"type\":\"Feature\"}"), 400,
				"FeatureCollection");
		assertProblem(api.post("/api/v1/regions/import", "application/json", "{\"type\": "), 400,
				"could not be read");
	}

	private Api.Response post(String body) {
		return api.post("/api/v1/regions/import", "application/geo+json", body);
	}

	private static List<String> errors(Api.Response response) {
		var errors = response.json().get("errors");
		return errors == null ? List.of() : errors.valueStream().map(e -> e.asString()).toList();
	}

	/** City, district, street and community covering the same test area around (30, 120). */
	private static String[] hierarchy(String city) {
		return new String[] { feature(city, "试验市", square(119.9, 29.9, 120.1, 30.1)),
				feature(city + "01", "试验区", square(119.9, 29.9, 120.1, 30.1)),
				feature(city + "01001", "试验街道", square(119.9, 29.9, 120.1, 30.1)),
				feature(city + "01001001", "试验社区", square(119.95, 29.95, 120.05, 30.05)) };
	}

	private static String collection(String[] head, String... tail) {
		return "{\"type\":\"FeatureCollection\",\"features\":["
				+ java.util.stream.Stream.concat(java.util.Arrays.stream(head), java.util.Arrays.stream(tail))
					.collect(Collectors.joining(","))
				+ "]}";
	}

	private static String collection(String... features) {
		return collection(features, new String[0]);
	}

	private static String feature(String code, String name, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{\"code\":\"" + code + "\",\"name\":\"" + name + "\"},\"geometry\":"
				+ geometry + "}";
	}

	private static String square(double west, double south, double east, double north) {
		return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + east + "," + south + "],[" + east
				+ "," + north + "],[" + west + "," + north + "],[" + west + "," + south + "]]]}";
	}
}
