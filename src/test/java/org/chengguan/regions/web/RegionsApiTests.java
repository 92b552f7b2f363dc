package org.chengguan.regions.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.Api;
import org.chengguan.PlatformTest;
import org.chengguan.geo.Crs;
import org.chengguan.geo.GeoPoint;
import org.chengguan.regions.demo.DemoDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PlatformTest
class RegionsApiTests {

	static final GeoPoint CITY_CENTRE = new GeoPoint(33.955, 116.798);

	@LocalServerPort
	int port;

	@Autowired
	DemoDataLoader demoData;

	Api api;

	@BeforeEach
	void setUp() {
		demoData.loadIfAbsent();
		api = new Api(port);
	}

	@Test
	void locatesTheCityCentreDownToItsGridWithTheCommunityStation() {
		var response = api.get("/api/v1/locate?lat=33.955&lon=116.798");
		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		String grid = body.get("grid").get("code").asString();
		String community = body.get("community").get("code").asString();
		assertThat(grid).hasSize(15).startsWith(community);
		assertThat(community).startsWith(body.get("street").get("code").asString());
		assertThat(body.get("district").get("code").asString()).isEqualTo("340603");
		assertThat(body.get("district").get("name").asString()).isEqualTo("相山区");
		assertThat(body.get("station").get("serves").asString()).isEqualTo(community);
	}

	@Test
	void locatesAPointInATownToItsStreetAndDistrictWithNoGrid() {
		var response = api.get("/api/v1/locate?lat=33.45&lon=116.72");
		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("grid").isNull()).isTrue();
		assertThat(body.get("community").isNull()).isTrue();
		assertThat(body.get("district").get("code").asString()).isEqualTo("340621");
		assertThat(body.get("street").get("code").asString()).startsWith("3406211");
	}

	@Test
	void locatesTheSameGridFromGcj02AndBd09CoordinatesOfTheSamePlace() {
		String wgs = api.get("/api/v1/locate?lat=33.955&lon=116.798").json().get("grid").get("code").asString();
		var gcj = Crs.GCJ02.fromWgs84(CITY_CENTRE);
		var bd = Crs.BD09.fromWgs84(CITY_CENTRE);
		var fromGcj = api.get("/api/v1/locate?lat=" + gcj.lat() + "&lon=" + gcj.lon() + "&crs=gcj02").json();
		var fromBd = api.get("/api/v1/locate?lat=" + bd.lat() + "&lon=" + bd.lon() + "&crs=BD09").json();
		assertThat(fromGcj.get("grid").get("code").asString()).isEqualTo(wgs);
		assertThat(fromBd.get("grid").get("code").asString()).isEqualTo(wgs);
		assertThat(fromGcj.get("point").get("lat").asDouble()).isCloseTo(33.955, org.assertj.core.data.Offset.offset(1e-7));
	}

	@Test
	void answersAPointOutsideTheCityWithA404Problem() {
		var response = api.get("/api/v1/locate?lat=39.9&lon=116.4");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).contains("outside");
	}

	@Test
	void rejectsBadLocateParametersWithProblemsThatSayWhatIsWrong() {
		assertProblem(api.get("/api/v1/locate?lat=95&lon=116.8"), 400, "lat");
		assertProblem(api.get("/api/v1/locate?lat=33.9&lon=190"), 400, "lon");
		assertProblem(api.get("/api/v1/locate?lat=abc&lon=116.8"), 400, "lat");
		assertProblem(api.get("/api/v1/locate?lat=33.9"), 400, "lon");
		assertProblem(api.get("/api/v1/locate?lat=33.9&lon=116.8&crs=utm"), 400, "gcj02");
	}

	@Test
	void describesADistrictWithItsParentChildrenAndGeometry() {
		var response = api.get("/api/v1/regions/340603");
		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("name").asString()).isEqualTo("相山区");
		assertThat(body.get("level").asString()).isEqualTo("DISTRICT");
		assertThat(body.get("parent").get("code").asString()).isEqualTo("3406");
		assertThat(body.get("children")).hasSize(9);
		assertThat(body.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
		assertThat(body.get("generated").asBoolean()).isTrue();
		assertThat(body.get("areaM2").asLong()).isGreaterThan(10_000_000L);
	}

	@Test
	void listsTheFourDistrictsUnderTheCity() {
		JsonNode body = api.get("/api/v1/regions/3406").json();
		assertThat(body.get("children")).extracting(c -> c.get("code").asString())
			.containsExactly("340602", "340603", "340604", "340621");
	}

	@Test
	void servesTheGridsOfACommunityAsGeoJson() {
		String community = api.get("/api/v1/locate?lat=33.955&lon=116.798").json().get("community").get("code").asString();
		var response = api.get("/api/v1/regions/" + community + "/grids.geojson");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/geo+json");
		JsonNode body = response.json();
		assertThat(body.get("type").asString()).isEqualTo("FeatureCollection");
		int children = api.get("/api/v1/regions/" + community).json().get("children").size();
		assertThat(body.get("features")).hasSize(children).isNotEmpty();
		JsonNode first = body.get("features").get(0);
		assertThat(first.get("properties").get("code").asString()).startsWith(community);
		assertThat(first.get("geometry").get("type").asString()).isEqualTo("Polygon");
	}

	@Test
	void answersUnknownAndMalformedRegionCodesWithProblems() {
		assertProblem(api.get("/api/v1/regions/340699"), 404, "340699");
		assertProblem(api.get("/api/v1/regions/34a6"), 400, "digits");
		assertProblem(api.get("/api/v1/regions/34060"), 400, "4, 6, 9");
		assertProblem(api.get("/api/v1/regions/340699/grids.geojson"), 404, "340699");
	}

	static void assertProblem(Api.Response response, int status, String detailMentions) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
		assertThat(response.json().get("detail").asString()).contains(detailMentions);
	}
}
