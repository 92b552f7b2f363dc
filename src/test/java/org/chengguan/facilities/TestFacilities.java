package org.chengguan.facilities;

import static org.assertj.core.api.Assertions.assertThat;

import org.chengguan.Api;
import org.chengguan.TestUsers;
import org.chengguan.facilities.demo.FacilityDemoLoader;
import org.chengguan.regions.demo.DemoDataLoader;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Facilities for full-stack tests, imported over HTTP by an administrator, after the demo data (which every test of
 * this module runs beside). Each test class uses its own code prefix and names, so it finds only its own rows.
 */
final class TestFacilities {

	static final String HEADER = "code,name,type,lat,lon,crs,address,hours,features,contact,capacity,fee,government_lot,"
			+ "sharing_hours,pitches,goods,ports\n";

	final Api api;

	final Api admin;

	TestFacilities(ApplicationContext context, int port) {
		context.getBean(DemoDataLoader.class).loadIfAbsent();
		context.getBean(FacilityDemoLoader.class).loadIfAbsent();
		this.api = new Api(port);
		this.admin = api.as(new TestUsers(context).admin());
	}

	/** Imports CSV rows (without the header); answers the response, asserting success. */
	JsonNode importCsv(String rows) {
		var response = admin.post("/api/v1/facilities/import", "text/csv", HEADER + rows);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	/** The id of the facility with this code, found by its name. */
	long id(String name) {
		var found = api.get("/api/v1/facilities?q=" + java.net.URLEncoder.encode(name,
				java.nio.charset.StandardCharsets.UTF_8) + "&limit=2").json();
		assertThat(found.get("count").asInt()).as("facilities named " + name).isEqualTo(1);
		return found.get("items").get(0).get("id").asLong();
	}

	String issueKey(long id) {
		var response = admin.post("/api/v1/facilities/" + id + "/api-key", "application/json", "");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("apiKey").asString();
	}
}
